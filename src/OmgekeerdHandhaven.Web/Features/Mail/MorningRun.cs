using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure;

namespace OmgekeerdHandhaven.Web.Features.Mail;

/// <summary>
/// Every morning from 06.55 Dutch time — just before the overview of 07.00, so what a colleague chose to get daily goes
/// in today's — the register tells people what is due: a colleague's agreement due within three days, or past its
/// deadline (each once, as a melding and by their e-mail choice), and every beslisser the dilemmas waiting for a
/// decision. Checked every poll, so a morning the app was down is caught up when it starts; each reminder is claimed
/// with a conditional update, so with several instances it is made once.
/// </summary>
public sealed partial class MorningRun(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<MailOptions> options, MailComposer composer, ILogger<MorningRun> logger) : DailyPoll(logger)
{
    public static readonly TimeOnly StartsAt = new(6, 55);

    protected override bool Enabled => options.Value.MorningRun;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(options.Value.PollSeconds, 1) * 12);

    public override async Task RunAsync(CancellationToken cancellationToken)
    {
        var local = DutchTime.Local(clock.GetUtcNow());
        if (TimeOnly.FromDateTime(local.DateTime) < StartsAt)
        {
            return;
        }

        var today = DateOnly.FromDateTime(local.DateTime);
        await RemindAgreementsAsync(today, cancellationToken);
        if (options.Value.Enabled)
        {
            // Only a mail, and today's only: made while mail is off, they would all go out at once when it is switched on.
            await OverviewForBeslissersAsync(today, cancellationToken);
        }
    }

    private sealed record Due(Guid Id, Guid MunicipalityId, Guid ResponsibleUserId, DateOnly DueDate, Guid DilemmaId);

    private async Task RemindAgreementsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var soon = today.AddDays(Agreement.RemindDaysAhead);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // A second instance running the same statement waits for the first one's rows and then finds them reminded.
            var dueSoon = await db.Database.SqlQuery<Due>($"""
                UPDATE agreements a SET due_soon_reminded_at = {now}
                FROM decisions d
                WHERE d.id = a.decision_id AND d.superseded_at IS NULL AND a.status = 'Open' AND a.responsible_user_id IS NOT NULL
                  AND a.overdue_reminded_at IS NULL AND a.due_soon_reminded_at IS NULL AND a.due_date BETWEEN {today} AND {soon}
                  AND EXISTS (SELECT 1 FROM users u WHERE u.id = a.responsible_user_id AND u.is_active)
                  -- A revised decision copies an unchanged agreement: reminded under the old decision counts.
                  AND NOT EXISTS (SELECT 1 FROM agreements o JOIN decisions od ON od.id = o.decision_id
                                  WHERE od.dilemma_id = d.dilemma_id AND od.superseded_at IS NOT NULL AND o.due_soon_reminded_at IS NOT NULL
                                    AND o.responsible_user_id = a.responsible_user_id AND o.description = a.description AND o.due_date = a.due_date)
                RETURNING a.id, a.municipality_id, a.responsible_user_id, a.due_date, d.dilemma_id
                """).ToListAsync(cancellationToken);
            var overdue = await db.Database.SqlQuery<Due>($"""
                UPDATE agreements a SET overdue_reminded_at = {now}
                FROM decisions d
                WHERE d.id = a.decision_id AND d.superseded_at IS NULL AND a.status = 'Open' AND a.responsible_user_id IS NOT NULL
                  AND a.overdue_reminded_at IS NULL AND a.due_date < {today}
                  AND EXISTS (SELECT 1 FROM users u WHERE u.id = a.responsible_user_id AND u.is_active)
                  AND NOT EXISTS (SELECT 1 FROM agreements o JOIN decisions od ON od.id = o.decision_id
                                  WHERE od.dilemma_id = d.dilemma_id AND od.superseded_at IS NOT NULL AND o.overdue_reminded_at IS NOT NULL
                                    AND o.responsible_user_id = a.responsible_user_id AND o.description = a.description AND o.due_date = a.due_date)
                RETURNING a.id, a.municipality_id, a.responsible_user_id, a.due_date, d.dilemma_id
                """).ToListAsync(cancellationToken);
            if (dueSoon.Count + overdue.Count == 0)
            {
                return;
            }

            var dilemmaIds = dueSoon.Concat(overdue).Select(a => a.DilemmaId).Distinct().ToList();
            var dilemmas = await db.Dilemmas.IgnoreQueryFilters([AppDbContext.TenantFilter]).Where(d => dilemmaIds.Contains(d.Id))
                .Select(d => new { d.Id, d.Year, d.Sequence, d.Title }).ToDictionaryAsync(d => d.Id, cancellationToken);
            foreach (var (agreement, late) in dueSoon.Select(a => (a, false)).Concat(overdue.Select(a => (a, true))))
            {
                var dilemma = dilemmas[agreement.DilemmaId];
                var number = new DilemmaNumber(dilemma.Year, dilemma.Sequence).ToString();
                var days = agreement.DueDate.DayNumber - today.DayNumber;
                var text = late
                    ? $"Uw afspraak bij dilemma {number} is verlopen: de deadline was {DutchTime.Date(agreement.DueDate)}."
                    : $"Uw afspraak bij dilemma {number} moet {(days == 0 ? "vandaag" : days == 1 ? "morgen" : $"over {days} dagen")} klaar zijn ({DutchTime.Date(agreement.DueDate)}).";
                var notification = new Notification(agreement.MunicipalityId, agreement.ResponsibleUserId, NotificationKind.AgreementDue, number, text, now);
                db.Notifications.Add(notification);
                db.OutboxMessages.Add(composer.For(notification, $"Dilemma {number}: {dilemma.Title}", $"/dilemmas/{number}#afspraak-{agreement.Id}", "Bekijk de afspraak"));
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    private sealed record Waiting(Guid MunicipalityId, int Year, int Sequence, string Title);

    /// <summary>Per gemeente once a day: each active beslisser who wants it gets the list of dilemmas Ter bespreking.</summary>
    private async Task OverviewForBeslissersAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.Database.SqlQuery<Guid>($"""
                UPDATE municipalities SET decision_overview_sent_on = {today}
                WHERE decision_overview_sent_on IS NULL OR decision_overview_sent_on < {today}
                RETURNING id AS "Value"
                """).ToListAsync(cancellationToken);
            if (claimed.Count == 0)
            {
                return;
            }

            var waiting = await db.Dilemmas.IgnoreQueryFilters([AppDbContext.TenantFilter])
                .Where(d => claimed.Contains(d.MunicipalityId) && d.Status == DilemmaStatus.UnderDiscussion)
                .OrderBy(d => d.SubmittedAt).Select(d => new Waiting(d.MunicipalityId, d.Year, d.Sequence, d.Title)).ToListAsync(cancellationToken);
            var beslissers = await (
                from user in db.Users.IgnoreQueryFilters([AppDbContext.TenantFilter])
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where role.Name == Roles.Beslisser && user.IsActive && claimed.Contains(user.MunicipalityId)
                select new { user.Id, user.MunicipalityId }).ToListAsync(cancellationToken);
            foreach (var beslisser in beslissers)
            {
                var theirs = waiting.Where(w => w.MunicipalityId == beslisser.MunicipalityId).ToList();
                if (theirs.Count > 0)
                {
                    db.OutboxMessages.Add(composer.DecisionOverview(beslisser.MunicipalityId, beslisser.Id,
                        [.. theirs.Select(w => (new DilemmaNumber(w.Year, w.Sequence).ToString(), w.Title))]));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

}
