namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

public sealed record DecisionView(string Solution, string Rationale, string DecidedBy, DateTimeOffset DecidedAt, DateTimeOffset? SupersededAt, IReadOnlyList<AgreementView> Agreements);
