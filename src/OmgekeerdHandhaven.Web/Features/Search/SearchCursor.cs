using System.Globalization;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// Where a page starts when results come in a fixed order (newest first, or decided then newest): just after the last row
/// of the page before, or, going back, just before the first row of the page after. The next page is then a seek in
/// the index instead of skipping all earlier matches, so page 500 costs what page 2 costs. Lives in the URL (na=, voor=).
/// </summary>
public sealed record SearchCursor(bool Decided, DateTimeOffset UpdatedAt, Guid Id, bool Backward = false)
{
    /// <summary>E.g. "1.639012345678901234.3f2504e04f8911d39a0c0305e82c3301": decided, UTC ticks, id.</summary>
    public string Token => string.Create(CultureInfo.InvariantCulture, $"{(Decided ? 1 : 0)}.{UpdatedAt.UtcTicks}.{Id:N}");

    /// <summary>A cursor from the URL; anything malformed counts as none (the page number then applies).</summary>
    public static SearchCursor? Parse(string? token, bool backward)
    {
        var parts = token?.Split('.') ?? [];
        return parts.Length == 3
            && parts[0] is "0" or "1"
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
            && Guid.TryParseExact(parts[2], "N", out var id)
                ? new SearchCursor(parts[0] == "1", new DateTimeOffset(ticks, TimeSpan.Zero), id, backward)
                : null;
    }
}
