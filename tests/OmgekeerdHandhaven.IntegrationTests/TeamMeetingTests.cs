using System.Net;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>Werkoverleggen: plan, compose the agenda, record the outcomes in the meeting, and the verslag that follows.</summary>
[Collection(SharedApp.Name)]
public sealed class TeamMeetingTests(AppFactory app)
{
    [Fact]
    public async Task MeetingFlow_AgendaThenOutcomes_GivesTheVerslag_AndTheDilemmaPageNamesTheMeeting()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        using var beslisser = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var first = await CreateAsync(handhaver, "Vrijwilligersvergoeding boven de grens, eerste punt");
        var second = await CreateAsync(handhaver, "Vrijwilligersvergoeding boven de grens, tweede punt");
        var third = await CreateAsync(handhaver, "Vrijwilligersvergoeding boven de grens, derde punt");

        var meeting = await PlanAsync(handhaver, "2026-12-15");
        var added = await handhaver.SubmitAsync(meeting, $"{meeting}/agenda", [.. (await IdsAsync(first, second, third)).Select(id => ("dilemmas", id))]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        // Reorder: the third item one place up, so it comes before the second.
        var (_, page) = await handhaver.GetAsync(meeting);
        var thirdItem = page.QuerySelectorAll(".oh-agenda__item").Single(li => li.TextContent.Contains(third, StringComparison.Ordinal)).Id!["punt-".Length..];
        await handhaver.SubmitAsync(meeting, $"{meeting}/agenda/{thirdItem}/omhoog");
        (_, page) = await handhaver.GetAsync(meeting);
        Assert.Equal([first, third, second], page.QuerySelectorAll(".oh-agenda__item h3").Select(h => h.TextContent[..9]));

        // In the meeting: a decision, a return with its reason, and "volgende keer".
        var decided = await beslisser.SubmitAsync($"/dilemmas/{first}/besluit?werkoverleg={meeting["/werkoverleggen/".Length..]}", $"/dilemmas/{first}/besluit",
            ("Solution", "Jeugdhulp krijgt zes weken om het gezin te stabiliseren; daarna volgt handhaving."),
            ("Rationale", "Past bij de visie: eerst hulp, dan handhaving."),
            ("Agreements[0].Description", "Jeugdhulpverlener meldt de stand van zaken"),
            ("Agreements[0].Responsible", "jeugdhulpverlener"),
            ("Agreements[0].DueDate", "2027-01-26"),
            ("Agreements[0].Fallback", "Handhaving start zonder verder uitstel."));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal(meeting, decided.Headers.Location?.OriginalString);
        var returned = await beslisser.SubmitAsync($"/dilemmas/{third}/terugsturen?werkoverleg={meeting["/werkoverleggen/".Length..]}", $"/dilemmas/{third}/terugsturen",
            ("Reason", "Beschrijf eerst wat jeugdhulp al heeft gedaan."));
        Assert.Equal(meeting, returned.Headers.Location?.OriginalString);
        (_, page) = await handhaver.GetAsync(meeting);
        var secondItem = page.QuerySelectorAll(".oh-agenda__item").Single(li => li.TextContent.Contains(second, StringComparison.Ordinal)).Id!["punt-".Length..];
        await handhaver.SubmitAsync(meeting, $"{meeting}/agenda/{secondItem}/volgende-keer");
        await handhaver.SubmitAsync(meeting, $"{meeting}/aantekeningen", ("Notes", "Afgesproken om voortaan de jeugdhulpverlener uit te nodigen."));

        (_, page) = await handhaver.GetAsync(meeting);
        Assert.Equal(["Besloten", "Teruggestuurd", "Volgende keer"], page.QuerySelectorAll(".oh-outcome").Select(o => o.TextContent));

        var (response, minutes) = await handhaver.GetAsync($"{meeting}/verslag");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = minutes.QuerySelector("article")!.TextContent;
        Assert.Contains("Jeugdhulp krijgt zes weken om het gezin te stabiliseren", text, StringComparison.Ordinal);
        Assert.Contains("jeugdhulpverlener, uiterlijk 26 januari 2027", text, StringComparison.Ordinal);
        Assert.Contains("Beschrijf eerst wat jeugdhulp al heeft gedaan.", text, StringComparison.Ordinal);
        Assert.Contains("komt op de agenda van het volgende werkoverleg", text, StringComparison.Ordinal);
        Assert.Contains("Afgesproken om voortaan de jeugdhulpverlener uit te nodigen.", text, StringComparison.Ordinal);

        // The same verslag as PDF.
        var pdf = await handhaver.Client.GetAsync($"{meeting}/verslag.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        await PdfCheck.AssertSoundAsync(await pdf.Content.ReadAsByteArrayAsync());
        using (var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var pdfText = string.Join(' ', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
            Assert.Contains("Verslag werkoverleg 15 december 2026", pdfText, StringComparison.Ordinal);
            Assert.Contains("Beschrijf eerst wat jeugdhulp al heeft gedaan.", pdfText, StringComparison.Ordinal);
            Assert.Contains("Uitkomst: Volgende keer", pdfText, StringComparison.Ordinal);
            var read = TaggedPdf.ReadingOrder(document);
            Assert.Equal("Verslag werkoverleg 15 december 2026", read.First(e => e.Tag == "H1").Text);
            Assert.Contains(read, e => e.Tag == "H1" && e.Text == "Aantekeningen");
        }

        var agendaPdf = await handhaver.Client.GetAsync($"{meeting}/agenda.pdf");
        Assert.Equal(HttpStatusCode.OK, agendaPdf.StatusCode);
        await PdfCheck.AssertSoundAsync(await agendaPdf.Content.ReadAsByteArrayAsync());

        // The dilemma page names the meeting; the decision really is in force and the returned one went back.
        var (_, dilemmaPage) = await handhaver.GetAsync($"/dilemmas/{first}");
        Assert.Contains("Werkoverleg 15 december 2026", dilemmaPage.QuerySelector("#werkoverleggen")?.ParentElement?.TextContent, StringComparison.Ordinal);
        Assert.Equal(DilemmaStatus.Decided, await StatusAsync(first));
        Assert.Equal(DilemmaStatus.ReturnedToAuthor, await StatusAsync(third));
        Assert.Equal(DilemmaStatus.UnderDiscussion, await StatusAsync(second));

        // The next meeting offers the postponed dilemma first.
        var next = await PlanAsync(handhaver, "2027-01-12");
        var (_, nextPage) = await handhaver.GetAsync(next);
        var candidates = nextPage.QuerySelectorAll("#toevoegen ~ form label").Select(l => l.TextContent).ToList();
        var postponedIndex = candidates.FindIndex(c => c.StartsWith(second, StringComparison.Ordinal));
        Assert.Contains("volgende keer, van het werkoverleg van 15 december 2026", candidates[postponedIndex], StringComparison.Ordinal);
        Assert.All(candidates.Take(postponedIndex), c => Assert.Contains("volgende keer", c, StringComparison.Ordinal));
        Assert.DoesNotContain(candidates.FindIndex(c => !c.Contains("volgende keer", StringComparison.Ordinal)), Enumerable.Range(0, postponedIndex));
    }

    [Fact]
    public async Task Consulent_ReadsMeetings_ButCannotPlanOrChangeTheAgenda()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var meeting = await PlanAsync(handhaver, "2026-12-22");
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        var number = await CreateAsync(consulent, "Vrijwilligersvergoeding van een consulent");
        var (_, page) = await consulent.GetAsync(meeting);
        var token = page.QuerySelector("form[action='/uitloggen'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var (read, _) = await consulent.GetAsync(meeting);
        var plan = await consulent.Client.GetAsync("/werkoverleggen/nieuw");
        var add = await consulent.PostAsync($"{meeting}/agenda", ("dilemmas", (await IdsAsync(number))[0]), ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Null(page.QuerySelector("#toevoegen"));
        Assert.Equal(HttpStatusCode.Forbidden, plan.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        var meetingId = Guid.Parse(meeting["/werkoverleggen/".Length..]);
        Assert.Equal(0, await app.QueryAsync(db => db.AgendaItems.IgnoreQueryFilters().CountAsync(i => i.TeamMeetingId == meetingId)));
    }

    [Fact]
    public async Task AnotherGemeente_NeitherSeesTheMeeting_NorGetsItsDilemmasOnTheAgenda()
    {
        using var voorbeeld = app.CreateSession();
        await voorbeeld.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var meeting = await PlanAsync(voorbeeld, "2026-12-29");
        using var anderdorp = app.CreateSession();
        await anderdorp.LoginSuccessfullyAsync("handhaver@anderdorp.nl");
        var theirs = await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters()
            .Where(d => d.Status == DilemmaStatus.UnderDiscussion && db.Municipalities.Any(m => m.Id == d.MunicipalityId && m.Code == "GM9999"))
            .Select(d => d.Id).FirstAsync());

        var (seen, _) = await anderdorp.GetAsync(meeting);
        var added = await voorbeeld.SubmitAsync(meeting, $"{meeting}/agenda", ("dilemmas", theirs.ToString()));

        Assert.Equal(HttpStatusCode.NotFound, seen.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var (_, page) = await voorbeeld.GetAsync(meeting);
        Assert.Contains("bestaat niet", page.QuerySelector(".utrecht-alert--error")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".oh-agenda__item"));
    }

    [Fact]
    public async Task AConceptOrADecidedDilemma_CannotGoOnTheAgenda()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var concept = await CreateAsync(handhaver, "Vrijwilligersvergoeding als concept", submit: false);
        var meeting = await PlanAsync(handhaver, "2026-12-30");

        await handhaver.SubmitAsync(meeting, $"{meeting}/agenda", ("dilemmas", (await IdsAsync(concept))[0]));

        var (_, page) = await handhaver.GetAsync(meeting);
        Assert.Contains("niet ter bespreking", page.QuerySelector(".utrecht-alert--error")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".oh-agenda__item"));
    }

    [Theory]
    [InlineData("", "Team Handhaving", "Form.Date", "Vul de datum van het werkoverleg in.")]
    [InlineData("31-02-2026", "Team Handhaving", "Form.Date", "Vul de datum in als datum")]
    [InlineData("2026-12-15", "", "Form.Team", "Vul in welk team vergadert")]
    [InlineData("2026-12-15", "Team van Jan, BSN 111222333", "Form.Team", "BSN")]
    public async Task PlanningWithBadInput_ShowsTheErrorNextToTheField_AndSavesNothing(string date, string team, string field, string message)
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var before = await app.QueryAsync(db => db.TeamMeetings.IgnoreQueryFilters().CountAsync());

        var response = await handhaver.SubmitAsync("/werkoverleggen/nieuw", "/werkoverleggen/nieuw", ("Form.Date", date), ("Form.Team", team));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebSession.ParseAsync(response);
        Assert.Contains(message, page.GetElementById($"{field.Replace('.', '_')}-fout")?.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await app.QueryAsync(db => db.TeamMeetings.IgnoreQueryFilters().CountAsync()));
    }

    /// <summary>A dilemma of its own topic, so the many meeting dilemmas do not crowd the hennep family's similar dilemmas.</summary>
    private Task<string> CreateAsync(WebSession session, string title, bool submit = true) =>
        DilemmaSteps.CreateHennepAsync(session, app, submit,
            ("Title", title),
            ("Situation", "Een inwoner in de bijstand doet vrijwilligerswerk bij de voetbalclub en krijgt een vergoeding die boven de vrijlatingsgrens uitkomt."),
            ("Question", "Verrekenen we het meerdere met de uitkering, of zien we het als onkostenvergoeding?"),
            ("Options[0].Description", "Het meerdere verrekenen"),
            ("Options[0].Consequences", "De inwoner stopt misschien met het vrijwilligerswerk."),
            ("Options[1].Description", "Bonnetjes laten zien en als onkosten behandelen"),
            ("Options[1].Consequences", "Meer werk voor de consulent."),
            ("Proposal", "Bonnetjes vragen."));

    [Fact]
    public async Task OnceOnAnAgenda_TheDilemmaPageSaysWhichWerkoverlegWillDiscussIt()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var number = await CreateAsync(handhaver, "Vrijwilligersvergoeding boven de grens, voor de agenda");
        var date = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(20);
        var (_, before) = await handhaver.GetAsync($"/dilemmas/{number}");

        var meeting = await PlanAsync(handhaver, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await handhaver.SubmitAsync(meeting, $"{meeting}/agenda", [.. (await IdsAsync(number)).Select(id => ("dilemmas", id))]);
        var (_, after) = await handhaver.GetAsync($"/dilemmas/{number}");

        Assert.DoesNotContain("Op de agenda van", before.QuerySelector(".oh-facts")?.TextContent, StringComparison.Ordinal);
        var fact = after.QuerySelectorAll(".oh-facts dt").Single(dt => dt.TextContent == "Werkoverleg").NextElementSibling!;
        Assert.Equal($"Op de agenda van het werkoverleg van {OmgekeerdHandhaven.Web.Infrastructure.DutchTime.Date(date)} (Team Handhaving Werk en Inkomen)",
            System.Text.RegularExpressions.Regex.Replace(fact.TextContent, @"\s+", " ").Trim());
        Assert.Equal(meeting, fact.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task PutOnTheAgendaByABeslisser_TheAuthorGetsAMelding()
    {
        using var handhaver = app.CreateSession();
        using var beslisser = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var number = await CreateAsync(handhaver, "Vrijwilligersvergoeding boven de grens, voor de melding");
        var date = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(21);

        var meeting = await PlanAsync(beslisser, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await beslisser.SubmitAsync(meeting, $"{meeting}/agenda", [.. (await IdsAsync(number)).Select(id => ("dilemmas", id))]);

        var (_, meldingen) = await handhaver.GetAsync("/meldingen");
        Assert.Contains($"Uw dilemma {number} staat op de agenda van het werkoverleg van {OmgekeerdHandhaven.Web.Infrastructure.DutchTime.Date(date)}.",
            meldingen.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notes_SavedByAColleagueMeanwhile_AreNotOverwritten_AndTheUsersTextStaysOnTheForm()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        using var beslisser = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var meeting = await PlanAsync(handhaver, "2027-03-02");
        var (_, page) = await handhaver.GetAsync(meeting);
        var startedFrom = page.QuerySelector("form[action$='/aantekeningen'] input[name=Version]")!.GetAttribute("value")!;

        var colleague = await beslisser.SubmitAsync(meeting, $"{meeting}/aantekeningen", ("Notes", "Aantekening van de beslisser."));
        Assert.Equal(HttpStatusCode.Redirect, colleague.StatusCode);
        var mine = await handhaver.SubmitAsync(meeting, $"{meeting}/aantekeningen", ("Notes", "Mijn eigen aantekening."), ("Version", startedFrom));

        Assert.Equal(HttpStatusCode.Conflict, mine.StatusCode);
        var shown = await WebSession.ParseAsync(mine);
        Assert.Contains("Een collega heeft de aantekeningen intussen gewijzigd.", shown.QuerySelector("#Notes-fout")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mijn eigen aantekening.", shown.QuerySelector("textarea[name=Notes]")!.TextContent.Trim());
        // The colleague's notes are on the page too, to merge with: saving again must not silently drop them.
        Assert.Contains("Aantekening van de beslisser.", shown.QuerySelector("[data-testid=aantekeningen-collega]")?.TextContent, StringComparison.Ordinal);
        (_, page) = await handhaver.GetAsync(meeting);
        Assert.Equal("Aantekening van de beslisser.", page.QuerySelector("textarea[name=Notes]")!.TextContent.Trim());

        // The address bar now shows …/aantekeningen; opening it again says what it is, not "een fout aan onze kant".
        var (reopened, reopenedPage) = await handhaver.GetAsync($"{meeting}/aantekeningen");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, reopened.StatusCode);
        Assert.Equal("Dit adres hoort bij een formulier", reopenedPage.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task AgendaRondsturen_TellsTheOtherParticipants_WithDateTeamAndLink_NotTheDilemmas()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var meeting = await PlanAsync(handhaver, "2027-01-12");
        var (_, emptyPage) = await handhaver.GetAsync(meeting);
        Assert.Null(emptyPage.QuerySelector($"form[action='{meeting}/agenda/rondsturen']"));
        var empty = await handhaver.PostWithSessionTokenAsync($"{meeting}/agenda/rondsturen");
        Assert.Equal(HttpStatusCode.Redirect, empty.StatusCode);
        (_, emptyPage) = await handhaver.GetAsync(meeting);
        Assert.Contains("Er staat nog niets op de agenda.", emptyPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await app.QueryAsync(db => db.Notifications.IgnoreQueryFilters().Where(n => n.Path == meeting).ToListAsync()));

        var first = await CreateAsync(handhaver, "Agenda rondsturen: kostganger met eigen inkomen");
        await handhaver.SubmitAsync(meeting, $"{meeting}/agenda", [.. (await IdsAsync(first)).Select(id => ("dilemmas", id))]);
        var sent = await handhaver.SubmitAsync(meeting, $"{meeting}/agenda/rondsturen");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var id = Guid.Parse(meeting["/werkoverleggen/".Length..]);
        var participants = await app.QueryAsync(db => db.TeamMeetings.IgnoreQueryFilters().Where(m => m.Id == id).Select(m => m.AttendeeIds).SingleAsync());
        var sender = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == "handhaver@voorbeeld.nl").Select(u => u.Id).SingleAsync());
        var told = await app.QueryAsync(db => db.Notifications.IgnoreQueryFilters().Where(n => n.Kind == NotificationKind.AgendaReady && n.Path == meeting).ToListAsync());
        Assert.Equal(participants.Where(p => p != sender).Order(), told.Select(n => n.RecipientId).Order());
        Assert.All(told, n => Assert.Equal("De agenda van het werkoverleg van 12 januari 2027 (Team Handhaving Werk en Inkomen) staat klaar: 1 punt.", n.Text));
        var mails = await app.QueryAsync(db => db.OutboxMessages.IgnoreQueryFilters().Where(m => m.Kind == NotificationKind.AgendaReady && m.Link!.EndsWith(meeting)).ToListAsync());
        Assert.Equal(told.Count, mails.Count);
        Assert.All(mails, m => Assert.DoesNotContain("kostganger", m.TextBody + m.HtmlBody, StringComparison.Ordinal));
        var (_, page) = await handhaver.GetAsync(meeting);
        Assert.Contains("Rondgestuurd op", page.QuerySelector("#agenda + p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Agenda opnieuw rondsturen", page.QuerySelector($"form[action='{meeting}/agenda/rondsturen'] button")!.TextContent.Trim());
    }

    private static async Task<string> PlanAsync(WebSession session, string date)
    {
        var (_, form) = await session.GetAsync("/werkoverleggen/nieuw");
        var attendees = form.QuerySelectorAll("input[name='Form.Attendees']").Take(3).Select(i => ("Form.Attendees", i.GetAttribute("value")!));
        var response = await session.SubmitAsync("/werkoverleggen/nieuw", "/werkoverleggen/nieuw",
            [("Form.Date", date), ("Form.Team", "Team Handhaving Werk en Inkomen"), .. attendees]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/werkoverleggen/[0-9a-f-]{36}$", location);
        return location;
    }

    private async Task<List<string>> IdsAsync(params string[] numbers)
    {
        var ids = new List<string>();
        foreach (var number in numbers)
        {
            var (year, sequence) = (int.Parse(number[..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(number[5..], System.Globalization.CultureInfo.InvariantCulture));
            ids.Add((await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters()
                .Where(d => d.Year == year && d.Sequence == sequence && db.Municipalities.Any(m => m.Id == d.MunicipalityId && m.Code == "GM0000"))
                .Select(d => d.Id).SingleAsync())).ToString());
        }

        return ids;
    }

    private async Task<DilemmaStatus> StatusAsync(string number)
    {
        var id = Guid.Parse((await IdsAsync(number))[0]);
        return await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters().Where(d => d.Id == id).Select(d => d.Status).SingleAsync());
    }
}
