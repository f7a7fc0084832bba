namespace OmgekeerdHandhaven.Web.Features.Exchange;

public sealed record ExchangeOption(string? Description, string? Consequences);
