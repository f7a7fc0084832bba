using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure;

namespace OmgekeerdHandhaven.Web.Features.Retention;

/// <summary>
/// Once a day per gemeente the register removes what it no longer needs, by the gemeente's bewaartermijnen: read
/// meldingen, files of casusboekjes, sent mails, the personal data of long-deactivated accounts, logboek entries past
/// their term, and (for all) login-attempt counts. Each gemeente's day is claimed with a conditional update, so with
/// several instances it runs once; a day the app was down is caught up at the next start. All of a gemeente's removals
/// and the record of them are one transaction.
/// </summary>
public sealed partial class RetentionJob(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionJob> logger) : DailyPoll(logger)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.Value.PollMinutes);

    /// <summary>Every gemeente whose day has not run yet: claimed and applied, each in its own transaction.</summary>
    public override async Task RunAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var ids = await db.Municipalities.Select(m => m.Id).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            await RunForAsync(id, cancellationToken);
        }
    }

    /// <summary>The gemeente's run of today, unless another instance (or an earlier poll) already made it. True when this one did.</summary>
    public async Task<bool> RunForAsync(Guid municipalityId, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var today = DutchTime.Today(clock);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            // A retry after a transient failure starts from the database, not from what the failed attempt tracked.
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE municipalities SET retention_ran_on = {today}
                WHERE id = {municipalityId} AND (retention_ran_on IS NULL OR retention_ran_on < {today})
                """, cancellationToken);
            if (claimed == 0)
            {
                return false;
            }

            var run = await ApplyAsync(db, municipalityId, cancellationToken);
            db.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogRan(logger, run.ReadNotifications, run.ExportFiles, run.SentMails, run.Accounts, run.AuditEntries, run.LoginAttempts);
            return true;
        });
    }

    private async Task<RetentionRun> ApplyAsync(AppDbContext db, Guid municipalityId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var terms = await db.Municipalities.AsNoTracking().Where(m => m.Id == municipalityId).Select(m => m.Retention).SingleAsync(cancellationToken);

        var readBefore = now.AddDays(-terms.ReadNotificationsDays);
        var notifications = await db.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM notifications WHERE municipality_id = {municipalityId} AND read_at < {readBefore}", cancellationToken);

        // A file still being made is left alone; it is removed once it is old and done (or failed).
        var filesBefore = now.AddDays(-terms.ExportFilesDays);
        var files = await db.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM booklet_exports WHERE municipality_id = {municipalityId} AND requested_at < {filesBefore} AND status <> 'Running' AND status <> 'Queued'", cancellationToken);

        // Waiting mails stay whatever their age: they have yet to go (or to be offered again by the Beheerder).
        var mailBefore = now.AddDays(-terms.SentMailDays);
        var mails = await db.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM outbox_messages WHERE municipality_id = {municipalityId} AND created_at < {mailBefore} AND (sent_at IS NOT NULL OR failed_at IS NOT NULL OR bundled_into_id IS NOT NULL)",
            cancellationToken);

        var accounts = await AnonymiseAsync(db, municipalityId, now.AddMonths(-terms.DeactivatedAccountsMonths), now, cancellationToken);

        // The trigger lets this transaction, and only past the term by the database's own clock too, remove entries.
        var auditBefore = now.AddYears(-terms.AuditLogYears);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL oh.audit_retention = 'on'", cancellationToken);
        var audit = await db.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM audit_entries WHERE municipality_id = {municipalityId} AND at < LEAST({auditBefore}, now() - make_interval(years => {terms.AuditLogYears}))",
            cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL oh.audit_retention = 'off'", cancellationToken);

        var attemptsBefore = now - RetentionTerms.LoginAttempts;
        var attempts = await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM login_attempt_windows WHERE window_start < {attemptsBefore}", cancellationToken);

        // Searches without results serve Beheer › Synoniemen for 90 days, no longer.
        var missesBefore = DateOnly.FromDateTime((now - SearchMiss.KeptFor).UtcDateTime);
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM search_misses WHERE municipality_id = {municipalityId} AND day < {missesBefore}", cancellationToken);

        var runsBefore = now.AddYears(-1);
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM retention_runs WHERE municipality_id = {municipalityId} AND ran_at < {runsBefore}", cancellationToken);

        return new RetentionRun(municipalityId, now, notifications, files, mails, accounts, audit, attempts);
    }

    /// <summary>
    /// Deactivated longer than the term: "Voormalig medewerker", and everything that ties the account to the person —
    /// sign-in links of the gemeente account, second-factor keys, sessions, tokens, mail choices, follows, their meldingen
    /// and mails — is removed. Their dilemmas, reacties and logboek lines stay.
    /// </summary>
    private static async Task<int> AnonymiseAsync(AppDbContext db, Guid municipalityId, DateTimeOffset deactivatedBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var users = await db.Users.IgnoreQueryFilters([AppDbContext.TenantFilter])
            .Where(u => u.MunicipalityId == municipalityId && !u.IsActive && u.AnonymisedAt == null && u.DeactivatedAt < deactivatedBefore)
            .ToListAsync(cancellationToken);
        if (users.Count == 0)
        {
            return 0;
        }

        var ids = users.Select(u => u.Id).ToArray();
        foreach (var user in users)
        {
            user.Anonymise(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        // The name typed as Verantwoordelijke of their afspraken goes too (the search document follows by its trigger).
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE agreements SET responsible = {ApplicationUser.FormerColleague} WHERE responsible_user_id = ANY({ids});
            DELETE FROM user_logins WHERE user_id = ANY({ids});
            DELETE FROM user_claims WHERE user_id = ANY({ids});
            DELETE FROM user_tokens WHERE user_id = ANY({ids});
            DELETE FROM user_sessions WHERE user_id = ANY({ids});
            DELETE FROM access_tokens WHERE user_id = ANY({ids});
            DELETE FROM mail_preferences WHERE user_id = ANY({ids});
            DELETE FROM dilemma_followers WHERE user_id = ANY({ids});
            DELETE FROM notifications WHERE recipient_id = ANY({ids});
            DELETE FROM outbox_messages WHERE recipient_id = ANY({ids});
            """, cancellationToken);
        return users.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bewaartermijnen toegepast: {Notifications} meldingen, {Files} bestanden, {Mails} e-mails, {Accounts} accounts, {Audit} logboekregels, {Attempts} inlogpogingen verwijderd")]
    private static partial void LogRan(ILogger logger, int notifications, int files, int mails, int accounts, int audit, int attempts);
}
