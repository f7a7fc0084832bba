using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

/// <summary>A werkoverleg that had this dilemma on its agenda, and what it did with it.</summary>
public sealed record MeetingMention(Guid MeetingId, DateOnly Date, string Team, AgendaOutcome Outcome);
