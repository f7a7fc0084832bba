using OmgekeerdHandhaven.Web.Features.Search;

namespace OmgekeerdHandhaven.UnitTests;

/// <summary>A search weighs what a question is about, not how it is asked.</summary>
public sealed class QuestionWordsTests
{
    [Theory]
    [InlineData("wat gebeurt er als een jongere in de jeugdzorg 18 wordt", "wat er als een jongere in de jeugdzorg 18 wordt")]
    [InlineData("mag een klant zijn huurwoning op airbnb zetten?", "een klant zijn huurwoning op airbnb zetten?")]
    [InlineData("Waar komt het geld eigenlijk vandaan", "komt het geld")]
    [InlineData("\"mag niet\" werken", "\"mag niet\" werken")]
    [InlineData("hennep zolder", "hennep zolder")]
    [InlineData("bijstand stopgezet terwijl hij ziek was", "bijstand stopgezet hij ziek was")]
    [InlineData("staat rood en komt niet opdagen", "staat rood en komt niet opdagen")]
    [InlineData("wat doen we als iemand geen nachtdiensten wil draaien", "wat doen als iemand geen nachtdiensten wil draaien")]
    public void QuestionWords_AreLeftOut_PhrasesInQuotesStay(string typed, string about) =>
        Assert.Equal(about, SearchTerms.WithoutQuestionWords(typed));

    [Fact]
    public void OnlyQuestionWords_LeaveNothing() => Assert.Null(SearchTerms.WithoutQuestionWords("waarom? wanneer?"));
}
