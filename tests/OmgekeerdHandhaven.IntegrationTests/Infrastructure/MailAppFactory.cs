using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;

namespace OmgekeerdHandhaven.IntegrationTests.Infrastructure;

/// <summary>
/// The app with mail switched on, sending through a real SMTP server: smtp4dev (the dotnet tool pinned in
/// .config/dotnet-tools.json) on loopback ports of its own, whose JSON API says what arrived.
/// </summary>
public sealed class MailAppFactory : AppFactory
{
    private readonly int _webPort = ExternalProcess.FreePort();
    private readonly int _smtpPort = ExternalProcess.FreePort();
    private readonly ExternalProcess _smtp4dev;

    public MailAppFactory()
    {
        _smtp4dev = ExternalProcess.Start("dotnet", Repository.Root, new Dictionary<string, string>(), "tool", "run", "smtp4dev", "--",
            $"--urls=http://127.0.0.1:{_webPort}", $"--smtpport={_smtpPort}", "--imapport=", "--pop3port=", "--db=",
            "--messagestokeep=2000"); // the default keeps 100: the morning runs alone send more to the demo colleagues
    }

    public Uri MailServer => new($"http://127.0.0.1:{_webPort}/");

    protected override string DatabaseName => "oh_integration_mail";

    public override async Task InitializeAsync()
    {
        await _smtp4dev.WaitUntilHealthyAsync(new Uri(MailServer, "api/messages").ToString(), TimeSpan.FromSeconds(90));
        await base.InitializeAsync();
    }

    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Mail:Enabled", "true");
        builder.UseSetting("Mail:Port", _smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:PollSeconds", "1");
        builder.UseSetting("Mail:MorningRun", "true");
        builder.UseSetting("Mail:BaseUrl", "https://dilemmaregister.gemeente.example");
    }

    /// <summary>What arrived at the mail server for this address: (id, subject).</summary>
    public async Task<IReadOnlyList<(string Id, string Subject)>> MessagesToAsync(string address)
    {
        using var client = new HttpClient { BaseAddress = MailServer };
        var page = await client.GetFromJsonAsync<JsonObject>("api/messages?pageSize=2000");
        return [.. page!["results"]!.AsArray()
            .Where(m => m!["to"]!.AsArray().Any(t => t!.GetValue<string>().Contains(address, StringComparison.OrdinalIgnoreCase)))
            .Select(m => (m!["id"]!.GetValue<string>(), m["subject"]!.GetValue<string>()))];
    }

    /// <summary>The whole message as it went over the wire (headers, text and HTML parts).</summary>
    public async Task<string> SourceAsync(string id)
    {
        using var client = new HttpClient { BaseAddress = MailServer };
        return await client.GetStringAsync($"api/messages/{id}/raw");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _smtp4dev.DisposeAsync();
    }
}
