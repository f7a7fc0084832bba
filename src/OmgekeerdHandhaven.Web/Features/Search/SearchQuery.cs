using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// What a user (Zoeken) or a system (API) asks for; already validated. With a <see cref="Cursor"/>, a page in a fixed
/// order starts there instead of at (Page - 1) × PageSize.
/// </summary>
public sealed record SearchQuery(
    string? Text, string? PolicyArea, DilemmaStatus? Status, ChainPhase? Phase, int? Year, bool DecidedOnly, bool Newest, int Page, int PageSize, SearchCursor? Cursor = null)
{
    /// <summary>The words exactly as typed: no spelling correction ("zoek toch naar …").</summary>
    public bool AsTyped { get; init; }

    public IReadOnlyList<string> Terms => TermsOf(Text);

    /// <summary>How much of a typed search text is used; the screens keep the rest out of the query (the API refuses it).</summary>
    public const int MaxTextLength = 200;

    /// <summary>A search box's text as a query takes it: trimmed, empty as none, cut at <see cref="MaxTextLength"/>.</summary>
    public static string? TextOf(string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? null : typed.Trim()[..Math.Min(typed.Trim().Length, MaxTextLength)];

    /// <summary>The words of a search text, at most ten.</summary>
    public static IReadOnlyList<string> TermsOf(string? text) =>
        [.. (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(10)];
}
