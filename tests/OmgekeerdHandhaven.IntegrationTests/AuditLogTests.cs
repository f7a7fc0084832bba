using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests;

[Collection(SharedApp.Name)]
public sealed class AuditLogTests(AppFactory app)
{
    private const string Password = "een lang testwachtwoord";

    private Task<List<string>> ActionsOnUserAsync(Guid userId) =>
        app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(a => a.EntityKey == userId.ToString()).OrderBy(a => a.At).Select(a => a.Action).ToListAsync());

    [Fact]
    public async Task LoginsFailedLoginsAndDeniedAccess_AreInTheLogboek()
    {
        var user = await app.CreateUserAsync("GM0000", Password, Roles.Consulent);
        using var session = app.CreateSession();

        await session.LoginAsync(user.Email!, "niet het goede wachtwoord");
        await session.LoginSuccessfullyAsync(user.Email!, Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/beheer/gebruikers")).Response.StatusCode);

        Assert.Equal([AuditActions.LoginFailed, AuditActions.Login], await ActionsOnUserAsync(user.Id));
        var denied = await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(a => a.ActorId == user.Id && a.Action == AuditActions.AccessDenied).ToListAsync());
        Assert.Equal("GET /beheer/gebruikers", Assert.Single(denied).EntityKey);
    }

    [Fact]
    public async Task EditReturnResubmitDecideReviseAndWithdraw_EachWriteTheirLogboekLine()
    {
        using var author = app.CreateSession();
        using var beslisser = app.CreateSession();
        await author.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var areas = await DilemmaSteps.PolicyAreaIdsAsync(app, "GM0000", "Participatiewet");
        var decided = await DilemmaSteps.CreateHennepAsync(author, app, submit: true);
        var withdrawn = await DilemmaSteps.CreateHennepAsync(author, app, submit: false);

        await author.SubmitAsync($"/dilemmas/{decided}/wijzigen", $"/dilemmas/{decided}/wijzigen",
            [.. DilemmaSteps.HennepFields(areas, ("Title", "Bijstandsgezin met hennepplantage, aangescherpt")), ("Command", "opslaan")]);
        await beslisser.SubmitAsync($"/dilemmas/{decided}/terugsturen", $"/dilemmas/{decided}/terugsturen", ("Reason", "Meer context graag."));
        await author.SubmitAsync($"/dilemmas/{decided}", $"/dilemmas/{decided}/indienen");
        await DilemmaSteps.DecideAsync(beslisser, decided, ("Solution", "Middenweg"), ("Rationale", "Visie"));
        await DilemmaSteps.DecideAsync(beslisser, decided, ("Solution", "Herziene middenweg"), ("Rationale", "Nieuwe feiten"));
        await author.SubmitAsync($"/dilemmas/{withdrawn}/intrekken", $"/dilemmas/{withdrawn}/intrekken", ("Reason", "Dubbel gemeld."));

        var municipality = await app.QueryAsync(db => db.Municipalities.Where(m => m.Code == "GM0000").Select(m => m.Id).SingleAsync());
        Task<List<string>> ActionsOnAsync(string number) => app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.MunicipalityId == municipality && a.EntityKey == number).OrderBy(a => a.At).Select(a => a.Action).ToListAsync());
        Assert.Equal(
            [AuditActions.Create, AuditActions.Submit, AuditActions.Edit, AuditActions.Return, AuditActions.Submit, AuditActions.Decide, AuditActions.Revise],
            await ActionsOnAsync(decided));
        Assert.Equal([AuditActions.Create, AuditActions.Withdraw], await ActionsOnAsync(withdrawn));
    }

    [Fact]
    public async Task UserChangesByABeheerder_AreInTheLogboek()
    {
        using var admin = app.CreateSession();
        await admin.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");
        var email = $"audit-{Guid.NewGuid():N}@voorbeeld.nl";
        await admin.SubmitAsync("/beheer/gebruikers/nieuw", "/beheer/gebruikers/nieuw", ("DisplayName", "Nieuwe Collega"), ("Email", email), ("Roles", Roles.Consulent));
        var id = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        await admin.SubmitAsync($"/beheer/gebruikers/{id}", $"/beheer/gebruikers/{id}", ("DisplayName", "Nieuwe Collega"), ("Roles", Roles.Handhaver));
        await admin.SubmitAsync($"/beheer/gebruikers/{id}/deactiveren", $"/beheer/gebruikers/{id}/deactiveren");

        Assert.Equal([AuditActions.UserCreated, AuditActions.UserChanged, AuditActions.UserDeactivated], await ActionsOnUserAsync(id));
    }

    [Fact]
    public async Task Logboek_FiltersByAction_ShowsOnlyOwnGemeente_AndExportsCsv()
    {
        using var admin = app.CreateSession();
        await admin.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");

        var (response, page) = await admin.GetAsync("/beheer/logboek?actie=" + Uri.EscapeDataString(AuditActions.Decide));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal(AuditActions.Decide, row.Children[2].TextContent));
        Assert.DoesNotContain("marktkraam", page.Body?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Ingrid Mulder", page.QuerySelector("table")?.TextContent, StringComparison.Ordinal);

        var csv = await admin.Client.GetAsync("/beheer/logboek.csv?actie=" + Uri.EscapeDataString(AuditActions.Decide));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Tijdstip;Gebruiker;Actie;Object;Omschrijving", lines[0]);
        Assert.Equal(rows.Length, lines.Length - 1);
        Assert.All(lines.Skip(1), line => Assert.Contains($"\"{AuditActions.Decide}\"", line, StringComparison.Ordinal));
    }

    /// <summary>The CSV is written a thousand lines at a time: more than that arrive whole, newest first, each line once.</summary>
    [Fact]
    public async Task LogboekCsv_OverSeveralBatches_HasEveryLineOnce_NewestFirst()
    {
        var run = $"CSVTEST-{Guid.NewGuid():N}"[..20];
        const int count = 2_345;
        await app.QueryAsync(async db =>
        {
            var gemeente = await db.Municipalities.IgnoreQueryFilters().Where(m => m.Code == "GM0000").Select(m => m.Id).SingleAsync();
            // Long ago, so they stay out of the first pages other tests read.
            var start = new DateTimeOffset(2020, 1, 1, 9, 0, 0, TimeSpan.Zero);
            db.AuditEntries.AddRange(Enumerable.Range(0, count).Select(i =>
                new AuditEntry(gemeente, null, start.AddMinutes(i), AuditActions.Edit, "Dilemma", $"{run}-{i:0000}", "Testregel voor de export.")));
            return await db.SaveChangesAsync();
        });
        using var admin = app.CreateSession();
        await admin.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");

        var csv = await admin.Client.GetAsync($"/beheer/logboek.csv?object={run}");

        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var keys = lines.Skip(1).Select(l => System.Text.RegularExpressions.Regex.Match(l, run + @"-(\d{4})").Groups[1].Value).ToList();
        Assert.Equal(count, keys.Count);
        Assert.Equal(Enumerable.Range(0, count).Reverse().Select(i => i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)), keys);
    }

    [Fact]
    public async Task Logboek_IsForBeheerdersOnly()
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");

        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/beheer/logboek")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.GetAsync("/beheer/logboek.csv")).StatusCode);
    }

    [Fact]
    public async Task Logboek_CannotBeChangedOrDeletedInTheDatabase()
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE audit_entries SET summary = 'gewist'", connection);
        await using var delete = new NpgsqlCommand("DELETE FROM audit_entries", connection);

        var updateError = await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        var deleteError = await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync());

        Assert.Contains("logboek", updateError.MessageText, StringComparison.Ordinal);
        Assert.Contains("logboek", deleteError.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logboek_NamesAWerkoverlegByDateAndTeam_WithALink_NotByItsId()
    {
        using var beslisser = app.CreateSession();
        using var admin = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        await admin.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");
        var (_, form) = await beslisser.GetAsync("/werkoverleggen/nieuw");
        var attendee = form.QuerySelector("input[name='Form.Attendees']")!.GetAttribute("value")!;
        var planned = await beslisser.SubmitAsync("/werkoverleggen/nieuw", "/werkoverleggen/nieuw",
            ("Form.Date", "2027-03-17"), ("Form.Team", "Team Logboekcontrole"), ("Form.Attendees", attendee));
        var url = planned.Headers.Location!.OriginalString;

        var (_, page) = await admin.GetAsync("/beheer/logboek?object=" + Uri.EscapeDataString(url["/werkoverleggen/".Length..]));

        var link = page.QuerySelector("tbody tr td:nth-child(4) a");
        Assert.Equal(url, link?.GetAttribute("href"));
        Assert.Equal("Werkoverleg 17 maart 2027, Team Logboekcontrole", link?.TextContent);
        Assert.Equal("1 regel", page.QuerySelector("caption")?.TextContent);
    }

    [Fact]
    public async Task DeactivatingOneself_IsShownAsAnError_NotAsASuccess()
    {
        using var admin = app.CreateSession();
        await admin.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");
        var id = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().Where(u => u.Email == "beheerder@voorbeeld.nl").Select(u => u.Id).SingleAsync());

        // The page offers no button for one's own account; a stale page or a second tab can still send it.
        var response = await admin.PostWithSessionTokenAsync($"/beheer/gebruikers/{id}/deactiveren");
        var (_, page) = await admin.GetAsync(response.Headers.Location!.OriginalString);

        Assert.Equal("U kunt uw eigen account niet deactiveren.", page.QuerySelector(".utrecht-alert--error")?.TextContent.Trim());
        Assert.Null(page.QuerySelector(".utrecht-alert--ok"));
    }
}
