using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.TeamMeetings;

/// <summary>A dilemma Ter bespreking that can go on the agenda; <see cref="PostponedOn"/> when an earlier meeting said "volgende keer".</summary>
public sealed record AgendaCandidate(Guid DilemmaId, DilemmaNumber Number, string Title, DateOnly? PostponedOn);
