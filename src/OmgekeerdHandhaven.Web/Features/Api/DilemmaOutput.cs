namespace OmgekeerdHandhaven.Web.Features.Api;

public sealed record DilemmaOutput(
    string Number, string Title, string Situation, string Question, string? Interests, IReadOnlyList<string> PolicyAreas, [property: EnumValues(typeof(Domain.ChainPhase))] string Phase,
    IReadOnlyList<string> RiskSignals, IReadOnlyList<OptionOutput> Options, string? Proposal, string? LegalBasis, [property: EnumValues(typeof(Domain.DilemmaStatus))] string Status, uint Version,
    DateTimeOffset CreatedAt, string Author, DecisionOutput? Decision, IReadOnlyList<DecisionOutput> SupersededDecisions, int CommentCount);
