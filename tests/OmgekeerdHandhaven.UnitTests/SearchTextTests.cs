using OmgekeerdHandhaven.Web.Data.Search;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Search;
using OmgekeerdHandhaven.Web.Features.Shared;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class SearchTextTests
{
    [Fact]
    public void SynonymTerms_AreSplitOnCommas_LowerCased_AndEachKeptOnce()
    {
        var terms = SynonymGroup.Parse(" Wmo,  wet   maatschappelijke ondersteuning ; WMO\nHbh ");

        Assert.Equal(["wmo", "wet maatschappelijke ondersteuning", "hbh"], terms);
    }

    [Fact]
    public void Snippet_ToHtml_EscapesMarkup_KeepsLetters_AndMarksOnlyTheHits()
    {
        var situation = "De cliënt stond <script>alert(1)</script> bij de plantage & meer.";
        // ts_headline got the text with & < > escaped (it drops anything that looks like a tag) and marked the hits.
        var snippet = SearchSnippet.From(null, null, situation, "De cliënt stond &lt;script&gt;alert(1)&lt;/script&gt; bij de \uE000plantage\uE001 &amp; meer.");

        Assert.Equal(situation, snippet.Parts[0].Text);

        Assert.Equal("Situatie: De cliënt stond &lt;script&gt;alert(1)&lt;/script&gt; bij de <mark>plantage</mark> &amp; meer.", snippet.ToHtml());
    }

    [Fact]
    public void Snippet_ShowsTheSolutionFirst_EachPartLabelled_WithHitsAsRanges()
    {
        var snippet = SearchSnippet.From(
            "Jeugdhulp krijgt zes weken om het gezin te stabiliseren.", "Jeugdhulp krijgt zes weken om het \uE000gezin\uE001 te stabiliseren.",
            "Een gezin met bijstand heeft een hennepplantage.", null);

        Assert.Equal(["Oplossing", "Situatie"], snippet.Parts.Select(p => p.Label));
        var solution = snippet.Parts[0];
        Assert.Equal("Jeugdhulp krijgt zes weken om het gezin te stabiliseren.", solution.Text);
        Assert.Equal([new TextRange(34, 5)], solution.Highlights);
        Assert.Equal("gezin", solution.Text.Substring(34, 5));
        Assert.Equal([("Jeugdhulp krijgt zes weken om het ", false), ("gezin", true), (" te stabiliseren.", false)], solution.Runs());
    }

    [Fact]
    public void Snippet_CutFromTheMiddle_HasAnEllipsisOnBothSides_AndRangesStillPointAtTheHits()
    {
        var original = "Begin van een lange tekst. Het gezin heeft een hennepplantage op zolder. Einde van de tekst.";

        var part = SearchSnippet.Part("Situatie", original, " Het gezin heeft een \uE000hennepplantage\uE001 op zolder.");

        Assert.Equal("… Het gezin heeft een hennepplantage op zolder. …", part.Text);
        Assert.Equal("hennepplantage", part.Text.Substring(part.Highlights[0].Start, part.Highlights[0].Length));
    }

    [Fact]
    public void Snippet_TextThatLooksLikeAnEntity_ComesBackAsWritten()
    {
        var part = SearchSnippet.Part("Situatie", "Schreef &lt; in de notitie", "Schreef &amp;lt; in de \uE000notitie\uE001");

        Assert.Equal("Schreef &lt; in de notitie", part.Text);
    }

    [Fact]
    public void FirstWords_EndsAtAWordsEnd_NeverMidWord()
    {
        Assert.Equal("Een gezin met", SearchSnippet.FirstWords("Een gezin met bijstand", 3));
        Assert.Equal("kort", SearchSnippet.FirstWords("kort", 3));
        var part = SearchSnippet.Part("Situatie", string.Join(' ', Enumerable.Repeat("woord", 50)), null);
        Assert.EndsWith("woord …", part.Text, StringComparison.Ordinal);
        Assert.Equal(SearchSnippet.Words, part.Text.Split(' ').Count(w => w == "woord"));
    }

    [Fact]
    public void ShippedLists_HaveNoEmptyOrDuplicateEntries()
    {
        var synonyms = SearchLanguageSetup.Lines(ReadResource("synoniemen.txt")).Select(SynonymGroup.Parse).ToList();
        var words = SearchLanguageSetup.Lines(ReadResource("domeinwoorden.txt")).ToList();

        Assert.True(synonyms.Count >= 30);
        Assert.All(synonyms, group => Assert.True(group.Count >= 2, string.Join(", ", group)));
        Assert.Equal(words.Count, words.Distinct(StringComparer.Ordinal).Count());
        Assert.All(words, w => Assert.Matches("^-?[a-z]{3,30}$", w));
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(SearchLanguageSetup).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
