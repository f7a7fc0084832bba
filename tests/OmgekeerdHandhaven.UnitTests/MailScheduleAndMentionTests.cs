using OmgekeerdHandhaven.Web.Features.Mail;
using OmgekeerdHandhaven.Web.Features.Notifications;
using OmgekeerdHandhaven.Web.Infrastructure;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class MailScheduleAndMentionTests
{
    [Theory]
    [InlineData("2026-12-04T05:59:00Z", "2026-12-04T06:00:00Z")] // 06.59 in winter: today's 07.00 (UTC+1)
    [InlineData("2026-12-04T06:00:00Z", "2026-12-05T06:00:00Z")] // 07.00 exactly: tomorrow's
    [InlineData("2026-07-01T04:30:00Z", "2026-07-01T05:00:00Z")] // summer time: 07.00 is 05.00 UTC
    [InlineData("2027-03-27T20:00:00Z", "2027-03-28T05:00:00Z")] // the night the clocks go forward
    public void TheOverview_IsTheNextSevenOClockDutchTime_WinterOrSummer(string now, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, DutchTime.Culture), MailTopics.NextOverview(DateTimeOffset.Parse(now, DutchTime.Culture)));

    [Theory]
    [InlineData("@Sanne de Vries, kun jij kijken?", true)]
    [InlineData("Vraag aan @sanne de vries.", true)]
    [InlineData("(@Sanne de Vries)", true)]
    [InlineData("@Sanne de Vriesman weet het", false)]
    [InlineData("mail sanne@Sanne de Vries", false)]
    [InlineData("Sanne de Vries zonder apenstaartje", false)]
    [InlineData("@Sanne", false)]
    public void AColleagueIsNamed_ByAnAtAndTheirWholeName(string text, bool named) =>
        Assert.Equal(named, Mentions.Names(text, "Sanne de Vries"));

    [Fact]
    public void EveryKindOnTheProfile_HasItsDefaultAmongItsChoices_AndNoKindTwice()
    {
        Assert.All(MailTopics.List, t => Assert.Contains(t.Default, t.Choices));
        Assert.Equal(MailTopics.List.Count, MailTopics.List.Select(t => t.Kind).Distinct().Count());
    }

    [Theory]
    [InlineData("SmtpCommandException 550", "De mailserver weigerde het bericht (code 550). Klopt het e-mailadres?")]
    [InlineData("SocketException", "De mailserver was niet bereikbaar.")]
    [InlineData("AuthenticationException", "De mailserver weigerde de aanmelding van het register.")]
    [InlineData("De ontvanger heeft geen actief account meer.", "De ontvanger heeft geen actief account meer.")]
    [InlineData(null, "onbekend")]
    public void AGivenUpMailsReason_IsSaidInDutch(string? error, string said) =>
        Assert.Equal(said, MailAdminActions.Reason(error));

    [Fact]
    public void ALongerNameTakesItsPlace_SoAShorterNameInsideItIsNotNamedToo()
    {
        Guid anna = Guid.NewGuid(), annaBakker = Guid.NewGuid(), jan = Guid.NewGuid();
        var colleagues = new[] { (anna, "Anna"), (annaBakker, "Anna Bakker"), (jan, "Jan") };

        Assert.Equal([annaBakker], Mentions.Named("@Anna Bakker, kijk jij even?", colleagues));
        Assert.Equal([annaBakker, anna], Mentions.Named("@Anna Bakker en @Anna samen", colleagues));
        Assert.Empty(Mentions.Named("Anna Bakker zonder apenstaartje", colleagues));
    }
}
