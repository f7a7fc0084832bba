using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Cli;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests.Security;

/// <summary>
/// Every role × every dilemma action × own/other gemeente × own/other's Concept, through the screens and through the
/// API. The allowed cells are written out by hand from product.md (not derived from the code under test): those must
/// succeed; every other cell must answer 403 (a role or state that may not) or 404 (another gemeente's dilemma, or a
/// colleague's Concept, whose existence is not revealed) and leave every table exactly as it was — except, for a 403,
/// the one "toegang geweigerd" line the logboek keeps of it — or 409 when the action is the user's to take but not in
/// this status (spec/api.md). Screens and API ask the same rule (Dilemma.Permits), so one table of answers serves both.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class AuthorisationMatrixTests(AppFactory app)
{
    private const string Password = "Matrix-wachtwoord-2026!";

    /// <summary>A gemeente of its own, so the many dilemmas made here stay out of other tests' lists and logboek.</summary>
    public const string Gemeente = "GM7001";

    public enum Who { Author, OtherHandhaver, Consulent, Beslisser, Beheerder, OtherGemeente }

    public enum Stage { Concept, TerBespreking, Besloten }

    public enum Act { Bekijken, Wijzigen, Indienen, Intrekken, Terugsturen, Besluiten, Reageren, AfspraakBijwerken }

    private static readonly Who[] Colleagues = [Who.Author, Who.OtherHandhaver, Who.Consulent, Who.Beslisser, Who.Beheerder];

    /// <summary>product.md: a Concept is its author's own; Ter bespreking is open to the gemeente; Besloten is frozen except a revised decision.</summary>
    private static readonly Dictionary<(Stage, Act), Who[]> Allowed = new()
    {
        [(Stage.Concept, Act.Bekijken)] = [Who.Author],
        [(Stage.Concept, Act.Wijzigen)] = [Who.Author],
        [(Stage.Concept, Act.Indienen)] = [Who.Author],
        [(Stage.Concept, Act.Intrekken)] = [Who.Author],
        [(Stage.TerBespreking, Act.Bekijken)] = Colleagues,
        [(Stage.TerBespreking, Act.Wijzigen)] = [Who.Author, Who.Beslisser],
        [(Stage.TerBespreking, Act.Intrekken)] = [Who.Author, Who.Beslisser],
        [(Stage.TerBespreking, Act.Terugsturen)] = [Who.Beslisser],
        [(Stage.TerBespreking, Act.Besluiten)] = [Who.Beslisser],
        [(Stage.TerBespreking, Act.Reageren)] = Colleagues,
        [(Stage.Besloten, Act.Bekijken)] = Colleagues,
        [(Stage.Besloten, Act.Besluiten)] = [Who.Beslisser],
        [(Stage.Besloten, Act.Reageren)] = Colleagues,
        [(Stage.Besloten, Act.AfspraakBijwerken)] = [Who.Author, Who.OtherHandhaver, Who.Beslisser],
    };

    /// <summary>Actions only some roles may take at all (answered 403 before the dilemma is even looked up).</summary>
    private static readonly Dictionary<Act, Who[]> RoleGate = new()
    {
        [Act.Terugsturen] = [Who.Beslisser, Who.OtherGemeente],
        [Act.Besluiten] = [Who.Beslisser, Who.OtherGemeente],
        [Act.AfspraakBijwerken] = [Who.Author, Who.OtherHandhaver, Who.Beslisser, Who.OtherGemeente],
    };

    /// <summary>Who may take the action in some status, and so hears 409 (not 403) in the wrong one.</summary>
    private static readonly Dictionary<Act, Who[]> InAnotherStatus = new()
    {
        [Act.Wijzigen] = [Who.Author, Who.Beslisser],
        [Act.Indienen] = [Who.Author],
        [Act.Intrekken] = [Who.Author, Who.Beslisser],
        [Act.Terugsturen] = [Who.Beslisser],
        [Act.Besluiten] = [Who.Beslisser],
        [Act.Reageren] = Colleagues,
    };

    private Dictionary<Who, ApplicationUser> _users = [];

    [Fact]
    public async Task Screens_AllowExactlyTheCellsOfTheMatrix_AndRefusalsChangeNothing()
    {
        await CreateUsersAsync();
        var sessions = new Dictionary<Who, WebSession>();
        foreach (var (who, user) in _users)
        {
            sessions[who] = app.CreateSession();
            await sessions[who].LoginSuccessfullyAsync(user.Email!, Password);
        }

        var failures = await RunMatrixAsync(sessions[Who.Author], sessions[Who.Beslisser], [.. Enum.GetValues<Act>()],
            (who, act, target) => ScreenRequestAsync(sessions[who], act, target), expectSuccess: act => act == Act.Bekijken ? HttpStatusCode.OK : HttpStatusCode.Redirect);

        foreach (var session in sessions.Values)
        {
            session.Dispose();
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Api_AllowsExactlyTheCellsOfTheMatrix_AndRefusalsChangeNothing()
    {
        await CreateUsersAsync();
        var clients = new Dictionary<Who, HttpClient>();
        foreach (var (who, user) in _users)
        {
            clients[who] = await app.ApiClientForAsync(user.Email!);
        }

        using var author = app.CreateSession();
        await author.LoginSuccessfullyAsync(_users[Who.Author].Email!, Password);
        using var beslisser = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync(_users[Who.Beslisser].Email!, Password);

        var failures = await RunMatrixAsync(author, beslisser, [.. Enum.GetValues<Act>()],
            (who, act, target) => ApiRequestAsync(clients[who], act, target), expectSuccess: act => act == Act.Reageren ? HttpStatusCode.Created : HttpStatusCode.OK);

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private async Task<List<string>> RunMatrixAsync(
        WebSession author, WebSession beslisser, Act[] acts, Func<Who, Act, Target, Task<HttpResponseMessage>> send, Func<Act, HttpStatusCode> expectSuccess)
    {
        var failures = new List<string>();
        var cells = 0;
        foreach (var stage in Enum.GetValues<Stage>())
        {
            foreach (var act in acts.Where(a => a != Act.AfspraakBijwerken || stage == Stage.Besloten))
            {
                var allowed = Allowed.GetValueOrDefault((stage, act), []);
                var target = await PrepareAsync(author, beslisser, stage);

                // Refusals first, all on one dilemma: each must leave the database as it was.
                foreach (var who in Enum.GetValues<Who>().Where(w => !allowed.Contains(w)))
                {
                    cells++;
                    var expected = Refusal(stage, act, who);
                    var before = await DatabaseFingerprint.TakeAsync(app);
                    var deniedBefore = await AccessDeniedLinesAsync(who);
                    using var response = await send(who, act, target);
                    var changed = DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(app));
                    var logged = await AccessDeniedLinesAsync(who) - deniedBefore;
                    if (expected == HttpStatusCode.Forbidden && logged == 1)
                    {
                        changed.Remove("audit_entries");
                    }

                    if (response.StatusCode != expected || changed.Count > 0 || logged != (expected == HttpStatusCode.Forbidden ? 1 : 0))
                    {
                        failures.Add($"{stage} · {act} · {who}: {(int)response.StatusCode} (verwacht {(int)expected}), {logged} keer toegang geweigerd gelogd"
                            + (changed.Count > 0 ? ", gewijzigd: " + string.Join(", ", changed) : ""));
                    }
                }

                // Each allowed actor on a dilemma of its own, because the action changes it.
                foreach (var who in allowed)
                {
                    cells++;
                    var fresh = who == allowed[0] ? target : await PrepareAsync(author, beslisser, stage);
                    var before = await DatabaseFingerprint.TakeAsync(app);
                    using var response = await send(who, act, fresh);
                    var changed = DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(app));
                    var mustChange = act != Act.Bekijken;
                    if (response.StatusCode != expectSuccess(act) || (mustChange && changed.Count == 0))
                    {
                        failures.Add($"{stage} · {act} · {who}: {(int)response.StatusCode} (verwacht {(int)expectSuccess(act)}){(mustChange && changed.Count == 0 ? ", niets opgeslagen" : "")}");
                    }
                }
            }
        }

        Assert.True(cells >= 100, $"only {cells} cells tried");
        return failures;
    }

    private static HttpStatusCode Refusal(Stage stage, Act act, Who who) =>
        RoleGate.TryGetValue(act, out var gate) && !gate.Contains(who) ? HttpStatusCode.Forbidden
        : who == Who.OtherGemeente ? HttpStatusCode.NotFound
        : stage == Stage.Concept && who != Who.Author ? HttpStatusCode.NotFound
        : InAnotherStatus.GetValueOrDefault(act, []).Contains(who) ? HttpStatusCode.Conflict
        : HttpStatusCode.Forbidden;

    private Task<int> AccessDeniedLinesAsync(Who who)
    {
        var userId = _users[who].Id;
        return app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.ActorId == userId && a.Action == AuditActions.AccessDenied));
    }

    /// <summary>The matrix gemeente, created once per run, with dilemma numbers that never match one of Anderdorp's.</summary>
    internal static async Task EnsureGemeenteAsync(AppFactory app)
    {
        if (!await app.QueryAsync(db => db.Municipalities.AnyAsync(m => m.Code == Gemeente)))
        {
            Assert.Equal(0, await CommandLine.RunAsync(app.Services, ["create-gemeente", "--name", "Gemeente Matrix", "--code", Gemeente], TextWriter.Null, TextWriter.Null));
        }

        // Numbers are per gemeente: start far above Anderdorp's, so "2026-0001" never names one of its own dilemmas and a
        // 404 for the Anderdorp user really is the boundary at work. The app's clock decides the year (other tests move it).
        var year = app.Clock.GetUtcNow().Year;
        await app.QueryAsync(db => db.Database.ExecuteSqlAsync($"""
            insert into dilemma_number_counters (municipality_id, year, last_sequence)
            select id, {year}, 9000 from municipalities where code = {Gemeente}
            on conflict (municipality_id, year) do update set last_sequence = greatest(dilemma_number_counters.last_sequence, 9000)
            """));
    }

    private async Task CreateUsersAsync()
    {
        await EnsureGemeenteAsync(app);
        _users = new()
        {
            [Who.Author] = await app.CreateUserAsync(Gemeente, Password, Roles.Handhaver),
            [Who.OtherHandhaver] = await app.CreateUserAsync(Gemeente, Password, Roles.Handhaver),
            [Who.Consulent] = await app.CreateUserAsync(Gemeente, Password, Roles.Consulent),
            [Who.Beslisser] = await app.CreateUserAsync(Gemeente, Password, Roles.Beslisser),
            [Who.Beheerder] = await app.CreateUserAsync(Gemeente, Password, Roles.Beheerder),
            // Every role, so that only the gemeente boundary can refuse it.
            [Who.OtherGemeente] = await app.CreateUserAsync("GM9999", Password, [.. Roles.All]),
        };
    }

    private sealed record Target(string Number, Guid? AgreementId);

    private async Task<Target> PrepareAsync(WebSession author, WebSession beslisser, Stage stage)
    {
        var number = await DilemmaSteps.CreateHennepInAsync(Gemeente, author, app, submit: stage != Stage.Concept);
        if (stage != Stage.Besloten)
        {
            return new(number, null);
        }

        var decided = await DilemmaSteps.DecideAsync(beslisser, number,
            ("Solution", "Jeugdhulp krijgt zes weken; het gezin meldt de inkomsten zelf."),
            ("Rationale", "Past bij onze visie: niet wegkijken en niet breken."),
            ("Agreements[0].Description", "Het gezin meldt de inkomsten zelf."),
            ("Agreements[0].Responsible", "jeugdhulpverlener"),
            ("Agreements[0].DueDate", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(42)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("Agreements[0].Fallback", "Handhaving start alsnog."));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var (year, sequence) = Parse(number);
        var agreementId = await app.QueryAsync(db => db.Agreements.IgnoreQueryFilters()
            .Where(a => db.Decisions.IgnoreQueryFilters().Any(d => d.Id == a.DecisionId
                && db.Dilemmas.IgnoreQueryFilters().Any(x => x.Id == d.DilemmaId && x.Year == year && x.Sequence == sequence && x.AuthorId == _users[Who.Author].Id)))
            .Select(a => a.Id).SingleAsync());
        return new(number, agreementId);
    }

    private static (int Year, int Sequence) Parse(string number) =>
        (int.Parse(number[..4], CultureInfo.InvariantCulture), int.Parse(number[5..], CultureInfo.InvariantCulture));

    private Task<uint> VersionAsync(string number)
    {
        var (year, sequence) = Parse(number);
        var authorId = _users[Who.Author].Id;
        return app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters()
            .Where(d => d.Year == year && d.Sequence == sequence && d.AuthorId == authorId).Select(d => d.Version).SingleAsync());
    }

    private async Task<HttpResponseMessage> ScreenRequestAsync(WebSession session, Act act, Target target)
    {
        var url = $"/dilemmas/{target.Number}";
        var version = (await VersionAsync(target.Number)).ToString(CultureInfo.InvariantCulture);
        return act switch
        {
            Act.Bekijken => await session.Client.GetAsync(url),
            Act.Wijzigen => await session.PostWithSessionTokenAsync($"{url}/wijzigen",
                [.. DilemmaSteps.HennepFields(await DilemmaSteps.PolicyAreaIdsAsync(app, Gemeente, "Participatiewet"), ("Title", "Bijstandsgezin met hennep, aangevuld")), ("Version", version)]),
            Act.Indienen => await session.PostWithSessionTokenAsync($"{url}/indienen"),
            Act.Intrekken => await session.PostWithSessionTokenAsync($"{url}/intrekken", ("Reason", "Dubbel ingevoerd.")),
            Act.Terugsturen => await session.PostWithSessionTokenAsync($"{url}/terugsturen", ("Reason", "Vul de risicosignalen aan.")),
            Act.Besluiten => await session.PostWithSessionTokenAsync($"{url}/besluit",
                ("Solution", "Uitkering loopt door, boete wordt opgelegd."), ("Rationale", "Rechtmatigheid weegt hier zwaarder."), ("Version", version)),
            Act.Reageren => await session.PostWithSessionTokenAsync($"{url}/reacties", ("Body", "Is de situatie veilig voor de kinderen?"), ("Kind", "Question")),
            Act.AfspraakBijwerken => await session.PostWithSessionTokenAsync($"/afspraken/{target.AgreementId}/status", ("Status", "Kept"), ("Note", "Melding ontvangen.")),
            _ => throw new ArgumentOutOfRangeException(nameof(act)),
        };
    }

    private static async Task<HttpResponseMessage> ApiRequestAsync(HttpClient client, Act act, Target target)
    {
        var url = $"/api/v1/dilemmas/{target.Number}";
        return act switch
        {
            Act.Bekijken => await client.GetAsync(url),
            Act.Wijzigen => await client.PutAsJsonAsync(url, new
            {
                title = "Bijstandsgezin met hennep, aangevuld",
                situation = DilemmaSteps.Situation,
                question = "Beëindigen we de uitkering direct, of krijgt jeugdhulp eerst de tijd?",
                policyAreas = new[] { "Participatiewet" },
                phase = "RunningBenefit",
                options = new[] { new { description = "Uitkering direct beëindigen", consequences = "Acute geldnood." } },
            }),
            Act.Indienen => await client.PostAsJsonAsync($"{url}/submit", new { }),
            Act.Intrekken => await client.PostAsJsonAsync($"{url}/withdraw", new { reason = "Dubbel ingevoerd." }),
            Act.Terugsturen => await client.PostAsJsonAsync($"{url}/return", new { reason = "Vul de risicosignalen aan." }),
            Act.Besluiten => await client.PostAsJsonAsync($"{url}/decision",
                new { solution = "Uitkering loopt door, boete wordt opgelegd.", rationale = "Rechtmatigheid weegt hier zwaarder.", agreements = Array.Empty<object>() }),
            Act.Reageren => await client.PostAsJsonAsync($"{url}/comments", new { kind = "Question", body = "Is de situatie veilig voor de kinderen?" }),
            Act.AfspraakBijwerken => await client.PostAsJsonAsync($"/api/v1/agreements/{target.AgreementId}/status", new { status = "Kept", note = "Melding ontvangen." }),
            _ => throw new ArgumentOutOfRangeException(nameof(act)),
        };
    }
}
