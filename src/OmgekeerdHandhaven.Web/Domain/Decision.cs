namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// A besluit: the agreed solution with its motivation and agreements. A revision adds a new decision and marks
/// this one superseded; it stays readable.
/// </summary>
public sealed class Decision : ITenantOwned
{
    private readonly List<Agreement> _agreements = [];

    private Decision()
    {
        Solution = Rationale = string.Empty;
    }

    internal Decision(Guid municipalityId, string solution, string rationale, Guid decidedById, DateTimeOffset decidedAt, IEnumerable<AgreementTerms> agreements)
    {
        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        Solution = solution.Trim();
        Rationale = rationale.Trim();
        DecidedById = decidedById;
        DecidedAt = decidedAt;
        _agreements.AddRange(agreements.Select(a => new Agreement(municipalityId, a)));
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid DilemmaId { get; private set; }

    public string Solution { get; private set; }

    public string Rationale { get; private set; }

    public Guid DecidedById { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    public DateTimeOffset? SupersededAt { get; private set; }

    public bool IsCurrent => SupersededAt is null;

    public IReadOnlyList<Agreement> Agreements => _agreements;

    internal void Supersede(DateTimeOffset at) => SupersededAt = at;

    public void Redact(Redaction redaction)
    {
        Solution = redaction.Apply(Solution, "Besluiten", maxLength: 10_000);
        Rationale = redaction.Apply(Rationale, "Besluiten", maxLength: 10_000);
        foreach (var agreement in _agreements)
        {
            agreement.Redact(redaction);
        }
    }
}
