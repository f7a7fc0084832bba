using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

/// <summary>Loads what the dilemma page needs in a fixed number of queries, whatever the number of comments or revisions.</summary>
public sealed class DilemmaPageBuilder(AppDbContext db, Search.DilemmaSearch search, TimeProvider clock)
{
    public async Task<DilemmaPageViewModel> BuildAsync(Dilemma dilemma, Actor actor, CancellationToken cancellationToken, CommentForm? commentForm = null)
    {
        var comments = await db.Comments.AsNoTracking().Where(c => c.DilemmaId == dilemma.Id).OrderBy(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
        var revisions = dilemma.Revisions.OrderByDescending(r => r.Number).ToList();
        var key = dilemma.Number.ToString();
        var history = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "Dilemma" && a.EntityKey == key).OrderBy(a => a.At)
            .ToListAsync(cancellationToken);

        var userIds = new HashSet<Guid> { dilemma.AuthorId };
        userIds.UnionWith(dilemma.Decisions.Select(d => d.DecidedById));
        userIds.UnionWith(comments.Select(c => c.AuthorId));
        userIds.UnionWith(revisions.Select(r => r.EditedById));
        userIds.UnionWith(history.Where(h => h.ActorId is not null).Select(h => h.ActorId!.Value));
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string Name(Guid? id) => id is { } value && names.TryGetValue(value, out var name) ? name : "onbekend";

        var today = DutchTime.Today(clock);
        DecisionView ToView(Decision d) => new(
            d.Solution, d.Rationale, Name(d.DecidedById), d.DecidedAt, d.SupersededAt,
            [.. d.Agreements.OrderBy(a => a.DueDate).Select(a => new AgreementView(a.Id, a.Description, a.Responsible, a.DueDate, a.Fallback, a.Status, a.StatusNote, a.IsOverdue(today)))]);

        var current = dilemma.CurrentDecision;
        var meetings = await db.AgendaItems.AsNoTracking().Where(i => i.DilemmaId == dilemma.Id)
            .Join(db.TeamMeetings, i => i.TeamMeetingId, m => m.Id, (i, m) => new { m.Id, m.Date, m.Team, i.Outcome })
            .OrderBy(m => m.Date)
            .Select(m => new MeetingMention(m.Id, m.Date, m.Team, m.Outcome))
            .ToListAsync(cancellationToken);
        var booklets = await db.CaseBookletEntries.AsNoTracking().Where(e => e.DilemmaId == dilemma.Id)
            .Join(db.CaseBooklets.Where(b => b.PublishedAt != null), e => e.CaseBookletId, b => b.Id, (e, b) => new { b.Id, b.Title, PublishedAt = b.PublishedAt!.Value })
            .OrderBy(b => b.PublishedAt)
            .Select(b => new BookletMention(b.Id, b.Title, b.PublishedAt))
            .ToListAsync(cancellationToken);
        var following = await db.DilemmaFollowers.AnyAsync(f => f.DilemmaId == dilemma.Id && f.UserId == actor.UserId && f.Following, cancellationToken);
        var similar = await search.SimilarAsync(actor, dilemma.Title, dilemma.Question, dilemma.Id, cancellationToken);
        return new DilemmaPageViewModel(
            dilemma,
            Name(dilemma.AuthorId),
            current is null ? null : ToView(current),
            [.. dilemma.Decisions.Where(d => !d.IsCurrent).OrderByDescending(d => d.DecidedAt).Select(ToView)],
            [.. comments.Select(c => new CommentView(c.Kind, c.Body, Name(c.AuthorId), c.CreatedAt))],
            [.. revisions.Select(r => new RevisionView(r.Number, Name(r.EditedById), r.EditedAt,
                [.. r.Changes.Select(c => new RevisionFieldView(c.Field, TextDiff.Words(c.Before, c.After)))]))],
            [.. history.Select(h => new HistoryLine(h.At, h.ActorId is null ? "systeem" : Name(h.ActorId), h.Action, h.Summary))],
            new DilemmaPermissions(
                Edit: dilemma.CanEdit(actor),
                Submit: dilemma.CanSubmit(actor),
                Return: dilemma.CanReturn(actor),
                Decide: dilemma.CanDecide(actor) && dilemma.Status == DilemmaStatus.UnderDiscussion,
                Revise: dilemma.CanDecide(actor) && dilemma.Status == DilemmaStatus.Decided,
                Withdraw: dilemma.CanWithdraw(actor),
                Comment: dilemma.CanComment(actor),
                FollowUpAgreements: Dilemma.CanFollowUpAgreements(actor) && current is not null,
                Redact: actor.IsBeheerder),
            commentForm ?? new CommentForm(),
            similar,
            meetings,
            booklets,
            meetings.FirstOrDefault(m => m.Outcome == AgendaOutcome.Pending && m.Date >= today),
            following);
    }
}
