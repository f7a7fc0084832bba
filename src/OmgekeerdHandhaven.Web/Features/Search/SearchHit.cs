using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// One result. <see cref="Snippet"/> is HTML-escaped text whose only markup is &lt;mark&gt;; <see cref="ImportedFrom"/>
/// names the gemeente a dilemma was taken over from.
/// </summary>
public sealed record SearchHit(
    DilemmaNumber Number, string Title, DilemmaStatus Status, string Snippet, IReadOnlyList<string> PolicyAreas, DateTimeOffset? DecidedAt, double Score,
    string? ImportedFrom = null);
