using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Dilemmas;
using OmgekeerdHandhaven.Web.Infrastructure;

namespace OmgekeerdHandhaven.Web.Features.TeamMeetings;

/// <summary>Loads a werkoverleg for its page, its printed agenda and its verslag, in a fixed number of queries.</summary>
public sealed class TeamMeetingPageBuilder(AppDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The meeting with its agenda; <paramref name="withCandidates"/> adds the dilemmas that can still go on it, which
    /// only the meeting page offers (not the printed agenda, the verslag or their PDFs).
    /// </summary>
    public async Task<TeamMeetingPageViewModel?> BuildAsync(Guid id, Actor actor, CancellationToken cancellationToken, MeetingNotesForm? notesForm = null, bool withCandidates = false)
    {
        var meeting = await db.TeamMeetings.AsNoTracking().Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return null;
        }

        var dilemmaIds = meeting.Items.Select(i => i.DilemmaId).ToList();
        var dilemmas = await db.Dilemmas.AsNoTracking().Where(d => dilemmaIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Year, d.Sequence, d.Title, d.Question, d.Status })
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        var decisionIds = meeting.Items.Where(i => i.DecisionId is not null).Select(i => i.DecisionId!.Value).ToList();
        var decisions = await db.Decisions.AsNoTracking().Include(x => x.Agreements).Where(x => decisionIds.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, cancellationToken);

        var userIds = meeting.AttendeeIds.Concat(decisions.Values.Select(x => x.DecidedById)).ToHashSet();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        var today = DutchTime.Today(clock);
        DecisionView? ToView(Guid? decisionId) => decisionId is { } key && decisions.TryGetValue(key, out var x)
            ? new DecisionView(x.Solution, x.Rationale, names.GetValueOrDefault(x.DecidedById, "onbekend"), x.DecidedAt, x.SupersededAt,
                [.. x.Agreements.OrderBy(a => a.DueDate).Select(a => new AgreementView(a.Id, a.Description, a.Responsible, a.DueDate, a.Fallback, a.Status, a.StatusNote, a.IsOverdue(today)))])
            : null;

        var items = meeting.Items.Where(i => dilemmas.ContainsKey(i.DilemmaId)).Select(i =>
        {
            var d = dilemmas[i.DilemmaId];
            return new AgendaItemView(i.Id, i.Position, new DilemmaNumber(d.Year, d.Sequence), d.Title, d.Question, d.Status, i.Outcome, i.Reason, ToView(i.DecisionId));
        }).ToList();

        return new TeamMeetingPageViewModel(
            meeting.Id, meeting.Date, meeting.Team,
            [.. meeting.AttendeeIds.Where(names.ContainsKey).Select(a => names[a]).Order(StringComparer.Create(DutchTime.Culture, ignoreCase: true))],
            items,
            withCandidates && TeamMeeting.CanPlan(actor) ? await CandidatesAsync(meeting, cancellationToken) : [],
            notesForm ?? new MeetingNotesForm { Notes = meeting.Notes, Version = meeting.Version },
            TeamMeeting.CanPlan(actor),
            actor.IsBeslisser)
        {
            AgendaSentAt = meeting.AgendaSentAt,
        };
    }

    /// <summary>
    /// Dilemmas Ter bespreking not yet on this agenda; those an earlier werkoverleg kept for "volgende keer" first,
    /// then the longest waiting.
    /// </summary>
    private async Task<IReadOnlyList<AgendaCandidate>> CandidatesAsync(TeamMeeting meeting, CancellationToken cancellationToken)
    {
        var onAgenda = meeting.Items.Select(i => i.DilemmaId).ToList();
        var open = await db.Dilemmas.AsNoTracking()
            .Where(d => d.Status == DilemmaStatus.UnderDiscussion && !onAgenda.Contains(d.Id))
            .OrderBy(d => d.SubmittedAt)
            .Select(d => new { d.Id, d.Year, d.Sequence, d.Title })
            .Take(200)
            .ToListAsync(cancellationToken);
        var ids = open.Select(d => d.Id).ToList();
        var postponed = await db.AgendaItems.AsNoTracking()
            .Where(i => i.Outcome == AgendaOutcome.NextTime && ids.Contains(i.DilemmaId))
            .Join(db.TeamMeetings, i => i.TeamMeetingId, m => m.Id, (i, m) => new { i.DilemmaId, m.Date })
            .GroupBy(x => x.DilemmaId)
            .Select(g => new { DilemmaId = g.Key, Date = g.Max(x => x.Date) })
            .ToDictionaryAsync(x => x.DilemmaId, x => x.Date, cancellationToken);
        return [.. open
            .Select(d => new AgendaCandidate(d.Id, new DilemmaNumber(d.Year, d.Sequence), d.Title, postponed.TryGetValue(d.Id, out var date) ? date : null))
            .OrderBy(c => c.PostponedOn is null)];
    }
}
