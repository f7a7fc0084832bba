using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// One result: its snippet as labelled plain-text parts with the hits as data; <see cref="ImportedFrom"/> names the
/// gemeente a dilemma was taken over from.
/// </summary>
public sealed record SearchHit(
    DilemmaNumber Number, string Title, DilemmaStatus Status, SearchSnippet Snippet, IReadOnlyList<string> PolicyAreas, DateTimeOffset? DecidedAt, double Score,
    string? ImportedFrom = null);
