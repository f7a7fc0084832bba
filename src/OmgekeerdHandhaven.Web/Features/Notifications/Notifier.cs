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
    /// <summary>
    /// A reactie: who is named in it (@Naam) hears so; who asked a question nobody else had reacted to yet hears it was
    /// answered; the other followers hear of a new reactie — each colleague once, with the most specific melding. The
    /// commenter follows the dilemma from now on, unless they chose not to.
    /// </summary>
    public async Task CommentedAsync(Dilemma dilemma, Actor actor, Comment comment, CancellationToken cancellationToken)
    {
        await FollowByDefaultAsync(dilemma, actor.UserId, cancellationToken);
        var told = new HashSet<Guid> { actor.UserId };
        foreach (var id in await MentionedAsync(comment.Body, cancellationToken))
        {
            Tell(dilemma, id, told, NotificationKind.Mentioned, $"U wordt genoemd in een reactie bij dilemma {dilemma.Number}.");
        }

        foreach (var id in await OpenQuestionersAsync(dilemma, comment, cancellationToken))
        {
            Tell(dilemma, id, told, NotificationKind.QuestionAnswered, $"Er is gereageerd op uw vraag bij dilemma {dilemma.Number}.");
        }

        var kind = comment.Kind.ToDutch().ToLowerInvariant();
        foreach (var id in await FollowersAsync(dilemma, cancellationToken))
        {
            Tell(dilemma, id, told, NotificationKind.Commented, id == dilemma.AuthorId
                ? $"Nieuwe reactie ({kind}) bij uw dilemma {dilemma.Number}."
                : $"Nieuwe reactie ({kind}) bij dilemma {dilemma.Number}, dat u volgt.");
        }
    }

    /// <summary>The author hears it even without following: they are the one to act on it.</summary>
    public async Task ReturnedAsync(Dilemma dilemma, Actor actor, CancellationToken cancellationToken)
    {
        ToAuthor(dilemma, actor, NotificationKind.Returned, $"Uw dilemma {dilemma.Number} is teruggestuurd.");
        await ToFollowersAsync(dilemma, actor, NotificationKind.Returned, $"Uw dilemma {dilemma.Number} is teruggestuurd.",
            $"Dilemma {dilemma.Number}, dat u volgt, is teruggestuurd.", cancellationToken, alsoTold: dilemma.AuthorId);
    }

    public Task DecidedAsync(Dilemma dilemma, Actor actor, bool revised, CancellationToken cancellationToken) =>
        ToFollowersAsync(dilemma, actor, NotificationKind.Decided,
            revised ? $"Het besluit over uw dilemma {dilemma.Number} is herzien." : $"Over uw dilemma {dilemma.Number} is besloten.",
            revised ? $"Het besluit over dilemma {dilemma.Number}, dat u volgt, is herzien." : $"Over dilemma {dilemma.Number}, dat u volgt, is besloten.",
            cancellationToken);

    /// <summary>The author of a new dilemma follows it.</summary>
    public void Created(Dilemma dilemma) =>
        db.DilemmaFollowers.Add(new DilemmaFollower(dilemma.MunicipalityId, dilemma.Id, dilemma.AuthorId, following: true, clock.GetUtcNow()));

    /// <summary>
    /// A colleague made responsible for an agreement hears so, and follows the dilemma. On a revision, only for an agreement that is new to them
    /// (not one they already had, with the same description and deadline, in the decision it replaces).
    /// </summary>
    public async Task ResponsibleForAgreementsAsync(Dilemma dilemma, Decision decision, Actor actor, CancellationToken cancellationToken)
    {
        // The decision just taken is passed in, not looked up: while two beslissers decide at once, the dilemma as read
        // may already hold the other's decision too (the database refuses the second one when it is saved).
        var earlier = dilemma.Decisions.Where(d => d != decision && !d.IsCurrent).OrderByDescending(d => d.DecidedAt).FirstOrDefault()?.Agreements ?? [];
        foreach (var agreement in decision.Agreements)
        {
            if (agreement.ResponsibleUserId is { } userId && !actor.Is(userId)
                && !earlier.Any(e => e.ResponsibleUserId == userId && e.Description == agreement.Description && e.DueDate == agreement.DueDate))
            {
                await FollowByDefaultAsync(dilemma, userId, cancellationToken);
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

    /// <summary>The participants hear that the agenda is ready, with the meeting's date and team and a link — nothing of the dilemmas.</summary>
    public void AgendaReady(TeamMeeting meeting, IEnumerable<Guid> participants)
    {
        var when = $"{DutchTime.Date(meeting.Date)} ({meeting.Team})";
        var items = meeting.Items.Count == 1 ? "1 punt" : $"{meeting.Items.Count} punten";
        foreach (var id in participants)
        {
            var notification = Notification.About(meeting.MunicipalityId, id, NotificationKind.AgendaReady, $"/werkoverleggen/{meeting.Id}",
                $"De agenda van het werkoverleg van {when} staat klaar: {items}.", clock.GetUtcNow());
            db.Add(notification);
            db.Add(mails.For(notification, $"Werkoverleg van {when}", notification.Path, "Bekijk de agenda"));
        }
    }

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

    private async Task ToFollowersAsync(
        Dilemma dilemma, Actor actor, NotificationKind kind, string toAuthor, string toFollower, CancellationToken cancellationToken, Guid? alsoTold = null)
    {
        var told = new HashSet<Guid> { actor.UserId };
        if (alsoTold is { } already)
        {
            told.Add(already);
        }

        foreach (var id in await FollowersAsync(dilemma, cancellationToken))
        {
            Tell(dilemma, id, told, kind, id == dilemma.AuthorId ? toAuthor : toFollower);
        }
    }

    private void Tell(Dilemma dilemma, Guid recipientId, HashSet<Guid> told, NotificationKind kind, string text)
    {
        if (told.Add(recipientId))
        {
            Add(dilemma, new Notification(dilemma.MunicipalityId, recipientId, kind, dilemma.Number.ToString(), text, clock.GetUtcNow()));
        }
    }

    /// <summary>Active colleagues following the dilemma (a deactivated one is told nothing).</summary>
    private Task<List<Guid>> FollowersAsync(Dilemma dilemma, CancellationToken cancellationToken) =>
        db.DilemmaFollowers.Where(f => f.DilemmaId == dilemma.Id && f.Following)
            .Join(db.Users.Where(u => u.IsActive), f => f.UserId, u => u.Id, (f, u) => u.Id).ToListAsync(cancellationToken);

    /// <summary>Follows unless this colleague already follows or chose "Niet meer volgen" (also earlier in this save).</summary>
    private async Task FollowByDefaultAsync(Dilemma dilemma, Guid userId, CancellationToken cancellationToken)
    {
        var known = db.ChangeTracker.Entries<DilemmaFollower>().Any(e => e.Entity.DilemmaId == dilemma.Id && e.Entity.UserId == userId)
            || await db.DilemmaFollowers.AnyAsync(f => f.DilemmaId == dilemma.Id && f.UserId == userId, cancellationToken);
        if (!known)
        {
            db.DilemmaFollowers.Add(new DilemmaFollower(dilemma.MunicipalityId, dilemma.Id, userId, following: true, clock.GetUtcNow()));
        }
    }

    /// <summary>
    /// Colleagues named as "@Naam" in the text: active colleagues of this gemeente (the query filter keeps it to
    /// the gemeente), matched on their whole display name, not followed by more letters.
    /// </summary>
    private async Task<List<Guid>> MentionedAsync(string body, CancellationToken cancellationToken)
    {
        if (!body.Contains('@', StringComparison.Ordinal))
        {
            return [];
        }

        var colleagues = await db.ActiveColleagues().Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        return [.. Mentions.Named(body, colleagues.Select(c => (c.Id, c.DisplayName)))];
    }

    /// <summary>Who asked a question on the dilemma that nobody but themselves had reacted to before this reactie.</summary>
    private async Task<IEnumerable<Guid>> OpenQuestionersAsync(Dilemma dilemma, Comment comment, CancellationToken cancellationToken)
    {
        var earlier = await db.Comments.Where(c => c.DilemmaId == dilemma.Id && c.Id != comment.Id).OrderBy(c => c.CreatedAt)
            .Select(c => new { c.AuthorId, c.Kind }).ToListAsync(cancellationToken);
        var open = new HashSet<Guid>();
        foreach (var earlierComment in earlier)
        {
            open.RemoveWhere(asker => asker != earlierComment.AuthorId);
            if (earlierComment.Kind == CommentKind.Question)
            {
                open.Add(earlierComment.AuthorId);
            }
        }

        var active = await db.Users.Where(u => open.Contains(u.Id) && u.IsActive).Select(u => u.Id).ToListAsync(cancellationToken);
        return active;
    }

    private void Add(Dilemma dilemma, Notification notification)
    {
        db.Add(notification);
        db.Add(mails.For(notification, dilemma.Title));
    }
}
