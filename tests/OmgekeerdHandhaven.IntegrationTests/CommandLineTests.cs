using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Cli;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>The operator commands, run with real arguments against their own empty database, as on a fresh install.</summary>
public sealed partial class CommandLineTests : IAsyncLifetime
{
    private WebApplicationFactory<Program> _factory = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await TestDatabase.RecreateAsync("oh_integration_cli");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
        });
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task FreshInstall_MigrateCreateGemeenteCreateUser_GivesAWorkingFirstBeheerder()
    {
        var migrate = await RunAsync("migrate");
        Assert.Equal(0, migrate.ExitCode);
        Assert.Contains("migratie(s) toegepast", migrate.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync("create-gemeente", "--name", "Gemeente Amsterdam", "--code", "GM0363")).ExitCode);
        // A new gemeente starts with the standard lists, so its first Nieuw dilemma has domains to choose from.
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var id = await db.Municipalities.Where(m => m.Code == "GM0363").Select(m => m.Id).SingleAsync();
            Assert.Equal(StandardLists.PolicyAreas.Count, await db.PolicyAreas.IgnoreQueryFilters().CountAsync(p => p.MunicipalityId == id));
            Assert.Equal(StandardLists.RiskSignals.Count, await db.RiskSignals.IgnoreQueryFilters().CountAsync(r => r.MunicipalityId == id));
        }


        var createUser = await RunAsync("create-user", "--gemeente", "GM0363", "--email", "beheer@amsterdam.nl", "--name", "Eerste Beheerder", "--roles", "Beheerder,Beslisser");

        Assert.Equal(0, createUser.ExitCode);
        var password = OneTimePasswordLine().Match(createUser.Output).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(password), createUser.Output);
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var session = new WebSession(client);
        var login = await session.LoginAsync("beheer@amsterdam.nl", password);
        Assert.Equal("/wachtwoord-wijzigen", login.Headers.Location?.OriginalString);

        // A new gemeente asks a second factor of its first Beheerder: right after choosing a password.
        var changed = await session.SubmitAsync("/wachtwoord-wijzigen", "/wachtwoord-wijzigen",
            ("CurrentPassword", password), ("NewPassword", "Eigen-wachtwoord-2026!"), ("ConfirmNewPassword", "Eigen-wachtwoord-2026!"));
        Assert.Equal("/", changed.Headers.Location?.OriginalString);
        Assert.Equal("/profiel/tweestapsverificatie", (await session.GetAsync("/")).Response.Headers.Location?.OriginalString);

        var again = await RunAsync("migrate");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("al bijgewerkt", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigureGemeenteAccount_ConnectsTheProvider_WithTheSecretFromAFile_AndRefusesBadSettingsInDutch()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        Assert.Equal(0, (await RunAsync("create-gemeente", "--name", "Gemeente Leiden", "--code", "GM0546")).ExitCode);
        var secretFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(secretFile, "geheim-uit-een-bestand\n");
        try
        {
            var refused = await RunAsync("configure-gemeente-account", "--gemeente", "GM0546", "--authority", "http://adfs.leiden.example/adfs/",
                "--client-id", "dilemmaregister", "--client-secret-file", secretFile, "--beheerder-groups", "beheer");
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains("https-adres", refused.Error, StringComparison.Ordinal);

            var done = await RunAsync("configure-gemeente-account", "--gemeente", "GM0546", "--authority", "https://adfs.leiden.example/adfs/",
                "--client-id", "dilemmaregister", "--client-secret-file", secretFile, "--groups-claim", "group",
                "--beheerder-groups", "beheer", "--handhaver-groups", "handhaving,toezicht", "--email-domains", "leiden.example", "--create-users");
            Assert.Equal(0, done.ExitCode);
            Assert.Contains("/signin-oidc/GM0546", done.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secretFile);
        }

        await using var scope = _factory.Services.CreateAsyncScope();
        var provider = await scope.ServiceProvider.GetRequiredService<AppDbContext>().SignInProviders.IgnoreQueryFilters().SingleAsync();
        Assert.Equal(["handhaving", "toezicht"], provider.HandhaverGroups);
        Assert.Equal("group", provider.GroupsClaim);
        Assert.True(provider.CreatesUsers);
        Assert.DoesNotContain("geheim-uit-een-bestand", provider.ProtectedClientSecret, StringComparison.Ordinal);
        Assert.Equal("geheim-uit-een-bestand", scope.ServiceProvider.GetRequiredService<OmgekeerdHandhaven.Web.Infrastructure.SingleSignOn.ClientSecrets>().Unprotect(provider.ProtectedClientSecret));
    }

    [Fact]
    public async Task DemoCode_PrintsTheCodeAnAuthenticatorAppShowsForTheDemoKey()
    {
        var (exitCode, output, _) = await RunAsync("demo-code");

        Assert.Equal(0, exitCode);
        var printed = Regex.Match(output, "^([0-9]{6}) ").Groups[1].Value;
        var totp = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(SecondFactorCodes.DemoKey));
        // The command reads the app's clock; a step boundary may fall between it and this check.
        Assert.Contains(printed, new[] { -30, 0, 30 }.Select(s => totp.ComputeTotp(DateTime.UtcNow.AddSeconds(s))));
    }

    [Fact]
    public async Task CreateToken_PrintsATokenOnceThatOpensTheApi()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        Assert.Equal(0, (await RunAsync("create-gemeente", "--name", "Gemeente Voorbeeld", "--code", "GM0000")).ExitCode);
        Assert.Equal(0, (await RunAsync("create-user", "--gemeente", "GM0000", "--email", "api@voorbeeld.nl", "--name", "Koppeling", "--roles", "Consulent")).ExitCode);

        var result = await RunAsync("create-token", "--email", "api@voorbeeld.nl", "--name", "zaaksysteem");
        var unknown = await RunAsync("create-token", "--email", "niemand@voorbeeld.nl", "--name", "x");

        Assert.Equal(0, result.ExitCode);
        var token = result.Output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("ohp_", StringComparison.Ordinal));
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/v1/dilemmas")).StatusCode);
        Assert.Equal(CommandLine.Failure, unknown.ExitCode);
        Assert.Contains("geen actieve gebruiker", unknown.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A gemeente made with create-gemeente has nothing of its own in its search language (no synonyms, no
    /// vocabulary): the standard thesaurus, compounds, inflections, question words, typos and partial matches must
    /// work for it over the API as for the demo gemeente (#18).
    /// </summary>
    [Fact]
    public async Task NewGemeente_SearchesWithTheStandardLanguage()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        Assert.Equal(0, (await RunAsync("create-gemeente", "--name", "Gemeente Zeist", "--code", "GM0355")).ExitCode);
        Assert.Equal(0, (await RunAsync("create-user", "--gemeente", "GM0355", "--email", "handhaving@zeist.example", "--name", "Handhaver Zeist", "--roles", "Handhaver")).ExitCode);
        var token = (await RunAsync("create-token", "--email", "handhaving@zeist.example", "--name", "test")).Output
            .Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("ohp_", StringComparison.Ordinal));
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        var created = await client.PostAsJsonAsync("/api/v1/dilemmas", new
        {
            title = "Gezin met bijstand heeft een hennepkwekerij op zolder",
            situation = "Bij een huisbezoek ziet de handhaver een hennepkwekerij op de zolder van een gezin met bijstand. De kinderen krijgen jeugdhulp en de huurachterstand loopt op.",
            question = "Beëindigen we de bijstand meteen, of krijgt de jeugdhulp eerst de tijd?",
            policyAreas = new[] { "Participatiewet" },
            phase = "RunningBenefit",
            options = new[]
            {
                new { description = "Bijstand beëindigen", consequences = "Het gezin komt in acute geldnood." },
                new { description = "Jeugdhulp eerst zes weken", consequences = "De handhaving volgt later." },
            },
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var number = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("number").GetString();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.PostAsync($"/api/v1/dilemmas/{number}/submit", null)).StatusCode);

        // "match: full matches / partial matches"
        async Task<string> SearchAsync(string q)
        {
            var result = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/dilemmas?q=" + Uri.EscapeDataString(q));
            static string Numbers(System.Text.Json.JsonElement items) => string.Join(",", items.EnumerateArray().Select(i => i.GetProperty("number").GetString()));
            return $"{result.GetProperty("match").GetString()}: {Numbers(result.GetProperty("items"))} / {Numbers(result.GetProperty("partialItems"))}";
        }

        Assert.Equal($"All: {number} / ", await SearchAsync("wietplantage"));                        // thesaurus
        Assert.Equal($"All: {number} / ", await SearchAsync("achterstand huur"));                    // a compound's parts apart
        Assert.Equal($"All: {number} / ", await SearchAsync("kwekerijen"));                          // a part, inflected
        Assert.Equal($"Corrected: {number} / ", await SearchAsync("jeugdhlup"));                     // a typo
        Assert.Equal($"All: {number} / ", await SearchAsync("wat doen we als er een wietplantage op zolder is terwijl de kinderen jeugdhulp krijgen"));
        Assert.Equal($"Partial:  / {number}", await SearchAsync("wietplantage zwembad"));            // one word nowhere
    }

    [Fact]
    public async Task SeedDemo_TwiceInARow_AddsNothingTheSecondTime()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);

        var first = await RunAsync("seed-demo");
        var counts = await CountRowsAsync();
        var second = await RunAsync("seed-demo");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("niets gewijzigd", second.Output, StringComparison.Ordinal);
        Assert.Equal(counts, await CountRowsAsync());
        Assert.Equal(8, counts.Users);
        Assert.True(counts.Dilemmas >= 20, $"demo dilemmas: {counts.Dilemmas}");
    }

    [Fact]
    public async Task SeedDemo_BeforeMigrate_FailsWithAClearMessage()
    {
        var result = await RunAsync("seed-demo");

        Assert.Equal(CommandLine.Failure, result.ExitCode);
        Assert.Contains("Voer eerst 'migrate' uit", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GM363", "CBS-code")]
    [InlineData("", "CBS-code")]
    public async Task CreateGemeente_WithBadCode_FailsAndNamesTheProblem(string code, string expected)
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);

        var result = await RunAsync("create-gemeente", "--name", "Gemeente X", "--code", code);

        Assert.Equal(CommandLine.Failure, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateGemeente_Twice_FailsTheSecondTime()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        Assert.Equal(0, (await RunAsync("create-gemeente", "--name", "Gemeente Utrecht", "--code", "GM0344")).ExitCode);

        var result = await RunAsync("create-gemeente", "--name", "Nog eens Utrecht", "--code", "gm0344");

        Assert.Equal(CommandLine.Failure, result.ExitCode);
        Assert.Contains("bestaat al", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GM0000", "a@b.nl", "Superuser", "onbekende rol")]
    [InlineData("GM4242", "a@b.nl", "Handhaver", "geen gemeente met code GM4242")]
    [InlineData("GM0000", "geen-adres", "Handhaver", "geldig e-mailadres")]
    public async Task CreateUser_WithBadInput_FailsAndCreatesNobody(string gemeente, string email, string roles, string expected)
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        Assert.Equal(0, (await RunAsync("create-gemeente", "--name", "Gemeente Voorbeeld", "--code", "GM0000")).ExitCode);

        var result = await RunAsync("create-user", "--gemeente", gemeente, "--email", email, "--name", "Iemand", "--roles", roles);

        Assert.Equal(CommandLine.Failure, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await CountRowsAsync()).Users);
    }

    [Fact]
    public async Task CreateUser_WithMissingOption_IsAUsageError()
    {
        var result = await RunAsync("create-user", "--gemeente", "GM0000", "--email", "a@b.nl");

        Assert.Equal(CommandLine.UsageError, result.ExitCode);
        Assert.Contains("--name", result.Error, StringComparison.Ordinal);
    }

    /// <summary>An unknown command (a typo of one, or a create-user's options without it) is refused; it never runs another command.</summary>
    [Theory]
    [InlineData("create-usr", "--gemeente", "GM0000", "--email", "a@b.nl", "--name", "Iemand", "--roles", "Handhaver")]
    [InlineData("--gemeente", "GM0000", "--email", "a@b.nl", "--name", "Iemand", "--roles", "Handhaver")]
    public async Task UnknownCommand_IsAUsageError_AndCreatesNobody(params string[] args)
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        Assert.Equal(0, (await RunAsync("create-gemeente", "--name", "Gemeente Voorbeeld", "--code", "GM0000")).ExitCode);

        var result = await RunAsync(args);

        Assert.Equal(CommandLine.UsageError, result.ExitCode);
        Assert.Contains("help", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await CountRowsAsync()).Users);
    }

    [Fact]
    public async Task CreateUser_WithAddressThatExists_Fails()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        Assert.Equal(0, (await RunAsync("create-gemeente", "--name", "Gemeente Voorbeeld", "--code", "GM0000")).ExitCode);
        Assert.Equal(0, (await RunAsync("create-user", "--gemeente", "GM0000", "--email", "x@voorbeeld.nl", "--name", "X", "--roles", "Handhaver")).ExitCode);

        var result = await RunAsync("create-user", "--gemeente", "GM0000", "--email", "X@voorbeeld.nl", "--name", "X2", "--roles", "Consulent");

        Assert.Equal(CommandLine.Failure, result.ExitCode);
        Assert.Contains("al in gebruik", result.Error, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CommandLine.RunAsync(_factory.Services, args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private async Task<(int Municipalities, int Users, int PolicyAreas, int RiskSignals, int UserRoles, int Dilemmas, int AuditEntries)> CountRowsAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (
            await db.Municipalities.CountAsync(),
            await db.Users.IgnoreQueryFilters().CountAsync(),
            await db.PolicyAreas.IgnoreQueryFilters().CountAsync(),
            await db.RiskSignals.IgnoreQueryFilters().CountAsync(),
            await db.UserRoles.CountAsync(),
            await db.Dilemmas.IgnoreQueryFilters().CountAsync(),
            await db.AuditEntries.IgnoreQueryFilters().CountAsync());
    }

    [GeneratedRegex("Eenmalig wachtwoord: (\\S+)")]
    private static partial Regex OneTimePasswordLine();
}
