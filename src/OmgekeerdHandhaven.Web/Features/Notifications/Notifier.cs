using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure;

namespace OmgekeerdHandhaven.Web.Features.Notifications;

/// <summary>
/// Adds meldingen to the unit of work of the action that causes them, so they exist exactly when the action was saved —
/// and with each melding its e-mail in the outbox, in the same save. Nobody is told about their own action.
/// "Wacht op een besluit" is not mailed one by one: beslissers get a daily overview of those.
/// </summary>
public sealed class Notifier(AppDbContext db, TimeProvider clock, Mail.MailComposer mails)
{
    public void Commented(Dilemma dilemma, Actor actor, CommentKind kind) =>
        ToAuthor(dilemma, actor, NotificationKind.Commented, $"Nieuwe reactie ({kind.ToDutch().ToLowerInvariant()}) bij uw dilemma {dilemma.Number}.");

    public void Returned(Dilemma dilemma, Actor actor) =>
        ToAuthor(dilemma, actor, NotificationKind.Returned, $"Uw dilemma {dilemma.Number} is teruggestuurd.");

    public void Decided(Dilemma dilemma, Actor actor, bool revised) =>
        ToAuthor(dilemma, actor, NotificationKind.Decided, revised ? $"Het besluit over uw dilemma {dilemma.Number} is herzien." : $"Over uw dilemma {dilemma.Number} is besloten.");

    /// <summary>
    /// A colleague made responsible for an agreement hears so. On a revision, only for an agreement that is new to them
    /// (not one they already had, with the same description and deadline, in the decision it replaces).
    /// </summary>
    public void ResponsibleForAgreements(Dilemma dilemma, Decision decision, Actor actor)
    {
        // The decision just taken is passed in, not looked up: while two beslissers decide at once, the dilemma as read
        // may already hold the other's decision too (the database refuses the second one when it is saved).
        var earlier = dilemma.Decisions.Where(d => d != decision && !d.IsCurrent).OrderByDescending(d => d.DecidedAt).FirstOrDefault()?.Agreements ?? [];
        foreach (var agreement in decision.Agreements)
        {
            if (agreement.ResponsibleUserId is { } userId && !actor.Is(userId)
                && !earlier.Any(e => e.ResponsibleUserId == userId && e.Description == agreement.Description && e.DueDate == agreement.DueDate))
            {
                Add(dilemma, new Notification(dilemma.MunicipalityId, userId, NotificationKind.ResponsibleForAgreement, dilemma.Number.ToString(),
                    $"U bent verantwoordelijk voor een afspraak bij dilemma {dilemma.Number}, deadline {DutchTime.Date(agreement.DueDate)}.", clock.GetUtcNow()));
            }
        }
    }

    /// <summary>
    /// Once a dilemma is decided, returned or withdrawn, "wacht op een besluit" is no longer true: the meldingen go.
    /// Runs as one statement inside the caller's transaction, after the change itself was saved — so of two beslissers
    /// deciding at once only the one whose decision stands removes them, and the other's attempt conflicts on the dilemma.
    /// </summary>
    public Task NoLongerAwaitingDecisionAsync(Dilemma dilemma, CancellationToken cancellationToken)
    {
        var number = dilemma.Number.ToString();
        return db.Notifications.Where(n => n.Kind == NotificationKind.AwaitingDecision && n.DilemmaNumber == number)
            .ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The author hears which werkoverleg will discuss their dilemma, so they can be there.</summary>
    public void OnAgenda(Dilemma dilemma, TeamMeeting meeting, Actor actor) =>
        ToAuthor(dilemma, actor, NotificationKind.OnAgenda,
            $"Uw dilemma {dilemma.Number} staat op de agenda van het werkoverleg van {DutchTime.Date(meeting.Date)}.");

    /// <summary>Every active beslisser of the gemeente hears that a dilemma waits for a decision.</summary>
    public async Task AwaitingDecisionAsync(Dilemma dilemma, Actor actor, CancellationToken cancellationToken)
    {
        var beslissers = await db.ActiveUsersInRole(Roles.Beslisser).Where(id => id != actor.UserId).ToListAsync(cancellationToken);
        foreach (var id in beslissers)
        {
            db.Add(new Notification(dilemma.MunicipalityId, id, NotificationKind.AwaitingDecision, dilemma.Number.ToString(),
                $"Dilemma {dilemma.Number} wacht op een besluit.", clock.GetUtcNow()));
        }
    }

    private void ToAuthor(Dilemma dilemma, Actor actor, NotificationKind kind, string text)
    {
        if (!actor.Is(dilemma.AuthorId))
        {
            Add(dilemma, new Notification(dilemma.MunicipalityId, dilemma.AuthorId, kind, dilemma.Number.ToString(), text, clock.GetUtcNow()));
        }
    }

    private void Add(Dilemma dilemma, Notification notification)
    {
        db.Add(notification);
        db.Add(mails.For(notification, dilemma.Title));
    }
}
