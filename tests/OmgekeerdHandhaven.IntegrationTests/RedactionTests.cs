using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>
/// Tekst verwijderen (AVG art. 16/17): a passage that slipped past the guard — here the name of the family's snack bar,
/// which identifies them in a small town — is gone from every table afterwards, proven by reading every text column
/// of every table; the history shows the marker, the logboek says why and never what.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class RedactionTests(AppFactory app)
{
    // "&" so the mail's HTML part holds it encoded; no word the privacy guard would refuse.
    private const string Passage = "snackbar De Frietzwoef & Co";

    [Fact]
    public async Task APassage_IsGoneFromEveryTable_TheHistoryShowsTheMarker_AndTheLogboekSaysWhyNotWhat()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        using var beslisser = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        using var beheerder = app.CreateSession();
        await beheerder.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");
        var areas = await DilemmaSteps.PolicyAreaIdsAsync(app, "GM0000", "Participatiewet", "Jeugdhulp");

        // The passage everywhere a dilemma's text goes: title, situation, an option, an edit (history), a reactie (and
        // with it meldingen and mails), the werkoverleg's notes, the decision and its afspraak, an oefenantwoord, and a
        // published casusboekje with a file.
        var number = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: false,
            ("Title", $"Hennep boven {Passage}"),
            ("Situation", DilemmaSteps.Situation + $" De plantage zit boven {Passage}, die de vader runt."),
            ("Options[1].Consequences", $"De {Passage} blijft open."));
        var edited = await handhaver.SubmitAsync($"/dilemmas/{number}/wijzigen", $"/dilemmas/{number}/wijzigen",
            [.. DilemmaSteps.HennepFields(areas,
                ("Title", $"Hennep boven {Passage}"),
                ("Situation", DilemmaSteps.Situation + " De plantage zit boven SNACKBAR de frietzwoef &\nCo, die de vader runt. Moeder werkt er ook."),
                ("Options[1].Consequences", $"De {Passage} blijft open.")), ("Command", "indienen")]);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var commented = await consulent.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties", ("Body", $"Staat {Passage} op naam van de moeder?"), ("Kind", "Question"));
        Assert.Equal(HttpStatusCode.Redirect, commented.StatusCode);

        var (_, plan) = await beslisser.GetAsync("/werkoverleggen/nieuw");
        var attendees = plan.QuerySelectorAll("input[name='Form.Attendees']").Take(2).Select(i => ("Form.Attendees", i.GetAttribute("value")!));
        var planned = await beslisser.SubmitAsync("/werkoverleggen/nieuw", "/werkoverleggen/nieuw", [("Form.Date", "2027-03-02"), ("Form.Team", "Team Handhaving"), .. attendees]);
        var meeting = planned.Headers.Location!.OriginalString;
        var dilemmaId = await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters().Where(d => d.Title == $"Hennep boven {Passage}").Select(d => d.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await beslisser.SubmitAsync(meeting, $"{meeting}/agenda", ("dilemmas", dilemmaId.ToString()))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await beslisser.SubmitAsync(meeting, $"{meeting}/aantekeningen", ("Notes", $"Besproken: {Passage}."))).StatusCode);

        var decided = await DilemmaSteps.DecideAsync(beslisser, number, ("Solution", $"De {Passage} valt buiten de bijstand."), ("Rationale", "Past bij de visie."),
            ("Agreements[0].Description", $"Het gezin meldt de inkomsten uit {Passage}."), ("Agreements[0].Responsible", "jeugdhulpverlener"),
            ("Agreements[0].DueDate", DateTime.UtcNow.AddDays(42).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("Agreements[0].Fallback", "Handhaving gaat door."));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var answered = await consulent.SubmitAsync($"/oefenen/dilemmas/{number}", $"/oefenen/dilemmas/{number}", ("Approach", $"Ik zou eerst de {Passage} bekijken."));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var booklet = (await beslisser.SubmitAsync("/casusboekjes/nieuw", "/casusboekjes/nieuw",
            ("Form.Title", "Casusboekje tekst verwijderen"), ("Form.Introduction", "Voor het team."), ("Form.ValidUntil", "2030-12-31"))).Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Redirect, (await beslisser.SubmitAsync($"{booklet}?zoekterm=frietzwoef", $"{booklet}/dilemmas", ("dilemmas", number))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await beslisser.SubmitAsync($"{booklet}/publiceren", $"{booklet}/publiceren")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await beslisser.SubmitAsync(booklet, $"{booklet}/export/pdf")).StatusCode);
        var bookletId = Guid.Parse(booklet["/casusboekjes/".Length..]);
        await WaitForExportAsync(bookletId);

        var before = await TablesHoldingAsync("zwoef");
        Assert.All(new[] { "dilemmas.title", "dilemmas.situation", "dilemmas.options", "dilemma_revisions.changes", "comments.body", "decisions.solution",
            "agreements.description", "practice_answers.approach", "team_meetings.notes", "outbox_messages.context", "outbox_messages.html_body", "case_booklet_entries.situation",
            "dilemma_search.document", "search_vocabulary.word" }, column => Assert.Contains(column, before));

        // Check first: where it stands, counted, without the text around it.
        var (_, form) = await beheerder.GetAsync($"/beheer/tekst-verwijderen?dilemma={number}");
        Assert.Equal(number, form.QuerySelector("input[name=Number]")?.GetAttribute("value"));
        var check = await beheerder.SubmitAsync($"/beheer/tekst-verwijderen?dilemma={number}", "/beheer/tekst-verwijderen/controleren",
            ("Number", number), ("Passage", Passage), ("Reason", "Naam van het bedrijf van de vader maakt het gezin herkenbaar (verzoek AVG art. 17)."));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var confirm = await WebSession.ParseAsync(check);
        var places = confirm.QuerySelectorAll("main li").Select(li => li.TextContent).ToList();
        Assert.Contains("Titel: 1 keer", places);
        Assert.Contains("Geschiedenis: 2 keer", places);
        Assert.Contains(places, p => p.StartsWith("Casusboekjes:", StringComparison.Ordinal));
        Assert.Contains("1 casusboekje bevat deze tekst", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(await TablesHoldingAsync("zwoef")); // nothing changed by checking

        Assert.Contains(Passage, confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // "Nee, terug" brings the form back with what was typed.
        var back = await beheerder.PostAsync("/beheer/tekst-verwijderen/terug",
            [.. confirm.QuerySelectorAll("form[action='/beheer/tekst-verwijderen'] input[type=hidden]").Select(i => (i.GetAttribute("name")!, i.GetAttribute("value")!))]);
        var again = await WebSession.ParseAsync(back);
        Assert.Equal(Passage, again.QuerySelector("textarea[name=Passage]")?.TextContent.Trim());

        // Confirm as the page does: its hidden fields carry the form on.
        var confirmed = confirm.QuerySelectorAll("form[action='/beheer/tekst-verwijderen'] input[type=hidden]")
            .Select(i => (i.GetAttribute("name")!, i.GetAttribute("value")!)).ToArray();
        var done = await beheerder.PostAsync("/beheer/tekst-verwijderen", confirmed);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal($"/dilemmas/{number}", done.Headers.Location?.OriginalString);

        Assert.Empty(await TablesHoldingAsync("zwoef"));
        Assert.Equal(0, await app.QueryAsync(db => db.BookletExports.IgnoreQueryFilters().CountAsync(e => e.CaseBookletId == bookletId)));
        Assert.NotNull(await app.QueryAsync(db => db.CaseBooklets.IgnoreQueryFilters().Where(b => b.Id == bookletId).Select(b => b.RedactedAt).SingleAsync()));

        var marker = $"[verwijderd door de beheerder op {Web.Infrastructure.DutchTime.Date(Web.Infrastructure.DutchTime.Today(app.Clock))}]";
        var (_, page) = await handhaver.GetAsync($"/dilemmas/{number}");
        Assert.Equal($"Hennep boven {marker}", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(marker, page.QuerySelector("#situatie")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var (_, bookletPage) = await beslisser.GetAsync(booklet);
        Assert.Contains("Download het casusboekje opnieuw", bookletPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var logged = await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(a => a.Action == AuditActions.Redacted && a.EntityKey == number).Select(a => a.Summary).SingleAsync());
        Assert.StartsWith($"Tekst verwijderd uit dilemma {number} (", logged, StringComparison.Ordinal);
        Assert.EndsWith("Reden: Naam van het bedrijf van de vader maakt het gezin herkenbaar (verzoek AVG art. 17).", logged, StringComparison.Ordinal);

        // Search no longer finds it by the removed words (the casusboekje page found it by them above).
        var (_, search) = await handhaver.GetAsync("/zoeken?zoekterm=frietzwoef");
        Assert.DoesNotContain(number, search.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyABeheerder_RemovesText_AndBadInputChangesNothing()
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        using var beheerder = app.CreateSession();
        await beheerder.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");
        var number = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true);

        var (page, _) = await handhaver.GetAsync($"/beheer/tekst-verwijderen?dilemma={number}");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);

        var fingerprint = await DatabaseFingerprint.TakeAsync(app);
        var cases = new ((string Name, string Value)[] Fields, string Field, string Message)[]
        {
            ([("Number", "42"), ("Passage", "hennepplantage"), ("Reason", "Herleidbaar.")], "Number", "Dit is geen dilemmanummer. Een dilemmanummer ziet eruit als 2026-0042."),
            ([("Number", "2099-9999"), ("Passage", "hennepplantage"), ("Reason", "Herleidbaar.")], "Number", "Dilemma 2099-9999 bestaat niet in deze gemeente."),
            ([("Number", number), ("Passage", "de"), ("Reason", "Herleidbaar.")], "Passage", "Geef minstens 3 tekens op"),
            ([("Number", number), ("Passage", "tekst die er niet staat"), ("Reason", "Herleidbaar.")], "Passage", $"Deze tekst komt niet als hele woorden voor in dilemma {number}."),
            ([("Number", number), ("Passage", "hennepplantage"), ("Reason", "")], "Reason", "Geef de reden"),
            ([("Number", number), ("Passage", "hennepplantage"), ("Reason", "Het woord hennepplantage moet weg.")], "Reason", "Noem de verwijderde tekst niet in de reden"),
            ([("Number", number), ("Passage", "hennepplantage"), ("Reason", "Verzoek van mevrouw Jansen.")], "Reason", "Reden bevat een naam."),
        };
        foreach (var (fields, field, message) in cases)
        {
            foreach (var action in new[] { "/beheer/tekst-verwijderen/controleren", "/beheer/tekst-verwijderen" })
            {
                var response = action.EndsWith("controleren", StringComparison.Ordinal)
                    ? await beheerder.SubmitAsync("/beheer/tekst-verwijderen", action, fields)
                    : await beheerder.PostWithSessionTokenAsync(action, fields);
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                var form = await WebSession.ParseAsync(response);
                Assert.StartsWith(message, form.QuerySelector($"#{field}-fout")?.TextContent, StringComparison.Ordinal);
            }
        }

        Assert.Empty(DatabaseFingerprint.Changed(fingerprint, await DatabaseFingerprint.TakeAsync(app)));
    }

    private async Task WaitForExportAsync(Guid bookletId)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (await app.QueryAsync(db => db.BookletExports.IgnoreQueryFilters().AnyAsync(e => e.CaseBookletId == bookletId && e.Status == BookletExportStatus.Done)))
            {
                return;
            }

            await Task.Delay(500);
        }

        Assert.Fail("The casusboekje's file was not made in a minute.");
    }

    /// <summary>Every text-holding column of every table ("table.column") whose value contains <paramref name="word"/>.</summary>
    private async Task<List<string>> TablesHoldingAsync(string word)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var command = new NpgsqlCommand("""
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY', 'tsvector')
            ORDER BY 1, 2
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        Assert.Contains(("audit_entries", "summary"), columns);
        var holding = new List<string>();
        foreach (var (table, column) in columns)
        {
            await using var command = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM \"{table}\" WHERE \"{column}\"::text ILIKE @pattern)", connection);
            command.Parameters.AddWithValue("pattern", $"%{word}%");
            if ((bool)(await command.ExecuteScalarAsync())!)
            {
                holding.Add($"{table}.{column}");
            }
        }

        return holding;
    }
}
