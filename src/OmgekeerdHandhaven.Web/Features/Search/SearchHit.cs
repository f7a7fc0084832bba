using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>One result. <see cref="Snippet"/> is HTML-escaped text whose only markup is &lt;mark&gt;.</summary>
public sealed record SearchHit(DilemmaNumber Number, string Title, DilemmaStatus Status, string Snippet, IReadOnlyList<string> PolicyAreas, DateTimeOffset? DecidedAt, double Score);
