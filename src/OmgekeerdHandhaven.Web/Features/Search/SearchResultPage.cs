namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// One page of results and the number of matches. <see cref="First"/> and <see cref="Last"/> are set when the page came
/// in a fixed order, so the links to the neighbouring pages can continue from them (keyset pagination).
/// <see cref="TotalEstimated"/>: a broad search's total is estimated from a sample (rounded).
/// </summary>
public sealed record SearchResultPage(IReadOnlyList<SearchHit> Hits, int Total, SearchCursor? First = null, SearchCursor? Last = null, bool TotalEstimated = false)
{
    /// <summary>How many each filter value would give (each facet ignoring its own filter); null when nothing was searched.</summary>
    public SearchFacets? Facets { get; init; }

    /// <summary>"Bedoelde u …?" when the words found fewer than a handful.</summary>
    public string? DidYouMean { get; init; }

    public void Deconstruct(out IReadOnlyList<SearchHit> hits, out int total)
    {
        hits = Hits;
        total = Total;
    }
}
