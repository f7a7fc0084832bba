namespace OmgekeerdHandhaven.Web.Features.Api;

public sealed record DilemmaInput(
    string? Title, string? Situation, string? Question, string? Interests, IReadOnlyList<string>? PolicyAreas, [property: EnumValues(typeof(Domain.ChainPhase))] string? Phase,
    IReadOnlyList<string>? RiskSignals, IReadOnlyList<OptionInput>? Options, string? Proposal, string? LegalBasis);
