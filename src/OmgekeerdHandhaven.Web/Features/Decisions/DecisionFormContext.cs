using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Decisions;

/// <summary>What the decision form shows around the fields: the dilemma, the gemeente's Visie and the colleagues to pick from.</summary>
public sealed record DecisionFormContext(Dilemma Dilemma, string? Vision, IReadOnlyList<string> Colleagues, bool IsRevision);
