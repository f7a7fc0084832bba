namespace OmgekeerdHandhaven.Web.Features.Api;

/// <summary>
/// One page of search results (spec/api.md). <see cref="TotalEstimated"/> goes beyond the spec: true when a broad
/// search's total was estimated from a sample and rounded, so a client can show "ca.". <see cref="Match"/> says which
/// search gave the items, as the Zoeken page says it: "All" (every word), "Partial" (fewer than a handful held every
/// word; <see cref="PartialItems"/> holds the best with part of them), "Corrected" (the words as typed found nothing;
/// the items are for <see cref="SearchedFor"/>; asTyped=true searches the words as typed). <see cref="Order"/>, also
/// beyond the spec, says how the items are ordered: "Relevance", "DecidedThenNewest" (a broad search: so many matches
/// that decided dilemmas come first, newest first; another word brings the best ones up) or "Newest".
/// </summary>
public sealed record SearchResult(
    IReadOnlyList<SearchItem> Items, int Total, int Page, int PageSize, string? DidYouMean, bool TotalEstimated,
    [property: EnumValues(typeof(Search.SearchMatch))] string Match, string? SearchedFor, IReadOnlyList<SearchItem> PartialItems,
    [property: EnumValues(typeof(Search.SearchOrder))] string Order);
