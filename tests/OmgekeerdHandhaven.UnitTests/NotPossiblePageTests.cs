using OmgekeerdHandhaven.Web.Features.Shared;

namespace OmgekeerdHandhaven.UnitTests;

/// <summary>The "Niet mogelijk" page leads back to what the refused action was about.</summary>
public sealed class NotPossiblePageTests
{
    [Theory]
    [InlineData("/dilemmas/2026-0012/terugsturen", "/dilemmas/2026-0012", "Terug naar het dilemma")]
    [InlineData("/casusboekjes/6f9619ff-8b86-d011-b42d-00cf4fc964ff/wijzigen", "/casusboekjes/6f9619ff-8b86-d011-b42d-00cf4fc964ff", "Terug naar het casusboekje")]
    [InlineData("/werkoverleggen/6f9619ff-8b86-d011-b42d-00cf4fc964ff/agenda", "/werkoverleggen/6f9619ff-8b86-d011-b42d-00cf4fc964ff", "Terug naar het werkoverleg")]
    [InlineData("/beheer/synoniemen/6f9619ff-8b86-d011-b42d-00cf4fc964ff/verwijderen", "/", "Naar Mijn werk")]
    [InlineData("/dilemmas/nieuw", "/", "Naar Mijn werk")]
    [InlineData("//elders.example/dilemmas/1/", "/", "Naar Mijn werk")]
    public void BackLink_LeadsToWhatTheActionWasAbout(string path, string back, string label)
    {
        var page = NotPossibleViewModel.For("Niet mogelijk.", path);

        Assert.Equal((back, label), (page.BackUrl, page.BackLabel));
    }
}
