namespace OmgekeerdHandhaven.Web.Features.Exchange;

public sealed record ExchangeDecision(string? Solution, string? Rationale, DateOnly? DecidedAt, List<ExchangeAgreement>? Agreements);
