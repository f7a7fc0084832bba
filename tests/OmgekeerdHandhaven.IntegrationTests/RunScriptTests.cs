using OmgekeerdHandhaven.IntegrationTests.Infrastructure;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>
/// ./run.sh as a new user starts it: it used to serve in Development, so a server error showed the developer exception
/// page with a stack trace. By default it serves as production does, with the demo data.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class RunScriptTests
{
    [Fact]
    public async Task RunSh_ServesAsProduction_ByDefault_WithTheDemoData()
    {
        var connection = await TestDatabase.RecreateAsync("oh_run_sh");
        var port = ExternalProcess.FreePort();
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Default"] = connection,
            ["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Unset, as on a fresh machine (the runner's own value must not decide).
            ["ASPNETCORE_ENVIRONMENT"] = string.Empty,
        };

        await using var app = ExternalProcess.Start("bash", Repository.Root, environment, "run.sh");
        await app.WaitUntilHealthyAsync($"http://127.0.0.1:{port}/health/live", TimeSpan.FromMinutes(5));
        using var client = new HttpClient();
        var login = await client.GetStringAsync($"http://127.0.0.1:{port}/inloggen");

        Assert.Matches(@"Hosting environment: \\?""?Production", app.Output);
        Assert.DoesNotMatch(@"Hosting environment: \\?""?Development", app.Output);
        Assert.Contains("handhaver@voorbeeld.nl", app.Output, StringComparison.Ordinal);
        Assert.Contains("Inloggen", login, StringComparison.Ordinal);

        // A newcomer reads the mails the register sends in smtp4dev, which run.sh started beside it.
        var mailServer = System.Text.RegularExpressions.Regex.Match(app.Output, @"E-mail \(smtp4dev\): (http://127\.0\.0\.1:\d+)").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(mailServer), app.Output);
        var answer = string.Empty;
        for (var i = 0; i < 30 && !answer.Contains("\"results\"", StringComparison.Ordinal); i++)
        {
            // It starts beside the app and may take a moment longer.
            try
            {
                answer = await client.GetStringAsync(mailServer + "/api/messages");
            }
            catch (HttpRequestException)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }

        Assert.Contains("\"results\"", answer, StringComparison.Ordinal);
    }
}
