using Microsoft.Playwright;

namespace OmgekeerdHandhaven.BrowserTests;

/// <summary>A practice round in the browser: own approach first, then the solution beside it; every page axe clean.</summary>
[Collection(SharedBrowser.Name)]
public sealed class PracticeBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task ConsulentPractisesWithTheSharedSet_SeesTheSolutionBesideTheApproach_AxeCleanThroughout()
    {
        var page = await browser.LoggedInPageAsync("consulent@voorbeeld.nl");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Oefenen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Oefenen", Level = 1 })).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "Inwerken: de dilemma's van ons team" }).ClickAsync();
        await Assertions.Expect(page.GetByText("dilemma 1 van")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gekozen oplossing" })).ToHaveCountAsync(0);
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Bekijk de gekozen oplossing" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Approach-fout")).ToContainTextAsync("Schrijf eerst uw aanpak");
        await page.GetByLabel("Uw aanpak").FillAsync("Eerst hulp via het wijkteam, daarna afspraken met een termijn.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bekijk de gekozen oplossing" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gekozen oplossing" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=uw-aanpak]")).ToContainTextAsync("Eerst hulp via het wijkteam");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }
}
