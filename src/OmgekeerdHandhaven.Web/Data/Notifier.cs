using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data;

/// <summary>
/// Adds meldingen to the unit of work of the action that causes them, so they exist exactly when the action was saved.
/// Nobody is told about their own action.
/// </summary>
public sealed class Notifier(AppDbContext db, TimeProvider clock)
{
    public void Commented(Dilemma dilemma, Actor actor, CommentKind kind) =>
        ToAuthor(dilemma, actor, NotificationKind.Commented, $"Nieuwe reactie ({kind.ToDutch().ToLowerInvariant()}) bij uw dilemma {dilemma.Number}.");

    public void Returned(Dilemma dilemma, Actor actor) =>
        ToAuthor(dilemma, actor, NotificationKind.Returned, $"Uw dilemma {dilemma.Number} is teruggestuurd.");

    public void Decided(Dilemma dilemma, Actor actor, bool revised) =>
        ToAuthor(dilemma, actor, NotificationKind.Decided, revised ? $"Het besluit over uw dilemma {dilemma.Number} is herzien." : $"Over uw dilemma {dilemma.Number} is besloten.");

    /// <summary>Every active beslisser of the gemeente hears that a dilemma waits for a decision.</summary>
    public async Task AwaitingDecisionAsync(Dilemma dilemma, Actor actor, CancellationToken cancellationToken)
    {
        var beslissers = await db.ActiveUsersInRole(Roles.Beslisser).Where(id => id != actor.UserId).ToListAsync(cancellationToken).ConfigureAwait(false);
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
            db.Add(new Notification(dilemma.MunicipalityId, dilemma.AuthorId, kind, dilemma.Number.ToString(), text, clock.GetUtcNow()));
        }
    }
}
