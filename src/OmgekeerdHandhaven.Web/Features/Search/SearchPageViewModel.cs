using OmgekeerdHandhaven.Web.Features.Dilemmas;

namespace OmgekeerdHandhaven.Web.Features.Search;

public sealed record SearchPageViewModel(SearchQuery Query, IReadOnlyList<SearchHit> Hits, int Total, SearchFacets? Facets, IReadOnlyList<PolicyAreaChoice> PolicyAreas, IReadOnlyList<int> Years, bool Searched, string? DidYouMean = null, SearchCursor? First = null, SearchCursor? Last = null, bool TotalEstimated = false)
{
    public SearchMatch Match { get; init; } = SearchMatch.All;

    /// <inheritdoc cref="SearchResultPage.SearchedFor"/>
    public string? SearchedFor { get; init; }

    /// <inheritdoc cref="SearchResultPage.Partial"/>
    public IReadOnlyList<SearchHit> Partial { get; init; } = [];

    /// <inheritdoc cref="SearchResultPage.DecidedFirstForMany"/>
    public bool DecidedFirstForMany { get; init; }

    /// <summary>"zoek toch naar …": the words as typed, without correcting them.</summary>
    public string AsTypedUrl => (this with { Query = Query with { AsTyped = true } }).Url(1, Query.Text);

    public int PageCount => Math.Max(1, (Total + Query.PageSize - 1) / Query.PageSize);

    /// <summary>"61 dilemma's gevonden", or "ca. 61.000 dilemma's gevonden" for a broad search.</summary>
    public string Found => Total == 0 && Partial.Count > 0 ? "Geen dilemma met alle woorden"
        : Total == 1 && !TotalEstimated ? "1 dilemma gevonden" : $"{Estimates.Dutch(Total, TotalEstimated)} dilemma's gevonden";

    /// <summary>"Pagina 2 van 5"; null past the last page (a page number typed by hand): "Geen verdere resultaten" says it.</summary>
    public string? PageOf => Query.Page > PageCount && !TotalEstimated ? null : $"Pagina {Query.Page} van {Estimates.Dutch(PageCount, TotalEstimated)}";

    /// <summary>
    /// Whether a next page exists. An estimated total may be a little off either way, so then a full page is what
    /// promises more.
    /// </summary>
    public bool HasNext => TotalEstimated ? Hits.Count == Query.PageSize : Query.Page < PageCount;

    /// <summary>
    /// An option label with its facet count, e.g. "Jeugdhulp (3)" or, for a broad search, "Jeugdhulp (ca. 1.200)";
    /// without a search, just the label.
    /// </summary>
    public static string Label<TKey>(string label, SearchFacets? facets, Func<SearchFacets, IReadOnlyDictionary<TKey, int>> counts, TKey key)
        where TKey : notnull
    {
        if (facets is null)
        {
            return label;
        }

        if (counts(facets).TryGetValue(key, out var count))
        {
            return $"{label} ({Estimates.Dutch(count, facets.Estimated)})";
        }

        return facets.Estimated ? $"{label} (minder dan {Estimates.Dutch(facets.UnseenBelow, estimated: false)})" : $"{label} (0)";
    }

    /// <summary>The next page, continuing after this page's last row when the order allows (fast however deep).</summary>
    public string NextUrl => WithCursor(Url(Query.Page + 1), "na", Last);

    /// <summary>The page before; page 1 needs no cursor.</summary>
    public string PreviousUrl => Query.Page - 1 <= 1 ? Url(1) : WithCursor(Url(Query.Page - 1), "voor", First);

    private static string WithCursor(string url, string name, SearchCursor? cursor) =>
        cursor is null ? url : $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{name}={cursor.Token}";

    /// <summary>
    /// The same search on another page: the state lives in the URL, so it can be shared and the back button works. A
    /// corrected search pages on with the corrected words.
    /// </summary>
    public string Url(int page) => Url(page, Match == SearchMatch.Corrected ? SearchedFor : Query.Text);

    public string Url(int page, string? text)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("zoekterm", text);
        Add("domein", Query.PolicyArea);
        Add("status", Query.Status?.ToString());
        Add("fase", Query.Phase?.ToString());
        Add("jaar", Query.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("besloten", Query.DecidedOnly ? "true" : null);
        Add("sorteer", Query.Newest ? "nieuwste" : null);
        Add("pagina", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        Add("letterlijk", Query.AsTyped && text == Query.Text ? "ja" : null);
        return "/zoeken" + (parts.Count == 0 ? string.Empty : "?" + string.Join("&", parts));
    }
}
