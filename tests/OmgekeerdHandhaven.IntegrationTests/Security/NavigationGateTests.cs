using System.Net;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Features.Shared;

namespace OmgekeerdHandhaven.IntegrationTests.Security;

/// <summary>
/// The main menu and the gates ask the same rules: for each demo colleague, every menu item shown opens (200) and every
/// item not shown answers "geen toegang" (403) — a menu item never leads to a refusal, and no screen is reachable that
/// the menu hides without reason.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class NavigationGateTests(AppFactory app)
{
    [Theory]
    [InlineData("handhaver@voorbeeld.nl")]
    [InlineData("consulent@voorbeeld.nl")]
    [InlineData("beslisser@voorbeeld.nl")]
    [InlineData("beheerder@voorbeeld.nl")]
    [InlineData("teamleider@voorbeeld.nl")]
    public async Task EveryMenuItem_OpensExactlyForThoseWhoSeeIt(string email)
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(email);
        var (_, home) = await session.GetAsync("/");
        var shown = home.QuerySelectorAll("nav[aria-label=Hoofdmenu] a").Select(a => a.GetAttribute("href")).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(shown);

        foreach (var item in Navigation.All)
        {
            var (response, _) = await session.GetAsync(item.Path);
            Assert.True(shown.Contains(item.Path) ? response.StatusCode == HttpStatusCode.OK : response.StatusCode == HttpStatusCode.Forbidden,
                $"{email}: '{item.Label}' is {(shown.Contains(item.Path) ? "in" : "not in")} the menu and answers {(int)response.StatusCode}.");
        }
    }
}
