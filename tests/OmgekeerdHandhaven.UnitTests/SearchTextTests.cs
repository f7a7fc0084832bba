using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Api;
using OmgekeerdHandhaven.Web.Features.Search;

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
    public void Headline_IsEscapedHtml_WithMarksAsTheOnlyMarkup()
    {
        // ts_headline got HTML-encoded text and put U+E000/U+E001 around the hits.
        var snippet = Snippets.FromHeadline("stond &lt;script&gt;alert(1)&lt;/script&gt; bij de \uE000plantage\uE001 &amp; meer");

        Assert.Equal("stond &lt;script&gt;alert(1)&lt;/script&gt; bij de <mark>plantage</mark> &amp; meer", snippet);
    }

    [Fact]
    public void Headline_CannotSmuggleMarkup_EvenIfTheTextWasNotEncoded()
    {
        var snippet = Snippets.FromHeadline("<img src=x onerror=alert(1)> \uE000hennep\uE001");

        Assert.Equal("&lt;img src=x onerror=alert(1)&gt; <mark>hennep</mark>", snippet);
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
