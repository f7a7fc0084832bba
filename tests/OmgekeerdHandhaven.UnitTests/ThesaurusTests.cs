using System.Globalization;
using System.Text;
using OmgekeerdHandhaven.Web.Data.Search;

namespace OmgekeerdHandhaven.UnitTests;

/// <summary>
/// The shipped thesaurus (synoniemen.txt) is data a consulent's search depends on: every word is Dutch as the word
/// list (wdutch) spells it, a domain word, or a listed abbreviation; groups are small; a term is in at most one two-way
/// group, else two meanings would melt together.
/// </summary>
public sealed class ThesaurusTests
{
    private static string Resource(string name)
    {
        using var stream = typeof(SearchLanguageSetup).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static readonly string Text = Resource("synoniemen.txt");

    private static List<(IReadOnlyList<string>? Heads, IReadOnlyList<string> Terms)> Groups =>
        [.. SearchLanguageSetup.Lines(Text).Select(SearchLanguageSetup.ParseGroup)];

    [Fact]
    public void HasAtLeast300Groups_AndOneWayLinksFromGeneralWords()
    {
        Assert.True(Groups.Count >= 300, $"{Groups.Count} groups");
        Assert.True(Groups.Count(g => g.Heads is not null) >= 20);
        Assert.Contains(Groups, g => g.Heads?.Contains("hulpverlener") == true && g.Terms.Contains("jeugdhulpverlener"));
    }

    [Fact]
    public void EveryWord_IsInTheWordList_OrADomainWord_OrAListedAbbreviation()
    {
        const string WordList = "/usr/share/dict/dutch";
        Assert.True(File.Exists(WordList), "the Debian word list wdutch is installed by scripts/postgres.sh");
        var known = File.ReadAllLines(WordList).Select(Fold).ToHashSet(StringComparer.Ordinal);
        known.UnionWith(SearchLanguageSetup.Lines(Resource("domeinwoorden.txt")).Where(l => !l.StartsWith('-')).Select(Fold));
        var abbreviations = Text.Split('\n').Where(l => l.StartsWith("# afkortingen:", StringComparison.Ordinal))
            .SelectMany(l => l["# afkortingen:".Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);

        bool Known(string word) => known.Contains(Fold(word)) || abbreviations.Contains(word);
        var unknown = Groups.SelectMany(g => g.Terms).SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => !Known(w) && !(w.Contains('-', StringComparison.Ordinal) && w.Split('-', StringSplitOptions.RemoveEmptyEntries).All(Known)))
            .Distinct().ToList();

        Assert.True(unknown.Count == 0, $"not in the word list, the domain words or '# afkortingen:': {string.Join(", ", unknown)}");
        Assert.All(abbreviations, a => Assert.Contains(Groups, g => g.Terms.Any(t => t.Split(' ').Contains(a))));
    }

    [Fact]
    public void GroupsAreSmall_AndATermIsInAtMostOneTwoWayGroup()
    {
        Assert.All(Groups, g => Assert.InRange(g.Terms.Count, 2, 12));
        Assert.All(Groups.SelectMany(g => g.Terms), t => Assert.InRange(t.Length, 1, 60));
        var twice = Groups.Where(g => g.Heads is null).SelectMany(g => g.Terms).GroupBy(t => t).Where(t => t.Count() > 1).Select(t => t.Key).ToList();
        Assert.True(twice.Count == 0, $"in two two-way groups: {string.Join(", ", twice)}");
    }

    [Fact]
    public void NoWordOfAPhrase_IsLeftOutOfASearchAsAQuestionWord()
    {
        // "rood staan" would lose "staan" and, with it, its group ("in het rood staan", "roodstand", …).
        var phraseWords = Groups.SelectMany(g => g.Terms).Where(t => t.Contains(' ', StringComparison.Ordinal))
            .SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(OmgekeerdHandhaven.Web.Features.Search.SearchTerms.QuestionWords, phraseWords.Contains);
    }

    private static string Fold(string word) =>
        new([.. word.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
}
