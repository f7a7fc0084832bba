using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Retention;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>
/// Bewaartermijnen: once a day per gemeente (once, with several instances), by the gemeente's terms on the app's clock,
/// what is past its term goes and what is not stays; the logboek gives way only to that job and only past the term.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class RetentionTests(AppFactory app)
{
    private const string Code = "GM9917";
    private const string Password = "Bewaartermijn-2026!";

    [Fact]
    public async Task TheDailyRun_RemovesWhatIsPastItsTerm_KeepsTheRest_AndRunsOnceWithThreeInstances()
    {
        var municipalityId = await GemeenteAsync();
        var beheerder = await app.CreateUserAsync(Code, Password, Roles.Beheerder);
        var leaver = await app.CreateUserAsync(Code, Password, Roles.Handhaver);
        var recentLeaver = await app.CreateUserAsync(Code, Password, Roles.Consulent);
        var now = app.Clock.GetUtcNow();

        await app.QueryAsync(async db =>
        {
            Notification Read(int daysAgo)
            {
                var n = new Notification(municipalityId, beheerder.Id, NotificationKind.Commented, "2026-0001", "Nieuwe reactie bij dilemma 2026-0001.", now.AddDays(-daysAgo - 1));
                n.MarkRead(now.AddDays(-daysAgo));
                return n;
            }

            db.Notifications.AddRange(Read(100), Read(10), new Notification(municipalityId, beheerder.Id, NotificationKind.Commented, "2026-0001", "Ongelezen.", now.AddDays(-200)));
            var booklet = new CaseBooklet(municipalityId, "Casusboekje bewaartermijn", "Inleiding.", new DateOnly(2030, 1, 1), new Actor(beheerder.Id, new HashSet<string> { Roles.Beslisser }), now.AddDays(-60));
            db.CaseBooklets.Add(booklet);
            BookletExport File(int daysAgo)
            {
                var e = new BookletExport(municipalityId, booklet.Id, BookletFormat.Pdf, beheerder.Id, now.AddDays(-daysAgo));
                e.Complete([1, 2, 3], now.AddDays(-daysAgo));
                return e;
            }

            db.BookletExports.AddRange(File(40), File(5));
            OutboxMessage Mail(string subject, int daysAgo) => new(municipalityId, beheerder.Id, NotificationKind.Commented, subject, null, null, "tekst", "<p>tekst</p>", now.AddDays(-daysAgo));
            db.OutboxMessages.AddRange(Mail("oud verstuurd", 40), Mail("oud wachtend", 40), Mail("nieuw verstuurd", 5));
            db.Add(new AuditEntry(municipalityId, beheerder.Id, DateTimeOffset.UtcNow.AddYears(-8), AuditActions.Login, "Gebruiker", "x", "Ingelogd (oud)."));
            db.Add(new AuditEntry(municipalityId, beheerder.Id, DateTimeOffset.UtcNow.AddYears(-6), AuditActions.Login, "Gebruiker", "x", "Ingelogd (jonger)."));
            db.MailPreferences.Add(new MailPreference(municipalityId, leaver.Id, NotificationKind.Decided, MailFrequency.Daily));
            await db.SaveChangesAsync();

            var tracked = await db.Users.IgnoreQueryFilters().Where(u => u.Id == leaver.Id || u.Id == recentLeaver.Id).ToListAsync();
            tracked.Single(u => u.Id == leaver.Id).Deactivate(beheerder.Id, now.AddMonths(-13));
            tracked.Single(u => u.Id == recentLeaver.Id).Deactivate(beheerder.Id, now.AddMonths(-2));
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE outbox_messages SET sent_at = created_at WHERE municipality_id = {municipalityId} AND subject IN ('oud verstuurd', 'nieuw verstuurd');
                INSERT INTO login_attempt_windows (client_hash, window_start, attempts) VALUES ('retentie-oud', {now.AddDays(-2)}, 3), ('retentie-nieuw', {now.AddMinutes(-5)}, 1);
                UPDATE municipalities SET retention_ran_on = NULL WHERE id = {municipalityId};
                """);
            return 0;
        });

        var job = app.Services.GetRequiredService<RetentionJob>();
        var ran = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => job.RunForAsync(municipalityId, CancellationToken.None))));

        Assert.Single(ran, r => r);
        var run = await app.QueryAsync(db => db.RetentionRuns.IgnoreQueryFilters().Where(r => r.MunicipalityId == municipalityId).SingleAsync());
        Assert.Equal((1, 1, 1, 1, 1), (run.ReadNotifications, run.ExportFiles, run.SentMails, run.Accounts, run.AuditEntries));
        Assert.True(run.LoginAttempts >= 1);

        Assert.Equal(["Nieuwe reactie bij dilemma 2026-0001.", "Ongelezen."], (await app.QueryAsync(db => db.Notifications.IgnoreQueryFilters()
            .Where(n => n.MunicipalityId == municipalityId).Select(n => n.Text).ToListAsync())).Order());
        Assert.Equal(1, await app.QueryAsync(db => db.BookletExports.IgnoreQueryFilters().CountAsync(e => e.MunicipalityId == municipalityId)));
        Assert.Equal(["nieuw verstuurd", "oud wachtend"], (await app.QueryAsync(db => db.OutboxMessages.IgnoreQueryFilters()
            .Where(m => m.MunicipalityId == municipalityId).Select(m => m.Subject).ToListAsync())).Order());
        Assert.Equal(["Ingelogd (jonger)."], await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.MunicipalityId == municipalityId && a.EntityKey == "x").Select(a => a.Summary).ToListAsync()));
        Assert.Equal(["retentie-nieuw"], await app.QueryAsync(db => db.Database.SqlQuery<string>($"SELECT client_hash AS \"Value\" FROM login_attempt_windows WHERE client_hash LIKE 'retentie-%'").ToListAsync()));

        // The long-gone colleague is "Voormalig medewerker": no e-mail, password or mail choices; the recent one is untouched.
        var gone = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().SingleAsync(u => u.Id == leaver.Id));
        Assert.Equal((ApplicationUser.FormerColleague, null, null), (gone.DisplayName, gone.Email, gone.PasswordHash));
        Assert.NotNull(gone.AnonymisedAt);
        Assert.False(await app.QueryAsync(db => db.MailPreferences.IgnoreQueryFilters().AnyAsync(p => p.UserId == leaver.Id)));
        var stays = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().SingleAsync(u => u.Id == recentLeaver.Id));
        Assert.Equal(recentLeaver.Email, stays.Email);
        Assert.Null(stays.AnonymisedAt);

        // A second run the same day does nothing; the page shows the run.
        Assert.False(await job.RunForAsync(municipalityId, CancellationToken.None));
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(beheerder.Email!, Password);
        var (_, page) = await session.GetAsync("/beheer/bewaartermijnen");
        Assert.Contains("Geanonimiseerde accounts", page.GetElementById("laatste-ronde")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("90", page.QuerySelector("input[name='Form.ReadNotificationsDays']")?.GetAttribute("value"));
        // Beheer › Gebruikers lists the anonymised account without a way to change or reactivate it.
        Assert.Equal(HttpStatusCode.Conflict, (await session.Client.GetAsync($"/beheer/gebruikers/{leaver.Id}")).StatusCode);
        var (_, users) = await session.GetAsync("/beheer/gebruikers");
        Assert.Contains(users.QuerySelectorAll("tbody tr"), row => row.TextContent.Contains(ApplicationUser.FormerColleague, StringComparison.Ordinal) && row.TextContent.Contains("Geanonimiseerd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheLogboek_GivesWayOnlyToTheRetentionJob_AndOnlyPastTheTerm()
    {
        var municipalityId = await GemeenteAsync();
        var old = Guid.NewGuid();
        var recent = Guid.NewGuid();
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await Execute(connection, $"""
            INSERT INTO audit_entries (id, municipality_id, actor_id, at, action, entity_type, entity_key, summary) VALUES
            ('{old}', '{municipalityId}', NULL, now() - interval '8 years', 'inloggen', 'Gebruiker', 'trigger', 'oud'),
            ('{recent}', '{municipalityId}', NULL, now() - interval '6 years', 'inloggen', 'Gebruiker', 'trigger', 'jonger')
            """);

        var withoutJob = await Assert.ThrowsAsync<PostgresException>(() => Execute(connection, $"DELETE FROM audit_entries WHERE id = '{old}'"));
        Assert.Contains("Het logboek kan niet worden gewijzigd of verwijderd.", withoutJob.MessageText, StringComparison.Ordinal);
        var recentWithJob = await Assert.ThrowsAsync<PostgresException>(() =>
            Execute(connection, $"BEGIN; SET LOCAL oh.audit_retention = 'on'; DELETE FROM audit_entries WHERE id = '{recent}'; COMMIT;"));
        Assert.Contains("Het logboek kan niet", recentWithJob.MessageText, StringComparison.Ordinal);
        await Execute(connection, "ROLLBACK");
        var update = await Assert.ThrowsAsync<PostgresException>(() =>
            Execute(connection, $"BEGIN; SET LOCAL oh.audit_retention = 'on'; UPDATE audit_entries SET summary = 'anders' WHERE id = '{old}'; COMMIT;"));
        Assert.Contains("Het logboek kan niet", update.MessageText, StringComparison.Ordinal);
        await Execute(connection, "ROLLBACK");

        await Execute(connection, $"BEGIN; SET LOCAL oh.audit_retention = 'on'; DELETE FROM audit_entries WHERE id = '{old}'; COMMIT;");
        Assert.Equal(["jonger"], await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(a => a.EntityKey == "trigger").Select(a => a.Summary).ToListAsync()));
    }

    [Fact]
    public async Task TheTerms_AreTheBeheerdersToSet_WithDutchErrorsNextToTheField()
    {
        await GemeenteAsync();
        var beheerder = await app.CreateUserAsync(Code, Password, Roles.Beheerder);
        var beslisser = await app.CreateUserAsync(Code, Password, Roles.Beslisser);
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(beheerder.Email!, Password);
        using var other = app.CreateSession();
        await other.LoginSuccessfullyAsync(beslisser.Email!, Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.Client.GetAsync("/beheer/bewaartermijnen")).StatusCode);
        var wrong = await session.SubmitAsync("/beheer/bewaartermijnen", "/beheer/bewaartermijnen",
            ("Form.ReadNotificationsDays", "drie maanden"), ("Form.ExportFilesDays", "30"), ("Form.SentMailDays", "30"), ("Form.DeactivatedAccountsMonths", "0"), ("Form.AuditLogYears", "7"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var form = await WebSession.ParseAsync(wrong);
        Assert.Equal("Gelezen meldingen: vul een heel getal in van 7 tot en met 365 dagen.", form.QuerySelector("#Form_ReadNotificationsDays-fout")?.TextContent);
        Assert.Equal("Gedeactiveerde accounts: vul een heel getal in van 1 tot en met 60 maanden.", form.QuerySelector("#Form_DeactivatedAccountsMonths-fout")?.TextContent);
        Assert.Equal("drie maanden", form.QuerySelector("input[name='Form.ReadNotificationsDays']")?.GetAttribute("value"));

        var saved = await session.SubmitAsync("/beheer/bewaartermijnen", "/beheer/bewaartermijnen",
            ("Form.ReadNotificationsDays", "60"), ("Form.ExportFilesDays", "14"), ("Form.SentMailDays", "30"), ("Form.DeactivatedAccountsMonths", "6"), ("Form.AuditLogYears", "10"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var terms = await app.QueryAsync(db => db.Municipalities.AsNoTracking().Where(m => m.Code == Code).Select(m => m.Retention).SingleAsync());
        Assert.Equal((60, 14, 30, 6, 10), (terms.ReadNotificationsDays, terms.ExportFilesDays, terms.SentMailDays, terms.DeactivatedAccountsMonths, terms.AuditLogYears));
        Assert.True(await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().AnyAsync(a => a.Action == AuditActions.RetentionChanged && a.Summary.Contains("logboek 10 jaar"))));

        // Back to the defaults for the other tests of this gemeente.
        await app.QueryAsync(async db =>
        {
            var m = await db.Municipalities.SingleAsync(m => m.Code == Code);
            m.ChangeRetention(RetentionTerms.Default);
            return await db.SaveChangesAsync();
        });
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static readonly SemaphoreSlim Creating = new(1, 1);

    private async Task<Guid> GemeenteAsync()
    {
        await Creating.WaitAsync();
        try
        {
            if (await app.QueryAsync(db => db.Municipalities.Where(m => m.Code == Code).Select(m => (Guid?)m.Id).SingleOrDefaultAsync()) is { } id)
            {
                return id;
            }

            return await app.QueryAsync(async db =>
            {
                var municipality = new Municipality("Gemeente Bewaartermijn", Code);
                db.Municipalities.Add(municipality);
                await db.SaveChangesAsync();
                return municipality.Id;
            });
        }
        finally
        {
            Creating.Release();
        }
    }
}
