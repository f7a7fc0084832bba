namespace OmgekeerdHandhaven.Web.Features.Exchange;

public sealed record ExchangeSource(string? Gemeente, string? Code);
