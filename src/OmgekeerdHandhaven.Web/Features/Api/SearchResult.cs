namespace OmgekeerdHandhaven.Web.Features.Api;

/// <summary>
/// One page of search results (spec/api.md). <see cref="TotalEstimated"/> goes beyond the spec: true when a broad
/// search's total was estimated from a sample and rounded, so a client can show "ca.".
/// </summary>
public sealed record SearchResult(IReadOnlyList<SearchItem> Items, int Total, int Page, int PageSize, string? DidYouMean, bool TotalEstimated);
