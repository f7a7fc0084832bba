namespace OmgekeerdHandhaven.Web.Features.TeamMeetings;

/// <summary>One werkoverleg: its agenda with outcomes, the dilemmas that can still go on it, and the notes for the verslag.</summary>
public sealed record TeamMeetingPageViewModel(
    Guid Id, DateOnly Date, string Team, IReadOnlyList<string> Attendees, IReadOnlyList<AgendaItemView> Items,
    IReadOnlyList<AgendaCandidate> Candidates, MeetingNotesForm Notes, bool CanPlan, bool CanDecide)
{
    public int Discussed => Items.Count(i => i.Outcome != Domain.AgendaOutcome.Pending);

    /// <summary>After a colleague saved notes meanwhile: their notes as stored, shown beside the user's own to merge.</summary>
    public string? ColleagueNotes { get; init; }

    /// <summary>When the agenda was last sent round to the participants.</summary>
    public DateTimeOffset? AgendaSentAt { get; init; }
}
