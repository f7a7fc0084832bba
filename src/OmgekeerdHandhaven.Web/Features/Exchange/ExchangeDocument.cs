namespace OmgekeerdHandhaven.Web.Features.Exchange;

/// <summary>
/// Exchange format v1 (spec/exchange-format.md): decided dilemmas without staff names, for another gemeente or a
/// knowledge platform. Everything is nullable so that a missing field gets a Dutch error naming it, not a parse failure.
/// </summary>
public sealed record ExchangeDocument(string? Format, int? Version, DateTimeOffset? ExportedAt, ExchangeSource? Source, List<ExchangeDilemma>? Dilemmas)
{
    public const string FormatName = "dilemmaregister-exchange";
}
