namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>A decision as another gemeente took it, from an exchange document.</summary>
public sealed record ImportedDecision(string Solution, string Rationale, DateTimeOffset DecidedAt, IReadOnlyList<AgreementTerms> Agreements);
