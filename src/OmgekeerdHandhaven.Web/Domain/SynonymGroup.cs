namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// Words a gemeente uses for the same thing (jargon, abbreviations): a search for any of them finds all of them.
/// Extends the default thesaurus shipped with the app; kept per gemeente under Beheer › Synoniemen.
/// </summary>
public sealed class SynonymGroup : ITenantOwned
{
    public const int MaxTerms = 12;
    public const int TermMaxLength = 60;

    private SynonymGroup()
    {
        Terms = [];
    }

    public SynonymGroup(Guid municipalityId, IEnumerable<string> terms, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        Terms = Normalise(terms);
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    /// <summary>Lower-case terms in the order given, each at most once; a term may be several words ("persoonsgebonden budget").</summary>
    public IReadOnlyList<string> Terms { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public void Change(IEnumerable<string> terms, DateTimeOffset now)
    {
        Terms = Normalise(terms);
        UpdatedAt = now;
    }

    /// <summary>Splits what a Beheerder typed ("Wmo, wet maatschappelijke ondersteuning") into clean terms.</summary>
    public static IReadOnlyList<string> Parse(string? input) =>
        Normalise((input ?? string.Empty).Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string[] Normalise(IEnumerable<string> terms) =>
        [.. terms.Select(t => string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)];
}
