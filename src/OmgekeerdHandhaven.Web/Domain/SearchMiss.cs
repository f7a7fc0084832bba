namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// How often, on one day, consulenten of a gemeente searched words that found no or few dilemmas: what the register
/// does not yet know by those words (Beheer › Synoniemen, "Zoekopdrachten zonder resultaat"). No user is kept, and the
/// words only when the privacy guard passes them (<see cref="Words"/> null: counted, not kept). Kept 90 days.
/// </summary>
public sealed class SearchMiss : ITenantOwned
{
    /// <summary>How long the counts are kept, and the period the Beheer list covers.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(90);

    public const int WordsMaxLength = 200;

    private SearchMiss()
    {
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public DateOnly Day { get; private set; }

    /// <summary>The words, lower case with single spaces; null when they held personal data.</summary>
    public string? Words { get; private set; }

    public int Searches { get; private set; }

    /// <summary>The most dilemmas holding every word that one of these searches found (0: none at all).</summary>
    public int MostFound { get; private set; }
}
