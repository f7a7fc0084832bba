namespace OmgekeerdHandhaven.Web.Features.TeamMeetings;

public sealed record TeamMeetingListItem(Guid Id, DateOnly Date, string Team, int Items, int Discussed);

/// <summary>Werkoverleggen: the coming ones first (soonest on top), then the earlier ones (latest on top).</summary>
public sealed record TeamMeetingListViewModel(IReadOnlyList<TeamMeetingListItem> Coming, IReadOnlyList<TeamMeetingListItem> Earlier, bool CanPlan);
