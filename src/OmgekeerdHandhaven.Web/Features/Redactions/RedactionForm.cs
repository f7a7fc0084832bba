namespace OmgekeerdHandhaven.Web.Features.Redactions;

/// <summary>Beheer › Tekst verwijderen: which dilemma, the exact passage, and why (for the logboek).</summary>
public sealed class RedactionForm
{
    public string? Number { get; set; }

    public string? Passage { get; set; }

    public string? Reason { get; set; }
}
