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

    /// <summary>What the hits are: matches of every word, of a corrected spelling, or with partial matches below.</summary>
    public SearchMatch Match { get; init; } = SearchMatch.All;

    /// <summary>With <see cref="SearchMatch.Corrected"/>: the corrected words the hits are for (the page offers the words as typed).</summary>
    public string? SearchedFor { get; init; }

    /// <summary>With fewer than a handful of hits: the best dilemmas holding part of the words ("beste treffers met een deel ervan").</summary>
    public IReadOnlyList<SearchHit> Partial { get; init; } = [];

    /// <summary>In which order the hits come: by relevance, decided first and newest first (a broad search), or newest first.</summary>
    public SearchOrder Order { get; init; } = SearchOrder.Relevance;

    /// <summary>
    /// So many matches that they are listed decided first, newest first, instead of by relevance (the page says so, and
    /// that another word brings the best ones up).
    /// </summary>
    public bool DecidedFirstForMany => Order == SearchOrder.DecidedThenNewest;

    public void Deconstruct(out IReadOnlyList<SearchHit> hits, out int total)
    {
        hits = Hits;
        total = Total;
    }
}

/// <summary>Which search gave the hits: the page and the API say it plainly.</summary>
public enum SearchMatch
{
    /// <summary>Every word (or a synonym of it), as typed.</summary>
    All,

    /// <summary>Fewer than a handful held every word; <see cref="SearchResultPage.Partial"/> holds the best with a part of them.</summary>
    Partial,

    /// <summary>The words as typed found nothing; these are the results of a confident spelling correction.</summary>
    Corrected,
}

/// <summary>The order of the hits; the API says it, so a client can tell a broad search's order from a ranked one.</summary>
public enum SearchOrder
{
    /// <summary>Most relevant first (decided dilemmas a step up when close).</summary>
    Relevance,

    /// <summary>A broad search (more than Search:BroadSearch matches): decided dilemmas first, each part newest first.</summary>
    DecidedThenNewest,

    /// <summary>Newest first: "Nieuwste eerst", or filters without words.</summary>
    Newest,
}
