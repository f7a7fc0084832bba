namespace OmgekeerdHandhaven.Web.Features.Api;

public sealed record DecisionOutput(string Solution, string Rationale, DateTimeOffset DecidedAt, string DecidedBy, IReadOnlyList<AgreementOutput> Agreements);
