namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

/// <summary>Someone else saved the same dilemma first; nothing of this attempt was stored.</summary>
public sealed class ConcurrencyConflictException(Exception inner) : Exception("Het dilemma is intussen door iemand anders gewijzigd.", inner);
