using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Dilemmas;

namespace OmgekeerdHandhaven.Web.Features.TeamMeetings;

/// <summary>One agenda item as the meeting page, the agenda and the verslag show it.</summary>
public sealed record AgendaItemView(
    Guid Id, int Position, DilemmaNumber Number, string Title, string Question, DilemmaStatus Status, AgendaOutcome Outcome, string? Reason,
    DecisionView? Decision);
