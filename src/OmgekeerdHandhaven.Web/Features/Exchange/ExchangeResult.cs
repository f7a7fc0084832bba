namespace OmgekeerdHandhaven.Web.Features.Exchange;

/// <summary>What an import did: new dilemmas, changed ones, and ones already up to date.</summary>
public sealed record ExchangeResult(int Imported, int Updated, int Skipped);
