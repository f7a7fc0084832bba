namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>Everything the author writes in Nieuw dilemma; the shape of both creating and editing.</summary>
public sealed record DilemmaContent(
    string Title,
    string Situation,
    string Question,
    string? Interests,
    IReadOnlyList<PolicyArea> PolicyAreas,
    ChainPhase Phase,
    IReadOnlyList<string> RiskSignals,
    IReadOnlyList<DilemmaOption> Options,
    string? Proposal,
    string? LegalBasis)
{
    public const int MaxOptions = 6;
}
