namespace OmgekeerdHandhaven.Web.Features.Exchange;

/// <summary>An agreement with a term in days: due dates belong to the source's own case.</summary>
public sealed record ExchangeAgreement(string? Description, string? Responsible, int? TermDays, string? Fallback);
