using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.CaseBooklets;

/// <summary>What every form of a casusboekje prints (PDF, Word, the print view): the edition's copies, in print order.</summary>
public sealed record BookletDocument(
    string Title, string Introduction, DateOnly ValidUntil, string Municipality, DateTimeOffset? PublishedAt,
    IReadOnlyList<(string Group, IReadOnlyList<CaseBookletEntry> Entries)> Groups)
{
    public int Count => Groups.Sum(g => g.Entries.Count);

    public static BookletDocument From(CaseBooklet booklet, string municipality) => new(
        booklet.Title, booklet.Introduction, booklet.ValidUntil, municipality, booklet.PublishedAt,
        [.. booklet.Entries.GroupBy(e => e.Group).Select(g => (g.Key, (IReadOnlyList<CaseBookletEntry>)[.. g]))]);

    /// <summary>"binnen 42 dagen", "binnen 1 dag", "direct".</summary>
    public static string Term(int days) => days switch
    {
        0 => "direct",
        1 => "binnen 1 dag",
        _ when days % 7 == 0 => $"binnen {days / 7} {(days == 7 ? "week" : "weken")}",
        _ => $"binnen {days} dagen",
    };
}
