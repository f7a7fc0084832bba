using NpgsqlTypes;
using OmgekeerdHandhaven.Web.Features.Search;

namespace OmgekeerdHandhaven.UnitTests;

/// <summary>A widened query loses the alternatives that find nothing more, and nothing else.</summary>
public sealed class SearchQueryShapeTests
{
    private static NpgsqlTsQueryLexeme Word(string text) => new(text);

    private static NpgsqlTsQuery Any(params NpgsqlTsQuery[] alternatives) =>
        alternatives.Skip(1).Aggregate(alternatives[0], (or, next) => new NpgsqlTsQueryOr(or, next));

    private static NpgsqlTsQueryFollowedBy Phrase(string first, string second) => new NpgsqlTsQueryFollowedBy(Word(first), 1, Word(second));

    [Fact]
    public void AWordTwice_AndAPhraseBesideItsOwnWord_GoOut()
    {
        // "bijstand | uitker | algemen <-> bijstand | uitker | wet <-> werk <2> bijstand" and a second word.
        var widened = new NpgsqlTsQueryAnd(
            Any(Word("bijstand"), Word("uitker"), Phrase("algemen", "bijstand"), Word("uitker"),
                new NpgsqlTsQueryFollowedBy(Phrase("wet", "werk"), 2, Word("bijstand"))),
            Any(Word("boet"), Word("boet")));

        Assert.Equal("( 'bijstand' | 'uitker' ) & 'boet'", Canonical(SearchTerms.WithoutRepeats(widened)));
    }

    [Fact]
    public void APhraseOfOtherWords_TheWordsTogether_AndExcludedWords_Stay()
    {
        var widened = new NpgsqlTsQueryAnd(
            Any(Word("sollicitatieplicht"), new NpgsqlTsQueryAnd(Word("plicht"), Word("sollicitatie")), Phrase("verplicht", "solliciter")),
            new NpgsqlTsQueryNot(Any(Word("jeugdhulp"), Phrase("jeugd", "hulp"))));

        Assert.Equal(Canonical(widened), Canonical(SearchTerms.WithoutRepeats(widened)));
    }

    [Fact]
    public void APhrase_IsLeftAsItIs()
    {
        // "bijstand aanvragen" in quotes, widened: inside a phrase an OR is as wide as its widest alternative, so
        // dropping "algemen <-> bijstand" would change which texts match.
        var widened = new NpgsqlTsQueryFollowedBy(Any(Word("bijstand"), Phrase("algemen", "bijstand"), Word("bijstand")), 1, Word("aanvrag"));

        Assert.Equal(widened.ToString(), SearchTerms.WithoutRepeats(widened).ToString());
    }

    [Fact]
    public void AWordWithAPrefixSearch_DoesNotStandForTheWholeWord()
    {
        // "bijstand:*" finds more than "bijstand", so a phrase holding the plain word is no repeat of it.
        var widened = Any(new NpgsqlTsQueryLexeme("bijstand", NpgsqlTsQueryLexeme.Weight.None, isPrefixSearch: true), Phrase("algemen", "bijstand"));

        Assert.Equal(Canonical(widened), Canonical(SearchTerms.WithoutRepeats(widened)));
    }

    private static string Canonical(NpgsqlTsQuery query) => query.ToString();
}
