using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Infrastructure.Seeding;

/// <summary>One anonymised demo dilemma and the path it takes through the lifecycle. Days are counted back from today.</summary>
internal sealed record DemoCase(
    string Author,
    int CreatedDaysAgo,
    DilemmaStatus Target,
    string Title,
    string Situation,
    string Question,
    string? Interests,
    string[] Areas,
    ChainPhase Phase,
    string[] Signals,
    (string Description, string Consequences)[] Options,
    string? Proposal,
    string? LegalBasis)
{
    public DemoDecision? Decision { get; init; }

    public DemoDecision? Revision { get; init; }

    public (CommentKind Kind, string Author, string Body)[] Comments { get; init; } = [];

    /// <summary>A later, sharper title: gives the dilemma a revision in its history.</summary>
    public string? EditedTitle { get; init; }

    public string? ReturnReason { get; init; }

    public string? WithdrawReason { get; init; }
}
