namespace OmgekeerdHandhaven.Web.Features.Logbook;

public sealed record LogbookLine(DateTimeOffset At, string Actor, string Action, string Subject, string Summary);
