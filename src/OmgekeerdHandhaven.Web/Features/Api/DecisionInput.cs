namespace OmgekeerdHandhaven.Web.Features.Api;

public sealed record DecisionInput(string? Solution, string? Rationale, IReadOnlyList<AgreementInput>? Agreements);
