using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests.Security;

/// <summary>
/// Every screen and form of the app (found from its endpoints) × every role: the roles product.md gives a screen are
/// written out below by hand; every other role is refused with 403 before anything happens — nothing written but the
/// logboek's "toegang geweigerd" line — and the roles that may, get the page. The objects in the URLs are real ones of
/// the user's own gemeente, so a refusal cannot hide behind a 404. A route missing from the table fails the test: a new
/// screen must be placed in the matrix the day it is added. (Who may act on which dilemma: AuthorisationMatrixTests.)
/// </summary>
[Collection(SharedApp.Name)]
public sealed partial class RoleGateMatrixTests(AppFactory app)
{
    private const string Password = "Rollen-matrix-2026!";
    private const string H = Roles.Handhaver;
    private const string C = Roles.Consulent;
    private const string B = Roles.Beslisser;
    private const string A = Roles.Beheerder;

    private static readonly string[] Everyone = [H, C, B, A];
    private static readonly string[] Team = [H, C, B];
    private static readonly string[] Composers = [H, B];

    /// <summary>Open to anyone, signed in or not; not part of the matrix.</summary>
    private static readonly string[] Anonymous =
        ["/inloggen", "/inloggen/tweestaps", "/inloggen/gemeente-account", "/g/{code}", "/g/{code}/gemeente-account", "/uitloggen", "/toegankelijkheid", "/privacyverklaring", "/fout/{statusCode:int}",
         "/e-mail/afmelden/{token}"];

    /// <summary>
    /// Screens whose answer also depends on the object's state (a decided dilemma cannot be edited by anyone): for those,
    /// only the refusal of the other roles is checked here.
    /// </summary>
    private static readonly string[] StateDependent = ["GET /dilemmas/{number}/wijzigen", "GET /dilemmas/{number}/intrekken", "GET /dilemmas/{number}/terugsturen"];

    private static string[] Allowed(string method, string template) => (method, template) switch
    {
        (_, var t) when t.StartsWith("/beheer/", StringComparison.Ordinal) => [A],
        (_, "/dashboard") => [B, A],
        (_, "/dilemmas/nieuw") => [H, C],
        (_, "/dilemmas/{number}/besluit" or "/dilemmas/{number}/terugsturen") => [B],
        ("POST", "/afspraken/{id:guid}/status") => [H, B],
        (_, "/oefenen/sets/nieuw") => [B],
        (_, var t) when t.StartsWith("/oefenen", StringComparison.Ordinal) => Team,
        ("GET", "/werkoverleggen/nieuw" or "/werkoverleggen/{id:guid}/wijzigen") => Composers,
        ("POST", var t) when t.StartsWith("/werkoverleggen", StringComparison.Ordinal) => Composers,
        (_, var t) when t.StartsWith("/werkoverleggen", StringComparison.Ordinal) => Team,
        ("GET", "/casusboekjes/nieuw" or "/casusboekjes/{id:guid}/wijzigen" or "/casusboekjes/{id:guid}/publiceren") => Composers,
        ("POST", "/casusboekjes/{id:guid}/export/{format}") => Team,
        ("POST", var t) when t.StartsWith("/casusboekjes", StringComparison.Ordinal) => Composers,
        (_, var t) when t.StartsWith("/casusboekjes", StringComparison.Ordinal) => Team,
        (_, "/" or "/afspraken" or "/zoeken" or "/meldingen" or "/meldingen/gelezen" or "/profiel" or "/wachtwoord-wijzigen" or "/collegas") => Everyone,
        (_, "/profiel/tokens" or "/profiel/tokens/{id:guid}/intrekken" or "/profiel/e-mail") => Everyone,
        (_, var t) when t.StartsWith("/profiel/tweestapsverificatie", StringComparison.Ordinal) => Everyone,
        (_, var t) when t.StartsWith("/dilemmas", StringComparison.Ordinal) => Everyone,
        _ => throw new InvalidOperationException($"{method} {template} staat niet in de rollenmatrix; voeg het toe met de rollen uit product.md."),
    };

    [Fact]
    public async Task EveryScreenAndForm_RefusesTheRolesItIsNotFor_AndOpensForTheRolesItIs()
    {
        var objects = await CreateObjectsAsync();
        var routes = AppRoutes.Templates(app, HttpMethods.Get, HttpMethods.Post)
            .Where(r => !r.Template.StartsWith("/api/", StringComparison.Ordinal) && !r.Template.StartsWith("/health", StringComparison.Ordinal)
                && !r.Template.StartsWith("/openapi", StringComparison.Ordinal) && !r.Template.StartsWith("/api-documentatie", StringComparison.Ordinal)
                && !Anonymous.Contains(r.Template))
            .ToList();
        Assert.True(routes.Count >= 80, $"only {routes.Count} routes found");

        var failures = new List<string>();
        var cells = 0;
        foreach (var role in Roles.All)
        {
            var user = await app.CreateUserAsync(AuthorisationMatrixTests.Gemeente, Password, role);
            using var session = app.CreateSession();
            await session.LoginSuccessfullyAsync(user.Email!, Password);
            var token = await session.SessionTokenAsync();

            foreach (var (method, template) in routes)
            {
                cells++;
                var url = Fill(template, objects);
                var allowed = Allowed(method, template).Contains(role);
                await ExportsFinishedAsync(); // the worker writes in the background; let it be done before comparing
                var before = await DatabaseFingerprint.TakeAsync(app);
                using var response = method == HttpMethods.Get
                    ? await session.Client.GetAsync(url)
                    : await session.PostAsync(url, ("__RequestVerificationToken", token));
                var status = response.StatusCode;
                if (status >= HttpStatusCode.InternalServerError)
                {
                    failures.Add($"{role}: {method} {url} → {(int)status}");
                }
                else if (!allowed)
                {
                    var changed = DatabaseFingerprint.Changed(before, await DatabaseFingerprint.TakeAsync(app));
                    changed.Remove("audit_entries"); // the "toegang geweigerd" line
                    if (status != HttpStatusCode.Forbidden || changed.Count > 0)
                    {
                        failures.Add($"{role}: {method} {url} → {(int)status} (verwacht 403){(changed.Count > 0 ? ", gewijzigd: " + string.Join(", ", changed) : "")}");
                    }
                }
                else if (method == HttpMethods.Get && status == HttpStatusCode.Forbidden && !StateDependent.Contains($"{method} {template}"))
                {
                    failures.Add($"{role}: {method} {url} → 403, maar deze rol mag dit scherm zien");
                }
            }
        }

        Assert.True(cells >= 320, $"only {cells} cells tried");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private async Task ExportsFinishedAsync()
    {
        for (var wait = 0; wait < 200 && await app.QueryAsync(db => db.BookletExports.IgnoreQueryFilters()
            .AnyAsync(e => e.Status == BookletExportStatus.Queued || e.Status == BookletExportStatus.Running)); wait++)
        {
            await Task.Delay(100);
        }
    }

    private sealed record Objects(string Number, Guid Agreement, Guid Meeting, Guid AgendaItem, Guid Booklet, Guid Entry, Guid Synonym, Guid User, Guid PracticeSet);

    /// <summary>One of everything, in the matrix gemeente, made through the screens by a colleague with every role.</summary>
    private async Task<Objects> CreateObjectsAsync()
    {
        await AuthorisationMatrixTests.EnsureGemeenteAsync(app);
        var owner = await app.CreateUserAsync(AuthorisationMatrixTests.Gemeente, Password, [.. Roles.All]);
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(owner.Email!, Password);
        var number = await DilemmaSteps.CreateHennepInAsync(AuthorisationMatrixTests.Gemeente, session, app, submit: true);
        Assert.Equal(HttpStatusCode.Redirect, (await DilemmaSteps.DecideAsync(session, number,
            ("Solution", "Jeugdhulp krijgt zes weken."), ("Rationale", "Niet wegkijken, niet breken."),
            ("Agreements[0].Description", "Het gezin meldt de inkomsten zelf."), ("Agreements[0].Responsible", "jeugdhulpverlener"),
            ("Agreements[0].DueDate", "2030-12-31"), ("Agreements[0].Fallback", "Handhaving start alsnog."))).StatusCode);
        var municipality = await app.QueryAsync(db => db.Municipalities.Where(m => m.Code == AuthorisationMatrixTests.Gemeente).Select(m => m.Id).SingleAsync());
        var dilemma = await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters().Where(d => d.MunicipalityId == municipality && d.AuthorId == owner.Id && d.Status == DilemmaStatus.Decided).Select(d => d.Id).SingleAsync());
        var agreement = await app.QueryAsync(db => db.Agreements.IgnoreQueryFilters().Where(a => db.Decisions.IgnoreQueryFilters().Any(d => d.Id == a.DecisionId && d.DilemmaId == dilemma)).Select(a => a.Id).SingleAsync());

        var (_, plan) = await session.GetAsync("/werkoverleggen/nieuw");
        var meeting = Guid.Parse(Location(await session.SubmitAsync("/werkoverleggen/nieuw", "/werkoverleggen/nieuw",
            [("Form.Date", "2030-06-11"), ("Form.Team", "Team Handhaving"), .. plan.QuerySelectorAll("input[name='Form.Attendees']").Take(1).Select(i => ("Form.Attendees", i.GetAttribute("value")!))])));
        // The agenda takes dilemmas Ter bespreking: a second one, not decided.
        var open = await DilemmaSteps.CreateHennepInAsync(AuthorisationMatrixTests.Gemeente, session, app, submit: true);
        var openId = await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters()
            .Where(d => d.MunicipalityId == municipality && d.Status == DilemmaStatus.UnderDiscussion && d.AuthorId == owner.Id).Select(d => d.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitAsync($"/werkoverleggen/{meeting}", $"/werkoverleggen/{meeting}/agenda", ("dilemmas", openId.ToString()))).StatusCode);
        var item = await app.QueryAsync(db => db.TeamMeetings.IgnoreQueryFilters().Where(m => m.Id == meeting).SelectMany(m => m.Items).Select(i => i.Id).SingleAsync());

        var booklet = Guid.Parse(Location(await session.SubmitAsync("/casusboekjes/nieuw", "/casusboekjes/nieuw",
            ("Form.Title", "Casusboekje van de rollenmatrix"), ("Form.Introduction", "De oplossingen die we kozen."), ("Form.ValidUntil", "2030-12-31"))));
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostWithSessionTokenAsync($"/casusboekjes/{booklet}/dilemmas", ("dilemmas", number))).StatusCode);
        var entry = await app.QueryAsync(db => db.CaseBooklets.IgnoreQueryFilters().Where(b => b.Id == booklet).SelectMany(b => b.Entries).Select(e => e.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitAsync("/beheer/synoniemen", "/beheer/synoniemen", ("Form.Terms", "rollenmatrix, rechtenmatrix"))).StatusCode);
        var synonym = await app.QueryAsync(db => db.SynonymGroups.IgnoreQueryFilters().Where(g => g.MunicipalityId == municipality).Select(g => g.Id).FirstAsync());
        var colleague = await app.CreateUserAsync(AuthorisationMatrixTests.Gemeente, Password, Roles.Consulent);

        Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitAsync("/oefenen/sets/nieuw", "/oefenen/sets/nieuw", ("Form.Name", "Oefenset van de rollenmatrix"), ("Form.Dilemmas", number))).StatusCode);
        var set = await app.QueryAsync(db => db.PracticeSets.IgnoreQueryFilters().Where(s => s.MunicipalityId == municipality).Select(s => s.Id).FirstAsync());

        return new(number, agreement, meeting, item, booklet, entry, synonym, colleague.Id, set);
    }

    private static string Location(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString.Split('/')[^1];
    }

    private static string Fill(string template, Objects o) => Parameter().Replace(template, match => (match.Groups["name"].Value, template) switch
    {
        ("number", _) => o.Number,
        ("format", _) => "pdf",
        ("entryId", _) => o.Entry.ToString(),
        ("itemId", _) => o.AgendaItem.ToString(),
        ("exportId", _) => Guid.NewGuid().ToString(),
        ("id", var t) when t.StartsWith("/werkoverleggen", StringComparison.Ordinal) => o.Meeting.ToString(),
        ("id", var t) when t.StartsWith("/casusboekjes", StringComparison.Ordinal) => o.Booklet.ToString(),
        ("id", var t) when t.StartsWith("/beheer/synoniemen", StringComparison.Ordinal) => o.Synonym.ToString(),
        ("id", var t) when t.StartsWith("/beheer/gebruikers", StringComparison.Ordinal) => o.User.ToString(),
        ("id", var t) when t.StartsWith("/oefenen/sets", StringComparison.Ordinal) => o.PracticeSet.ToString(),
        ("id", var t) when t.StartsWith("/afspraken", StringComparison.Ordinal) => o.Agreement.ToString(),
        _ => Guid.NewGuid().ToString(),
    });

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();
}
