using OmgekeerdHandhaven.Web.Domain;
using static OmgekeerdHandhaven.UnitTests.DilemmaFactory;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class TeamMeetingTests
{
    private static TeamMeeting Meeting() => new(MunicipalityId, new DateOnly(2026, 12, 15), "Team Handhaving", [Beslisser.UserId], Beslisser, Now);

    [Theory]
    [InlineData(DilemmaStatus.Draft)]
    [InlineData(DilemmaStatus.ReturnedToAuthor)]
    [InlineData(DilemmaStatus.Decided)]
    [InlineData(DilemmaStatus.Withdrawn)]
    public void AddToAgenda_WhenNotTerBespreking_IsRefused(DilemmaStatus status)
    {
        var meeting = Meeting();

        var refused = Assert.Throws<DomainException>(() => meeting.AddToAgenda(In(status), Beslisser, Now));

        Assert.Contains("niet ter bespreking", refused.Message, StringComparison.Ordinal);
        Assert.Empty(meeting.Items);
    }

    [Fact]
    public void AddToAgenda_TheSameDilemmaTwice_IsRefused()
    {
        var meeting = Meeting();
        var dilemma = In(DilemmaStatus.UnderDiscussion);
        meeting.AddToAgenda(dilemma, Beslisser, Now);

        Assert.Throws<DomainException>(() => meeting.AddToAgenda(dilemma, Beslisser, Now));
        Assert.Single(meeting.Items);
    }

    [Fact]
    public void Consulent_CannotPlanOrComposeTheAgenda()
    {
        Assert.Throws<DomainException>(() => new TeamMeeting(MunicipalityId, new DateOnly(2026, 12, 15), "Team", [], Consulent, Now));
        Assert.Throws<DomainException>(() => Meeting().AddToAgenda(In(DilemmaStatus.UnderDiscussion), Consulent, Now));
    }

    [Fact]
    public void Move_SwapsWithTheNeighbour_AndStopsAtTheEnds()
    {
        var meeting = Meeting();
        var a = meeting.AddToAgenda(In(DilemmaStatus.UnderDiscussion), Beslisser, Now);
        var b = meeting.AddToAgenda(In(DilemmaStatus.UnderDiscussion), Beslisser, Now);

        meeting.Move(b.Id, -1, Beslisser, Now);
        Assert.Equal([b.Id, a.Id], meeting.Items.Select(i => i.Id));
        meeting.Move(b.Id, -1, Beslisser, Now);
        Assert.Equal([b.Id, a.Id], meeting.Items.Select(i => i.Id));
    }

    [Fact]
    public void Remove_ADiscussedItem_IsRefused_ButAPendingOneGoes_AndTheRestCloseUp()
    {
        var meeting = Meeting();
        var a = meeting.AddToAgenda(In(DilemmaStatus.UnderDiscussion), Beslisser, Now);
        var b = meeting.AddToAgenda(In(DilemmaStatus.UnderDiscussion), Beslisser, Now);
        var c = meeting.AddToAgenda(In(DilemmaStatus.UnderDiscussion), Beslisser, Now);
        meeting.RecordNextTime(c.Id, Beslisser, Now);

        Assert.Throws<DomainException>(() => meeting.Remove(c.Id, Beslisser, Now));
        meeting.Remove(a.Id, Beslisser, Now);

        Assert.Equal([(b.Id, 1), (c.Id, 2)], meeting.Items.Select(i => (i.Id, i.Position)));
    }

    [Fact]
    public void RecordDecision_LinksTheDecision_AndVolgendeKeerIsThenRefused()
    {
        var meeting = Meeting();
        var dilemma = In(DilemmaStatus.UnderDiscussion);
        var item = meeting.AddToAgenda(dilemma, Beslisser, Now);
        var decision = dilemma.Decide(Beslisser, "Jeugdhulp krijgt zes weken.", "Eerst hulp.", [], Now);

        meeting.RecordDecision(dilemma, decision, Beslisser, Now);

        Assert.Equal(AgendaOutcome.Decided, item.Outcome);
        Assert.Equal(decision.Id, item.DecisionId);
        Assert.Throws<DomainException>(() => meeting.RecordNextTime(item.Id, Beslisser, Now));
    }

    [Fact]
    public void RecordReturned_ForADilemmaNotOnTheAgenda_IsRefused()
    {
        var meeting = Meeting();

        var refused = Assert.Throws<DomainException>(() => meeting.RecordReturned(In(DilemmaStatus.UnderDiscussion), "Te weinig informatie.", Beslisser, Now));

        Assert.Contains("niet op de agenda", refused.Message, StringComparison.Ordinal);
    }
}
