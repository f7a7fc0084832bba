namespace OmgekeerdHandhaven.Web.Features.Shared;

/// <summary>
/// One labelled part of a result's snippet ("Oplossing", "Situatie"): plain text, cut at word boundaries with an
/// ellipsis where the field goes on, and the hits as ranges into that text — data, not markup.
/// </summary>
public sealed record SnippetPart(string Label, string Text, IReadOnlyList<TextRange> Highlights)
{
    /// <summary>The text in runs of (text, is a hit), for rendering: Razor encodes each run, so nothing in it can be markup.</summary>
    public IEnumerable<(string Text, bool Hit)> Runs()
    {
        var at = 0;
        foreach (var range in Highlights.OrderBy(h => h.Start))
        {
            if (range.Start > at)
            {
                yield return (Text[at..range.Start], false);
            }

            yield return (Text.Substring(range.Start, range.Length), true);
            at = range.Start + range.Length;
        }

        if (at < Text.Length)
        {
            yield return (Text[at..], false);
        }
    }
}
