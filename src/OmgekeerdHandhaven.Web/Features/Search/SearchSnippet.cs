using System.Text;
using OmgekeerdHandhaven.Web.Features.Shared;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// What a result shows of a dilemma: for a decided one the solution first — that is what a consulent looks for — then
/// the situation. Built from ts_headline's output (hits between U+E000 and U+E001) or, without search words, from the
/// opening words of each field.
/// </summary>
public sealed record SearchSnippet(IReadOnlyList<SnippetPart> Parts)
{
    public const string SolutionLabel = "Oplossing";
    public const string SituationLabel = "Situatie";
    public const char HitStart = '\uE000';
    public const char HitEnd = '\uE001';
    public const int Words = 30;
    private const string Ellipsis = "…";

    public static SearchSnippet From(string? solution, string? solutionHeadline, string situation, string? situationHeadline)
    {
        var parts = new List<SnippetPart>();
        if (!string.IsNullOrWhiteSpace(solution))
        {
            parts.Add(Part(SolutionLabel, solution, solutionHeadline));
        }

        parts.Add(Part(SituationLabel, situation, situationHeadline));
        return new SearchSnippet(parts);
    }

    /// <summary>
    /// The spec's HTML form for the API (<c>snippet</c>): "Oplossing: … Situatie: …", escaped (only &amp; &lt; &gt; "),
    /// with &lt;mark&gt; around the hits as its only markup. Letters such as ë stay letters, not numeric entities.
    /// </summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        foreach (var part in Parts)
        {
            if (html.Length > 0)
            {
                html.Append(' ');
            }

            html.Append(Escape(part.Label)).Append(": ");
            foreach (var (text, hit) in part.Runs())
            {
                html.Append(hit ? "<mark>" : string.Empty).Append(Escape(text)).Append(hit ? "</mark>" : string.Empty);
            }
        }

        return html.ToString();
    }

    /// <summary>One field: the headline's stretch with its hits, or the field's opening words; an ellipsis where text was left out.</summary>
    public static SnippetPart Part(string label, string original, string? headline)
    {
        var text = new StringBuilder();
        var highlights = new List<TextRange>();
        var source = headline is null ? FirstWords(original, Words) : Unescape(headline);
        var start = -1;
        foreach (var c in source)
        {
            if (c == HitStart)
            {
                start = text.Length;
            }
            else if (c == HitEnd && start >= 0)
            {
                highlights.Add(new TextRange(start, text.Length - start));
                start = -1;
            }
            else
            {
                text.Append(c is '\r' or '\n' or '\t' ? ' ' : c);
            }
        }

        var shown = text.ToString().Trim();
        var lead = text.ToString().Length - text.ToString().TrimStart().Length;
        // Where the shown stretch lies in the field says whether text was left out before or after it.
        var flat = Flatten(original).Trim();
        var at = Math.Max(0, flat.IndexOf(Flatten(shown), StringComparison.Ordinal));
        var cutBefore = at > 0;
        var cutAfter = at + shown.Length < flat.Length;
        var offset = (cutBefore ? Ellipsis.Length + 1 : 0) - lead;
        var result = (cutBefore ? Ellipsis + " " : string.Empty) + shown + (cutAfter ? " " + Ellipsis : string.Empty);
        return new SnippetPart(label, result, [.. highlights.Select(h => h with { Start = h.Start + offset }).Where(h => h.Start >= 0 && h.Start + h.Length <= result.Length)]);
    }

    /// <summary>The first <paramref name="count"/> words, ending at a word's end.</summary>
    public static string FirstWords(string text, int count)
    {
        var words = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var letter = !char.IsWhiteSpace(text[i]);
            if (letter && !inWord && ++words > count)
            {
                return text[..i].TrimEnd();
            }

            inWord = letter;
        }

        return text;
    }

    /// <summary>The three characters escaped for ts_headline, back; &amp;amp; last, so "&amp;amp;lt;" becomes "&amp;lt;" again.</summary>
    private static string Unescape(string headline) =>
        headline.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    private static string Flatten(string text) => text.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
