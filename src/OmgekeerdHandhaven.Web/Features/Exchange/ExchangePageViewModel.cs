namespace OmgekeerdHandhaven.Web.Features.Exchange;

/// <summary>Beheer › Uitwisseling, with why an import was refused (and which items) when it was.</summary>
public sealed record ExchangePageViewModel(string? Error, IReadOnlyList<string> Problems);
