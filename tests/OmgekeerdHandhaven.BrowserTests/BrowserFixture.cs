using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Infrastructure.Seeding;
using OtpNet;

namespace OmgekeerdHandhaven.BrowserTests;

/// <summary>
/// The app on a real Kestrel port (Playwright cannot reach the in-memory test server) with its own PostgreSQL
/// database and the demo data, driven by Debian's Chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string DatabaseName = "oh_browser";

    private WebApplicationFactory<Program>? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The app's services, for a test that must set up what no screen makes (an export halfway, say).</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync()
    {
        var server = Environment.GetEnvironmentVariable("OH_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=55433;Username=postgres";
        await using (var connection = new NpgsqlConnection(server + ";Database=postgres"))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", connection);
            await create.ExecuteNonQueryAsync();
        }

        _app = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", $"{server};Database={DatabaseName}");

            // Every test logs in from 127.0.0.1; the login rate limit has its own integration test.
            builder.UseSetting("RateLimiting:Login:PermitLimit", "100000");
        });
        _app.UseKestrel(0);
        _app.StartServer();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await DatabaseSetup.MigrateAsync(scope.ServiceProvider);
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

        // The first login pays for JIT and the first queries; the fixture pays it, not whichever test runs first.
        var warmUp = await LoggedInPageAsync("handhaver@voorbeeld.nl");
        await warmUp.Context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>
    /// A new browser context (its own cookies) with one page. Navigations may take longer than Playwright's 30 s default:
    /// these shared 2-core machines run the app, PostgreSQL and Chromium side by side, and a CI run once spent it on one
    /// login. Expectations keep their own short timeout.
    /// </summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "nl-NL" });
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> LoggedInPageAsync(string email)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(DemoOptions.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        var home = BaseUrl.TrimEnd('/') + "/";
        await page.WaitForURLAsync(url => url == home || url.Contains("/inloggen/tweestaps", StringComparison.Ordinal));
        if (page.Url != home)
        {
            // Demo beheerders and beslissers use tweestapsverificatie with the demo key, as the gemeente requires.
            await page.GetByLabel("Verificatiecode").FillAsync(new Totp(Base32Encoding.ToBytes(DemoOptions.DefaultAuthenticatorKey)).ComputeTotp(DateTime.UtcNow));
            await page.GetByLabel("Verificatiecode").PressAsync("Enter");
            await page.WaitForURLAsync(home);
        }

        return page;
    }

    /// <summary>Runs axe with the WCAG 2.0/2.1 A and AA rules and returns a readable list of violations (empty when clean).</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return [.. result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")];
    }
}
