namespace OmgekeerdHandhaven.Web.Features.Api;

public sealed record SearchResult(IReadOnlyList<SearchItem> Items, int Total, int Page, int PageSize, string? DidYouMean);
