using OmgekeerdHandhaven.Web.Features.Search;

namespace OmgekeerdHandhaven.UnitTests;

/// <summary>Partial matches weigh what a question is about, not how it is asked.</summary>
public sealed class QuestionWordsTests
{
    [Theory]
    [InlineData("wat gebeurt er als een jongere in de jeugdzorg 18 wordt", "wat er als een jongere in de jeugdzorg 18 wordt")]
    [InlineData("mag een klant zijn huurwoning op airbnb zetten?", "een klant zijn huurwoning op airbnb zetten?")]
    [InlineData("Waar komt het geld eigenlijk vandaan", "het geld")]
    [InlineData("\"mag niet\" werken", "\"mag niet\" werken")]
    [InlineData("hennep zolder", "hennep zolder")]
    public void QuestionWords_AreLeftOut_PhrasesInQuotesStay(string typed, string about) =>
        Assert.Equal(about, SearchPartial.WithoutQuestionWords(typed));

    [Fact]
    public void OnlyQuestionWords_LeaveNothing() => Assert.Null(SearchPartial.WithoutQuestionWords("waarom? wanneer?"));
}
