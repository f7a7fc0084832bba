using OmgekeerdHandhaven.Web;
using OmgekeerdHandhaven.Web.Cli;

// "dotnet run -- migrate" and friends run an operator command against the same configuration and exit;
// without a command the program serves the web application.
var isCommand = CommandLine.IsCommand(args);
var builder = WebApplication.CreateBuilder(isCommand ? [] : args);
if (isCommand)
{
    // An operator reads the command's own Dutch output; EF's probe of a not-yet-existing history table is not an error to them.
    builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
    builder.Configuration["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command"] = "Fatal";
}

builder.AddDilemmaregister();

var app = builder.Build();
if (isCommand)
{
    return await CommandLine.RunAsync(app.Services, args, Console.Out, Console.Error);
}

app.UseDilemmaregister();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
