using DiffPlex;

namespace OmgekeerdHandhaven.Web.Features.Shared;

/// <summary>A word-level diff for the revision history: what was removed and added, in reading order.</summary>
public static class TextDiff
{
    private static readonly char[] Separators = [' ', '\n', '\r', '\t', ',', '.', ';', ':', '(', ')'];

    public static IReadOnlyList<DiffSegment> Words(string before, string after)
    {
        var diff = Differ.Instance.CreateWordDiffs(before, after, ignoreWhitespace: false, Separators);
        var segments = new List<DiffSegment>();
        var a = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Add(segments, diff.PiecesOld.Skip(a).Take(block.DeleteStartA - a), DiffKind.Same);
            Add(segments, diff.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA), DiffKind.Removed);
            Add(segments, diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB), DiffKind.Added);
            a = block.DeleteStartA + block.DeleteCountA;
        }

        Add(segments, diff.PiecesOld.Skip(a), DiffKind.Same);
        return segments;
    }

    private static void Add(List<DiffSegment> segments, IEnumerable<string> pieces, DiffKind kind)
    {
        var text = string.Concat(pieces);
        if (text.Length == 0)
        {
            return;
        }

        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(text, kind));
        }
    }
}
