using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Search;

namespace OmgekeerdHandhaven.UnitTests;

/// <summary>How a broad search's estimated counts reach the reader: rounded, in Dutch, with "ca.".</summary>
public sealed class SearchEstimateTests
{
    [Theory]
    [InlineData(61_496, 61_000)]
    [InlineData(2_780, 2_800)]
    [InlineData(105, 110)]
    [InlineData(99.6, 100)]
    [InlineData(57, 57)]
    [InlineData(0, 0)]
    public void Estimates_AreRoundedToTwoSignificantFigures(double count, int shown) =>
        Assert.Equal(shown, Estimates.Round(count));

    [Fact]
    public void Counts_AreWrittenTheDutchWay_EstimatesWithCa() =>
        Assert.Equal(["1.234", "ca. 61.000", "ca. 57"], [Estimates.Dutch(1_234, estimated: false), Estimates.Dutch(61_496, estimated: true), Estimates.Dutch(57, estimated: true)]);

    [Fact]
    public void TheResultHeading_SaysCa_OnlyForAnEstimate()
    {
        Assert.Equal("1 dilemma gevonden", Page(total: 1, estimated: false, hits: 1).Found);
        Assert.Equal("1.234 dilemma's gevonden", Page(total: 1_234, estimated: false, hits: 20).Found);
        Assert.Equal("ca. 61.000 dilemma's gevonden", Page(total: 61_000, estimated: true, hits: 20).Found);
        Assert.Equal("Pagina 1 van ca. 3.100", Page(total: 61_000, estimated: true, hits: 20).PageOf);
    }

    [Fact]
    public void FacetLabels_ShowCa_AndForAValueTheSampleMissed_AnUpperBound()
    {
        var facets = new SearchFacets(new Dictionary<string, int> { ["Jeugdhulp"] = 1_234 }, new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<int, int>(), Scale: 20);
        var exact = facets with { Scale = null };

        Assert.Equal("Jeugdhulp (ca. 1.200)", SearchPageViewModel.Label("Jeugdhulp", facets, f => f.PolicyAreas, "Jeugdhulp"));
        Assert.Equal("Wonen (minder dan 60)", SearchPageViewModel.Label("Wonen", facets, f => f.PolicyAreas, "Wonen"));
        Assert.Equal("Jeugdhulp (1.234)", SearchPageViewModel.Label("Jeugdhulp", exact, f => f.PolicyAreas, "Jeugdhulp"));
        Assert.Equal("Wonen (0)", SearchPageViewModel.Label("Wonen", exact, f => f.PolicyAreas, "Wonen"));
        Assert.Equal("Wonen", SearchPageViewModel.Label("Wonen", null, f => f.PolicyAreas, "Wonen"));
    }

    [Fact]
    public void AnEstimatedTotal_OffersANextPage_WhenThisPageIsFull_NotByThePageCount()
    {
        // The estimate says 2 pages, but a full second page may be followed by more; a short one is the last.
        Assert.True(Page(total: 40, estimated: true, hits: 20, page: 2).HasNext);
        Assert.False(Page(total: 61_000, estimated: true, hits: 7, page: 2).HasNext);
        Assert.False(Page(total: 40, estimated: false, hits: 20, page: 2).HasNext);
        Assert.True(Page(total: 41, estimated: false, hits: 20, page: 2).HasNext);
    }

    [Fact]
    public void APageNumberPastTheLast_ShowsNoPageOfCount()
    {
        Assert.Null(Page(total: 3, estimated: false, hits: 0, page: 2).PageOf);
        Assert.Equal("Pagina 1 van 1", Page(total: 3, estimated: false, hits: 3).PageOf);
    }

    [Fact]
    public void WordsSearchedAsTyped_StayAsTyped_OnOtherPagesAndFilters_ButNotForOtherWords()
    {
        var typo = new SearchQuery("jeugdhlup", "Jeugdhulp", null, null, 2024, false, false, 1, 20);
        var page = new SearchPageViewModel(typo, [], 0, null, [], [], Searched: true);
        var asTyped = page with { Query = typo with { AsTyped = true } };

        Assert.Equal("/zoeken?zoekterm=jeugdhlup&domein=Jeugdhulp&jaar=2024&letterlijk=ja", page.AsTypedUrl);
        Assert.Equal("/zoeken?zoekterm=jeugdhlup&domein=Jeugdhulp&jaar=2024&pagina=2&letterlijk=ja", asTyped.Url(2));
        Assert.Equal("/zoeken?zoekterm=jeugdhulp&domein=Jeugdhulp&jaar=2024", asTyped.Url(1, "jeugdhulp"));
        Assert.DoesNotContain("letterlijk", page.Url(2), StringComparison.Ordinal);
    }

    private static SearchPageViewModel Page(int total, bool estimated, int hits, int page = 1) =>
        new(new SearchQuery("bijstand", null, null, null, null, false, false, page, 20), [.. Enumerable.Range(1, hits).Select(Hit)], total, null, [], [], Searched: true, TotalEstimated: estimated);

    private static SearchHit Hit(int sequence) =>
        new(new DilemmaNumber(2026, sequence), "Titel", DilemmaStatus.Decided, SearchSnippet.From(null, null, "tekst", null), [], null, 1);
}
