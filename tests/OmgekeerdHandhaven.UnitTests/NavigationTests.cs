using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Shared;

namespace OmgekeerdHandhaven.UnitTests;

public sealed class NavigationTests
{
    private static string[] LabelsFor(params string[] roles) => [.. Navigation.For(roles).Select(i => i.Label)];

    [Theory]
    [InlineData(Roles.Handhaver)]
    [InlineData(Roles.Consulent)]
    public void TeamRole_SeesTheWorkItems_ButNotBeheerOrTheDashboard(string role) =>
        Assert.Equal(["Mijn werk", "Dilemma's", "Afspraken", "Zoeken", "Werkoverleggen", "Casusboekjes", "Oefenen"], LabelsFor(role));

    [Fact]
    public void Beslisser_SeesTheWorkItems_AndTheDashboard() =>
        Assert.Equal(["Mijn werk", "Dilemma's", "Afspraken", "Zoeken", "Werkoverleggen", "Casusboekjes", "Oefenen", "Dashboard"], LabelsFor(Roles.Beslisser));

    [Fact]
    public void Beheerder_SeesBeheerTheDashboardAndTheAgreements_AndNotTheTeamItems() =>
        Assert.Equal(["Mijn werk", "Dilemma's", "Afspraken", "Zoeken", "Dashboard", "Beheer"], LabelsFor(Roles.Beheerder));

    [Fact]
    public void UserWithTwoRoles_SeesTheUnionInMenuOrder_WithoutDuplicates() =>
        Assert.Equal(["Mijn werk", "Dilemma's", "Afspraken", "Zoeken", "Werkoverleggen", "Casusboekjes", "Oefenen", "Dashboard", "Beheer"], LabelsFor(Roles.Beheerder, Roles.Handhaver));

    [Fact]
    public void UserWithoutRoles_SeesNothing() => Assert.Empty(LabelsFor());

    [Fact]
    public void UnknownRole_GrantsNothing() => Assert.Empty(LabelsFor("Administrator"));
}
