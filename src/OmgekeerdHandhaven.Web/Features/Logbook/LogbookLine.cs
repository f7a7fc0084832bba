namespace OmgekeerdHandhaven.Web.Features.Logbook;

/// <summary>One logboek line as shown: the object by name (a werkoverleg's date and team, a casusboekje's title) with a link to it where it still exists.</summary>
public sealed record LogbookLine(DateTimeOffset At, string Actor, string Action, string Subject, string Summary, string? SubjectUrl = null);
