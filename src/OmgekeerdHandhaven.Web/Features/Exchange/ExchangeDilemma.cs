namespace OmgekeerdHandhaven.Web.Features.Exchange;

public sealed record ExchangeDilemma(
    string? SourceId, string? Title, string? Situation, string? Question, string? Interests, List<string>? PolicyAreas, string? Phase,
    List<string>? RiskSignals, string? LegalBasis, List<ExchangeOption>? Options, ExchangeDecision? Decision);
