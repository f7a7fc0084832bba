using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>The dashboard's numbers against a gemeente of its own whose dilemmas, decisions and agreements are known.</summary>
[Collection(SharedApp.Name)]
public sealed class DashboardTests(AppFactory app)
{
    private const string Code = "GM7004";
    private const string Password = "Dashboard-test-2026!";

    [Fact]
    public async Task Dashboard_ShowsTheFixtureNumbers_ForThePeriod()
    {
        var beslisser = await SeedAsync();
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(beslisser, Password);

        var (response, page) = await session.GetAsync("/dashboard?van=2025-01-01&tot=2025-03-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string[] Row(string table, string header) =>
            [.. page.QuerySelectorAll($"#{table} tbody tr").Single(r => r.QuerySelector("th")!.TextContent == header).QuerySelectorAll("td").Select(c => c.TextContent)];
        Assert.Equal(["1", "1", "0", "2"], Row("tabel-per-domein", "Participatiewet"));
        Assert.Equal(["0", "2", "1", "3"], Row("tabel-per-domein", "Jeugdhulp"));
        Assert.Equal("Mediaan: 13 dagen over 4 besluiten.", page.GetElementById("mediaan")?.TextContent);
        Assert.Equal(["13", "2"], Row("tabel-doorlooptijd", "jan 2025"));
        Assert.Equal(["30", "1"], Row("tabel-doorlooptijd", "mrt 2025"));
        Assert.Equal(["1"], Row("tabel-afspraken", "Nagekomen"));
        Assert.Equal(["1"], Row("tabel-afspraken", "Niet nagekomen"));
        Assert.Equal(["2"], Row("tabel-afspraken", "Verlopen"));
        Assert.Equal(["3"], Row("tabel-risicosignalen", "hennep"));
        Assert.Equal(["1"], Row("tabel-risicosignalen", "jeugdhulp betrokken"));
        Assert.Equal(4, page.QuerySelectorAll("svg[role=img][aria-label]").Length);
    }

    [Fact]
    public async Task Dashboard_IsForBeslisserAndBeheerder_AndABadPeriodIsNamed()
    {
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        using var beheerder = app.CreateSession();
        await beheerder.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");

        var (refused, _) = await consulent.GetAsync("/dashboard");
        var (_, bad) = await beheerder.GetAsync("/dashboard?van=2025-03-01&tot=2025-01-01");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Tot ligt vóór Van", bad.GetElementById("periode-fout")?.TextContent, StringComparison.Ordinal);
    }

    private static readonly SemaphoreSlim Seeding = new(1, 1);

    /// <summary>Seeded once per test run (the test database is new for every run).</summary>
    private static string? _beslisser;

    /// <summary>Four dilemmas in January–March 2025 and one decided in January after a December submission; returns the beslisser's e-mail.</summary>
    private async Task<string> SeedAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            if (await app.QueryAsync(db => db.Municipalities.SingleOrDefaultAsync(m => m.Code == Code)) is null)
            {
                await app.QueryAsync(db =>
                {
                    db.Municipalities.Add(new Municipality("Gemeente Dashboard", Code));
                    return db.SaveChangesAsync();
                });
            }

            if (_beslisser is not null)
            {
                return _beslisser;
            }

            var handhaverUser = await app.CreateUserAsync(Code, Password, Roles.Handhaver);
            var beslisserUser = await app.CreateUserAsync(Code, Password, Roles.Beslisser);
            var author = new Actor(handhaverUser.Id, new HashSet<string> { Roles.Handhaver });
            var decider = new Actor(beslisserUser.Id, new HashSet<string> { Roles.Beslisser });
            var municipalityId = await app.QueryAsync(db => db.Municipalities.Where(m => m.Code == Code).Select(m => m.Id).SingleAsync());

            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Use(municipalityId);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var participatiewet = new PolicyArea(municipalityId, "Participatiewet", 0);
            var jeugdhulp = new PolicyArea(municipalityId, "Jeugdhulp", 1);
            db.PolicyAreas.AddRange(participatiewet, jeugdhulp);
            static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);
            var sequence = 0;
            Dilemma Add(PolicyArea[] areas, string[] signals, DateTimeOffset? submitted, DateTimeOffset? decided, params (int Month, int Day, AgreementStatus Status)[] agreements)
            {
                var created = submitted ?? At(2025, 3, 1);
                var dilemma = Dilemma.CreateDraft(municipalityId, new DilemmaNumber(2025, ++sequence), author,
                    new DilemmaContent($"Dashboardfixture nummer {sequence}", "Een situatie voor het dashboard met genoeg woorden om geldig te zijn.",
                        "Wat doen we in deze situatie?", null, areas, ChainPhase.RunningBenefit, signals, [new DilemmaOption("Maatwerk", "Afhankelijk van de situatie.")], null, null),
                    created);
                if (submitted is { } at)
                {
                    dilemma.Submit(author, at);
                }

                if (decided is { } when)
                {
                    var decision = dilemma.Decide(decider, "Oplossing uit de fixture.", "Motivering uit de fixture.",
                        [.. agreements.Select(a => new AgreementTerms($"Afspraak {a.Month}-{a.Day}", "jeugdhulpverlener", null, new DateOnly(2025, a.Month, a.Day), "Handhaving gaat door."))], when);
                    foreach (var (agreement, status) in decision.Agreements.Zip(agreements.Select(a => a.Status)))
                    {
                        if (status != AgreementStatus.Open)
                        {
                            dilemma.SetAgreementStatus(decider, agreement.Id, status, "Vastgelegd in de fixture.", when.AddDays(30));
                        }
                    }
                }

                db.Dilemmas.Add(dilemma);
                return dilemma;
            }

            Add([participatiewet], [], At(2024, 12, 20), At(2025, 1, 5));
            Add([participatiewet], ["hennep"], At(2025, 1, 10), At(2025, 1, 20), (2, 15, AgreementStatus.Kept), (3, 1, AgreementStatus.NotKept));
            Add([participatiewet, jeugdhulp], ["hennep", "jeugdhulp betrokken"], At(2025, 2, 3), At(2025, 2, 7), (3, 10, AgreementStatus.Open));
            Add([jeugdhulp], ["hennep"], At(2025, 2, 20), At(2025, 3, 22), (3, 30, AgreementStatus.Open));
            Add([jeugdhulp], [], At(2025, 3, 5), null);
            Add([jeugdhulp], ["hennep"], null, null);
            await db.SaveChangesAsync();
            _beslisser = beslisserUser.Email!;
            return _beslisser;
        }
        finally
        {
            Seeding.Release();
        }
    }
}
