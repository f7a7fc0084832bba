using System.Net;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>The article's hennep + jeugdhulp family through the whole lifecycle, over real HTTP form posts.</summary>
[Collection(SharedApp.Name)]
public sealed class DilemmaLifecycleTests(AppFactory app)
{
    [Fact]
    public async Task HennepFamily_LoggedDiscussedDecidedAndFollowedUp()
    {
        using var handhaver = app.CreateSession();
        using var consulent = app.CreateSession();
        using var beslisser = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");

        // A handhaver logs it as a concept: only the author sees it.
        var number = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: false);
        var (own, ownPage) = await handhaver.GetAsync($"/dilemmas/{number}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("Concept", ownPage.QuerySelector("#dilemma-status .oh-status")?.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await consulent.GetAsync($"/dilemmas/{number}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beslisser.GetAsync($"/dilemmas/{number}")).Response.StatusCode);

        // Indienen: now the team sees it and a consulent asks a question.
        var submitted = await handhaver.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/indienen");
        Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync());
        var comment = await consulent.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties",
            ("Body", "Is de situatie veilig voor de kinderen?"), ("Kind", "Question"));
        Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);

        // A consulent cannot decide; the beslisser records the middle way with two agreements.
        Assert.Equal(HttpStatusCode.Forbidden, (await consulent.GetAsync($"/dilemmas/{number}/besluit")).Response.StatusCode);
        var decided = await DilemmaSteps.DecideAsync(beslisser, number,
            ("Solution", "Middenweg: jeugdhulp krijgt 6 weken, het gezin meldt de inkomsten zelf."),
            ("Rationale", "Past bij onze visie: niet wegkijken, niet breken."),
            ("Agreements[0].Description", "Jeugdhulp stabiliseert het gezin."),
            ("Agreements[0].Responsible", "jeugdhulpverlener"),
            ("Agreements[0].DueDate", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(42)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("Agreements[0].Fallback", "Handhaving start alsnog."),
            ("Agreements[1].Description", "Het gezin meldt de inkomsten uit hennep zelf."),
            ("Agreements[1].Responsible", "Sanne de Vries"),
            ("Agreements[1].DueDate", "31-12-2030"),
            ("Agreements[1].Fallback", "De jeugdhulpverlener meldt het alsnog."));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        var (_, page) = await consulent.GetAsync($"/dilemmas/{number}");
        Assert.Equal("Besloten", page.QuerySelector("#dilemma-status .oh-status")?.TextContent);
        Assert.Contains("Middenweg: jeugdhulp krijgt 6 weken", page.QuerySelector("#besluit")?.ParentElement?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Is de situatie veilig voor de kinderen?", page.QuerySelector("#reacties")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("31 december 2030", page.Body?.TextContent, StringComparison.Ordinal);

        Assert.True(DilemmaNumber.TryParse(number, out var parsed));
        var stored = await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters()
            .Include(d => d.Decisions).ThenInclude(x => x.Agreements)
            .SingleAsync(d => d.Year == parsed.Year && d.Sequence == parsed.Sequence
                && db.Municipalities.Any(m => m.Id == d.MunicipalityId && m.Code == "GM0000")));
        Assert.Equal(DilemmaStatus.Decided, stored.Status);
        var agreements = stored.CurrentDecision!.Agreements;
        Assert.Equal(2, agreements.Count);
        var sanne = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == "handhaver@voorbeeld.nl").Select(u => u.Id).SingleAsync());
        Assert.Equal(sanne, agreements.Single(a => a.Responsible == "Sanne de Vries").ResponsibleUserId);
        Assert.Null(agreements.Single(a => a.Responsible == "jeugdhulpverlener").ResponsibleUserId);

        // Follow-up: the handhaver records that the family reported the income.
        var selfReport = agreements.Single(a => a.Responsible == "Sanne de Vries");
        var kept = await handhaver.SubmitAsync($"/dilemmas/{number}", $"/afspraken/{selfReport.Id}/status", ("Status", "Kept"), ("Note", "Melding ontvangen."));
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.Equal(AgreementStatus.Kept, await app.QueryAsync(db => db.Agreements.IgnoreQueryFilters().Where(a => a.Id == selfReport.Id).Select(a => a.Status).SingleAsync()));

        // Every step left a line in the logboek.
        var actions = await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(a => a.EntityKey == number && a.MunicipalityId == stored.MunicipalityId)
            .OrderBy(a => a.At).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.Create, AuditActions.Submit, AuditActions.Comment, AuditActions.Decide, AuditActions.AgreementStatus], actions);
    }

    [Fact]
    public async Task PrivacyGuard_RefusesTheFormAtTheField_AndStoresNothing()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var areas = await DilemmaSteps.PolicyAreaIdsAsync(app, "GM0000", "Participatiewet");
        var before = await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters().CountAsync());

        var response = await handhaver.SubmitAsync("/dilemmas/nieuw", "/dilemmas/nieuw",
            [.. DilemmaSteps.HennepFields(areas, ("Situation", DilemmaSteps.Situation + " De vader (BSN 123456782) is bereikbaar op 06-12345678.")), ("Command", "indienen")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebSession.ParseAsync(response);
        Assert.Equal("Situatie bevat een BSN en een telefoonnummer. Haal persoonsgegevens weg: een dilemma wordt geanonimiseerd vastgelegd.",
            page.QuerySelector("#Situation-fout")?.TextContent);
        Assert.DoesNotContain("123456782", page.QuerySelector(".oh-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task PrivacyGuard_RefusesANameAndAddressInTheTitle_AndABirthDateWithWordsBetween()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var areas = await DilemmaSteps.PolicyAreaIdsAsync(app, "GM0000", "Participatiewet");
        var before = await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters().CountAsync());

        var response = await handhaver.SubmitAsync("/dilemmas/nieuw", "/dilemmas/nieuw",
            [.. DilemmaSteps.HennepFields(areas,
                ("Title", "Jan de Vries, Kerkstraat 12, Utrecht"),
                ("Situation", DilemmaSteps.Situation + " Geboortedatum van de cliënt: 12-03-1985.")), ("Command", "indienen")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebSession.ParseAsync(response);
        Assert.Equal("Titel bevat een naam en een adres. Haal persoonsgegevens weg: een dilemma wordt geanonimiseerd vastgelegd.", page.QuerySelector("#Title-fout")?.TextContent);
        Assert.Equal("Situatie bevat een geboortedatum. Haal persoonsgegevens weg: een dilemma wordt geanonimiseerd vastgelegd.", page.QuerySelector("#Situation-fout")?.TextContent);
        Assert.DoesNotContain("Vries", page.QuerySelector(".oh-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task AReactie_MayNameAColleagueWithAt_ButNotAClient()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var number = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true);
        var colleague = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == "beslisser@voorbeeld.nl").Select(u => u.DisplayName).SingleAsync());

        var refused = await handhaver.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties",
            ("Body", $"@{colleague} weet jij of mevrouw Jansen de inkomsten al heeft gemeld?"), ("Kind", "Question"));
        var accepted = await handhaver.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties",
            ("Body", $"@{colleague} weet jij of de cliënte de inkomsten al heeft gemeld?"), ("Kind", "Question"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Reactie bevat een naam. Haal persoonsgegevens weg: een dilemma wordt geanonimiseerd vastgelegd.",
            (await WebSession.ParseAsync(refused)).QuerySelector("#Body-fout")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Comments.IgnoreQueryFilters().CountAsync(c => c.Body.Contains("mevrouw Jansen"))));
        Assert.Equal(1, await app.QueryAsync(db => db.Comments.IgnoreQueryFilters().CountAsync(c => c.Body == $"@{colleague} weet jij of de cliënte de inkomsten al heeft gemeld?")));
    }

    [Fact]
    public async Task InvalidForm_ShowsDutchErrorsAndKeepsTheInput()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");

        var response = await handhaver.SubmitAsync("/dilemmas/nieuw", "/dilemmas/nieuw",
            ("Title", "Kort"), ("Situation", "Te kort."), ("Question", ""), ("Options[0].Description", "Iets doen"), ("Options[0].Consequences", ""), ("Command", "concept"));
        var page = await WebSession.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("De titel moet 10 tot 150 tekens lang zijn", page.QuerySelector("#Title-fout")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Question-fout"));
        Assert.Equal("Kies minstens één domein.", page.QuerySelector("#PolicyAreaIds-fout")?.TextContent);
        Assert.Equal("Kies de fase.", page.QuerySelector("#Phase-fout")?.TextContent);
        Assert.Equal("Beschrijf de gevolgen van deze optie.", page.QuerySelector("#Options_0__Consequences-fout")?.TextContent);
        Assert.Equal("Kort", page.QuerySelector("#Title")?.GetAttribute("value"));
        Assert.Equal("Iets doen", page.QuerySelector("#Options_0__Description")?.TextContent);
    }

    [Fact]
    public async Task AddingAnOption_WithoutJavaScript_ShowsAnExtraOptionAndSavesNothing()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var before = await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters().CountAsync());

        var response = await handhaver.SubmitAsync("/dilemmas/nieuw", "/dilemmas/nieuw",
            ("Title", "Een titel van voldoende lengte"), ("Options[0].Description", "Eerste optie"), ("Options[0].Consequences", "Gevolg"), ("Command", "optie-toevoegen"));
        var page = await WebSession.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Eerste optie", page.QuerySelector("#Options_0__Description")?.TextContent);
        Assert.NotNull(page.QuerySelector("#Options_1__Description"));
        Assert.Empty(page.QuerySelectorAll(".utrecht-form-field-error-message"));
        Assert.Equal(before, await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task DilemmaOfAnotherGemeente_IsNotFound()
    {
        var number = await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters()
            .Where(d => d.Status == DilemmaStatus.Decided && db.Municipalities.Any(m => m.Id == d.MunicipalityId && m.Code == "GM9999"))
            .Select(d => new { d.Year, d.Sequence }).FirstAsync());
        var key = new DilemmaNumber(number.Year, number.Sequence).ToString();
        var existsInVoorbeeld = await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters()
            .AnyAsync(d => d.Year == number.Year && d.Sequence == number.Sequence && db.Municipalities.Any(m => m.Id == d.MunicipalityId && m.Code == "GM0000")));
        using var beslisser = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@anderdorp.nl");
        using var other = app.CreateSession();
        await other.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");

        Assert.Equal(HttpStatusCode.OK, (await beslisser.GetAsync($"/dilemmas/{key}")).Response.StatusCode);
        var (response, page) = await other.GetAsync($"/dilemmas/{key}");
        if (existsInVoorbeeld)
        {
            // Same number in both gemeenten: Voorbeeld sees its own dilemma, never Anderdorp's.
            Assert.DoesNotContain("marktkraam", page.Body?.TextContent, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/dilemmas/2026-9999")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/dilemmas/geen-nummer")).Response.StatusCode);
    }

    [Fact]
    public async Task ConcurrentEdits_SecondOneGetsAConflictWithItsOwnInputKept()
    {
        using var author = app.CreateSession();
        using var beslisser = app.CreateSession();
        await author.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var number = await DilemmaSteps.CreateHennepAsync(author, app, submit: true);
        var areas = await DilemmaSteps.PolicyAreaIdsAsync(app, "GM0000", "Participatiewet", "Jeugdhulp");
        var version = await DilemmaSteps.VersionOnAsync(author, $"/dilemmas/{number}/wijzigen");
        Assert.Equal(version, await DilemmaSteps.VersionOnAsync(beslisser, $"/dilemmas/{number}/wijzigen"));

        var first = await author.SubmitAsync($"/dilemmas/{number}/wijzigen", $"/dilemmas/{number}/wijzigen",
            [.. DilemmaSteps.HennepFields(areas, ("Title", "Titel van de opsteller, eerst opgeslagen")), ("Version", version), ("Command", "opslaan")]);
        var second = await beslisser.SubmitAsync($"/dilemmas/{number}/wijzigen", $"/dilemmas/{number}/wijzigen",
            [.. DilemmaSteps.HennepFields(areas, ("Title", "Titel van de beslisser, te laat")), ("Version", version), ("Command", "opslaan")]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        var page = await WebSession.ParseAsync(second);
        Assert.Contains("Iemand anders heeft dit dilemma gewijzigd", page.QuerySelector(".oh-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Titel van de beslisser, te laat", page.QuerySelector("#Title")?.GetAttribute("value"));
        var (_, stored) = await author.GetAsync($"/dilemmas/{number}");
        Assert.Equal("Titel van de opsteller, eerst opgeslagen", stored.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task TwentyParallelDecisions_RecordExactlyOne()
    {
        using var author = app.CreateSession();
        await author.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var number = await DilemmaSteps.CreateHennepAsync(author, app, submit: true);
        var sessions = new List<WebSession>();
        for (var i = 0; i < 20; i++)
        {
            var session = app.CreateSession();
            await session.LoginSuccessfullyAsync(i % 2 == 0 ? "beslisser@voorbeeld.nl" : "teamleider@voorbeeld.nl");
            sessions.Add(session);
        }

        // Every beslisser opens the form first, then all submit at once.
        var forms = await Task.WhenAll(sessions.Select(s => s.GetAsync($"/dilemmas/{number}/besluit")));
        var responses = await Task.WhenAll(sessions.Select((s, i) =>
        {
            var token = forms[i].Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var version = forms[i].Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
            return s.PostAsync($"/dilemmas/{number}/besluit", ("Solution", $"Besluit {i}"), ("Rationale", "Motivering"), ("Version", version), ("__RequestVerificationToken", token));
        }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Redirect), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        var told = await WebSession.ParseAsync(responses.First(r => r.StatusCode == HttpStatusCode.BadRequest));
        Assert.Contains("al een besluit", told.QuerySelector(".oh-error-summary")?.TextContent, StringComparison.Ordinal);
        var (year, sequence) = (int.Parse(number[..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(number[5..], System.Globalization.CultureInfo.InvariantCulture));
        var decisions = await app.QueryAsync(db => db.Decisions.IgnoreQueryFilters()
            .CountAsync(x => db.Dilemmas.IgnoreQueryFilters().Any(d => d.Id == x.DilemmaId && d.Year == year && d.Sequence == sequence
                && db.Municipalities.Any(m => m.Id == d.MunicipalityId && m.Code == "GM0000"))));
        Assert.Equal(1, decisions);
        sessions.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task ParallelCreation_GivesUniqueNumbersWithoutGaps()
    {
        var user = await app.CreateUserAsync("GM9999", "een lang testwachtwoord", Roles.Handhaver);
        var sessions = new List<WebSession>();
        for (var i = 0; i < 8; i++)
        {
            var session = app.CreateSession();
            await session.LoginSuccessfullyAsync(user.Email!, "een lang testwachtwoord");
            sessions.Add(session);
        }

        var areas = await DilemmaSteps.PolicyAreaIdsAsync(app, "GM9999", "Participatiewet");
        var forms = await Task.WhenAll(sessions.Select(s => s.GetAsync("/dilemmas/nieuw")));
        var responses = await Task.WhenAll(sessions.Select((s, i) =>
        {
            var token = forms[i].Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            return s.PostAsync("/dilemmas/nieuw", [.. DilemmaSteps.HennepFields(areas), ("Command", "concept"), ("__RequestVerificationToken", token)]);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var numbers = responses.Select(r => r.Headers.Location!.OriginalString[^4..]).Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(8, numbers.Distinct().Count());
        Assert.Equal(numbers[^1] - numbers[0] + 1, numbers.Count);
        sessions.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task ReturnAndResubmit_ReasonReachesTheAuthor()
    {
        using var author = app.CreateSession();
        using var beslisser = app.CreateSession();
        await author.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var number = await DilemmaSteps.CreateHennepAsync(author, app, submit: true);

        var empty = await beslisser.SubmitAsync($"/dilemmas/{number}/terugsturen", $"/dilemmas/{number}/terugsturen", ("Reason", ""));
        Assert.Equal("Geef een reden.", (await WebSession.ParseAsync(empty)).QuerySelector("#Reason-fout")?.TextContent);
        var returned = await beslisser.SubmitAsync($"/dilemmas/{number}/terugsturen", $"/dilemmas/{number}/terugsturen", ("Reason", "Beschrijf de veiligheid van de kinderen."));
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);

        var (_, home) = await author.GetAsync("/");
        Assert.Contains(number, home.QuerySelector("#teruggestuurd")?.ParentElement?.TextContent, StringComparison.Ordinal);
        var (_, page) = await author.GetAsync($"/dilemmas/{number}");
        Assert.Contains("Beschrijf de veiligheid van de kinderen.", page.QuerySelector(".utrecht-alert--warning")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await author.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/indienen")).StatusCode);
        var (_, after) = await author.GetAsync($"/dilemmas/{number}");
        Assert.Equal("Ter bespreking", after.QuerySelector("#dilemma-status .oh-status")?.TextContent);
    }

    /// <summary>
    /// What is the user's to do, but not in this status, gets the same answer on the screen and over the API: 409 with the
    /// same Dutch reason, nothing changed (before, the screen said only "Geen toegang").
    /// </summary>
    [Fact]
    public async Task SubmittingTwice_IsNotPossible_WithTheSameDutchReasonOnScreenAndApi()
    {
        using var author = app.CreateSession();
        await author.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        // Not about hennep: the similar-dilemma tests count on few hennep cases in this gemeente.
        var number = await DilemmaSteps.CreateHennepAsync(author, app, submit: true,
            ("Title", "Tweemaal ingediende aanvraag voor een fietsvergoeding"),
            ("Situation", "Een inwoner vraagt een vergoeding voor een fiets om naar zijn werk te gaan; de aanvraag komt twee keer binnen."),
            ("Question", "Behandelen we de tweede aanvraag apart, of voegen we haar bij de eerste?"));

        var screen = await author.PostWithSessionTokenAsync($"/dilemmas/{number}/indienen");
        using var api = await app.ApiClientForAsync("handhaver@voorbeeld.nl");
        var overApi = await api.PostAsync($"/api/v1/dilemmas/{number}/submit", null);

        const string Reason = "Dit dilemma is ter bespreking: indienen kan nu niet.";
        Assert.Equal(HttpStatusCode.Conflict, screen.StatusCode);
        Assert.Contains(Reason, (await WebSession.ParseAsync(screen)).QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, overApi.StatusCode);
        Assert.Equal(Reason, (string?)System.Text.Json.Nodes.JsonNode.Parse(await overApi.Content.ReadAsStringAsync())!["detail"]);
    }

    /// <summary>A reactie typed while the author withdrew the dilemma: the page says why it was not placed.</summary>
    [Fact]
    public async Task Reactie_OnADilemmaWithdrawnMeanwhile_SaysWhy()
    {
        using var author = app.CreateSession();
        using var consulent = app.CreateSession();
        await author.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        var number = await DilemmaSteps.CreateHennepAsync(author, app, submit: true,
            ("Title", "Parkeervergunning voor een mantelzorger bij een bijstandsgerechtigde"),
            ("Situation", "Een mantelzorger vraagt of de gemeente de kosten van een parkeervergunning vergoedt uit de bijzondere bijstand."),
            ("Question", "Vergoeden we de parkeervergunning, of is dit een algemeen gebruikelijke kostenpost?"));
        var (_, page) = await consulent.GetAsync($"/dilemmas/{number}");
        var token = page.QuerySelector("form[action$='/reacties'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await author.SubmitAsync($"/dilemmas/{number}/intrekken", $"/dilemmas/{number}/intrekken", ("Reason", "Dubbel gemeld."))).StatusCode);

        var refused = await consulent.PostAsync($"/dilemmas/{number}/reacties", ("Body", "Hebben we dit eerder gezien?"), ("Kind", "Question"), ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Dit dilemma is ingetrokken: reageren kan nu niet.", (await WebSession.ParseAsync(refused)).QuerySelector(".oh-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Comments.IgnoreQueryFilters().CountAsync(c => c.Body == "Hebben we dit eerder gezien?")));
    }
}
