namespace OmgekeerdHandhaven.Web.Features.Api;

/// <summary>
/// One search result. <c>snippet</c> is the spec's HTML form (escaped, &lt;mark&gt; as only markup); <c>snippetParts</c> give
/// the same as plain text per labelled part, with the hits as ranges, for clients that are not browsers.
/// </summary>
public sealed record SearchItem(
    string Number, string Title, [property: EnumValues(typeof(Domain.DilemmaStatus))] string Status, string Snippet, IReadOnlyList<SnippetPartOutput> SnippetParts, IReadOnlyList<string> PolicyAreas, DateTimeOffset? DecidedAt, double Score);
