namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

/// <summary>The gemeente's lists the form offers: domains and risk signals.</summary>
public sealed record DilemmaFormChoices(IReadOnlyList<PolicyAreaChoice> PolicyAreas, IReadOnlyList<string> RiskSignals);
