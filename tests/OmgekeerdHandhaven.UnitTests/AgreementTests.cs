using OmgekeerdHandhaven.Web.Domain;
using static OmgekeerdHandhaven.UnitTests.DilemmaFactory;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class AgreementTests
{
    private static readonly DateOnly Due = new(2026, 12, 10);

    private static (Dilemma Dilemma, Agreement Agreement) DecidedWithAgreement()
    {
        var dilemma = In(DilemmaStatus.UnderDiscussion);
        var decision = dilemma.Decide(Beslisser, "Middenweg", "Past bij de visie", [Agreement(Due)], Now);
        return (dilemma, decision.Agreements.Single());
    }

    [Theory]
    [InlineData("2026-12-09", false)]
    [InlineData("2026-12-10", false)]
    [InlineData("2026-12-11", true)]
    public void OpenAgreement_IsOverdueOnlyAfterItsDeadline(string today, bool overdue)
    {
        var (_, agreement) = DecidedWithAgreement();

        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(overdue, agreement.IsOverdue(day));
        // The database's lists and the dashboard filter with the same rule.
        Assert.Equal(overdue, Web.Domain.Agreement.OverdueOn(day).Compile()(agreement));
    }

    [Fact]
    public void KeptAgreement_IsNeverOverdue()
    {
        var (dilemma, agreement) = DecidedWithAgreement();

        dilemma.SetAgreementStatus(Author, agreement.Id, AgreementStatus.Kept, null, Now);

        Assert.False(agreement.IsOverdue(Due.AddDays(30)));
        Assert.False(Web.Domain.Agreement.OverdueOn(Due.AddDays(30)).Compile()(agreement));
        Assert.Equal(AgreementStatus.Kept, agreement.Status);
    }

    [Fact]
    public void NotKept_NeedsANote()
    {
        var (dilemma, agreement) = DecidedWithAgreement();

        Assert.Throws<DomainException>(() => dilemma.SetAgreementStatus(Beslisser, agreement.Id, AgreementStatus.NotKept, " ", Now));
        dilemma.SetAgreementStatus(Beslisser, agreement.Id, AgreementStatus.NotKept, "Gezin heeft niets gemeld; jeugdhulpverlener heeft gemeld.", Now);

        Assert.Equal(AgreementStatus.NotKept, agreement.Status);
    }

    [Fact]
    public void Consulent_CannotRecordAgreementStatus()
    {
        var (dilemma, agreement) = DecidedWithAgreement();

        Assert.Throws<DomainException>(() => dilemma.SetAgreementStatus(Consulent, agreement.Id, AgreementStatus.Kept, null, Now));
        Assert.Equal(AgreementStatus.Open, agreement.Status);
    }

    [Fact]
    public void AgreementOfASupersededDecision_CannotBeFollowedUp()
    {
        var (dilemma, agreement) = DecidedWithAgreement();
        dilemma.ReviseDecision(Beslisser, "Andere aanpak", "Nieuwe feiten", [], Now);

        Assert.Throws<DomainException>(() => dilemma.SetAgreementStatus(Beslisser, agreement.Id, AgreementStatus.Kept, null, Now));
    }

    [Theory]
    [InlineData(2026, 42, "2026-0042")]
    [InlineData(2027, 1, "2027-0001")]
    [InlineData(2026, 12345, "2026-12345")]
    public void DilemmaNumber_IsShownAsYearAndFourDigits(int year, int sequence, string expected)
    {
        Assert.Equal(expected, new DilemmaNumber(year, sequence).ToString());
        Assert.True(DilemmaNumber.TryParse(expected, out var parsed));
        Assert.Equal(new DilemmaNumber(year, sequence), parsed);
    }

    [Theory]
    [InlineData("2026-42")]
    [InlineData("26-0042")]
    [InlineData("2026-0000")]
    [InlineData("abc")]
    public void DilemmaNumber_RefusesOtherShapes(string text) => Assert.False(DilemmaNumber.TryParse(text, out _));
}
