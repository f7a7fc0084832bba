using NpgsqlTypes;
using OmgekeerdHandhaven.Web.Features.Search;

namespace OmgekeerdHandhaven.UnitTests;

/// <summary>
/// Which sample a broad search is counted in: the coarse one only when the search can be expected to match enough of
/// it, judged from PostgreSQL's shares of the commonest words, so a rarer search does not count twice.
/// </summary>
public sealed class SearchSampleTests
{
    private static readonly Dictionary<string, double> Shares = new(StringComparer.Ordinal) { ["bijstand"] = 0.5, ["boet"] = 0.8, ["zwart"] = 0.5, ["werk"] = 1.0 };

    private static NpgsqlTsQueryLexeme Word(string text) => new(text);

    [Fact]
    public void ExpectedShare_CombinesTheWordsAsIfIndependent()
    {
        Assert.Equal(0.9, SearchSample.ExpectedShare(new NpgsqlTsQueryOr(Word("bijstand"), Word("boet")), Shares), precision: 6);
        Assert.Equal(0.4, SearchSample.ExpectedShare(new NpgsqlTsQueryAnd(Word("bijstand"), Word("boet")), Shares), precision: 6);
        Assert.Equal(0.5, SearchSample.ExpectedShare(new NpgsqlTsQueryFollowedBy(Word("zwart"), 1, Word("werk")), Shares), precision: 6);
        Assert.Equal(0.1, SearchSample.ExpectedShare(new NpgsqlTsQueryAnd(new NpgsqlTsQueryNot(Word("boet")), Word("bijstand")), Shares), precision: 6);
    }

    [Fact]
    public void ExpectedShare_OfAWordOutsideTheCommonest_IsRare_AndWithoutWordsEverything()
    {
        Assert.Equal(0, SearchSample.ExpectedShare(Word("kippenhok"), Shares));
        Assert.Equal(0, SearchSample.ExpectedShare(Word("bijstand"), new Dictionary<string, double>()));
        Assert.Equal(1, SearchSample.ExpectedShare(null, Shares));
    }

    [Fact]
    public void UpperShare_IsTheRarestOfWordsTogether_BothOfEither_AndEverythingWithAnExcludedWord()
    {
        Assert.Equal(0.5, SearchSample.UpperShare(new NpgsqlTsQueryAnd(Word("bijstand"), Word("boet")), Shares), precision: 6);
        Assert.Equal(0.5, SearchSample.UpperShare(new NpgsqlTsQueryFollowedBy(Word("zwart"), 1, Word("werk")), Shares), precision: 6);
        Assert.Equal(1, SearchSample.UpperShare(new NpgsqlTsQueryOr(Word("bijstand"), Word("boet")), Shares), precision: 6);
        Assert.Equal(0.5, SearchSample.UpperShare(new NpgsqlTsQueryAnd(new NpgsqlTsQueryNot(Word("boet")), Word("bijstand")), Shares), precision: 6);
        Assert.Equal(0, SearchSample.UpperShare(new NpgsqlTsQueryAnd(Word("kippenhok"), Word("bijstand")), Shares));
        Assert.Equal(1, SearchSample.UpperShare(null, Shares));
    }

    [Fact]
    public void TheCoarseSample_IsTried_OnlyWhenItCanHoldEnoughMatches()
    {
        // 100 000 dilemmas, the coarse sample holds 800 of them: 400 matches need half.
        var sample = new SearchSample(Percent: 3, Scale: 33, Dilemmas: 100_000, Coarse: new SearchSample(Percent: 0.75, Scale: 125, Dilemmas: 100_000));

        Assert.Same(sample.Coarse, sample.CoarseFor(0.69));
        Assert.Same(sample.Coarse, sample.CoarseFor(0.5));
        Assert.Null(sample.CoarseFor(0.45));
        Assert.Null(sample.CoarseFor(0.05));
        Assert.Null((sample with { Coarse = null }).CoarseFor(1));
    }
}
