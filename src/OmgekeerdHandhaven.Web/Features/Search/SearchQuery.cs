using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>What a user (Zoeken) or a system (API) asks for; already validated.</summary>
public sealed record SearchQuery(
    string? Text, string? PolicyArea, DilemmaStatus? Status, ChainPhase? Phase, int? Year, bool DecidedOnly, bool Newest, int Page, int PageSize)
{
    public IReadOnlyList<string> Terms { get; } =
        [.. (Text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(10)];
}
