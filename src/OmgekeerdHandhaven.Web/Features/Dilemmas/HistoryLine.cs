namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

public sealed record HistoryLine(DateTimeOffset At, string Actor, string Action, string Summary);
