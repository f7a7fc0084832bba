using Microsoft.Playwright;

namespace OmgekeerdHandhaven.BrowserTests;

/// <summary>A casusboekje in the browser: compose it with search, download the PDF; every page axe clean.</summary>
[Collection(SharedBrowser.Name)]
public sealed class CaseBookletBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task BeslisserComposesABooklet_AndDownloadsItsPdf_AxeCleanThroughout()
    {
        var page = await browser.LoggedInPageAsync("beslisser@voorbeeld.nl");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Casusboekjes" }).ClickAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw casusboekje" }).ClickAsync();
        // The introduction starts from the gemeente's Visie op handhaving.
        await Assertions.Expect(page.GetByLabel("Inleiding")).Not.ToBeEmptyAsync();
        await page.GetByLabel("Titel").FillAsync("Casusboekje uit de browsertest");
        await page.GetByRole(AriaRole.Button, new() { Name = "Casusboekje aanmaken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Casusboekje uit de browsertest" })).ToBeVisibleAsync();

        await page.GetByLabel("Zoekterm").FillAsync("hennep");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await page.Locator("#kiezen ~ form input[type=checkbox]").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen aan het casusboekje" }).ClickAsync();
        await Assertions.Expect(page.Locator(".oh-booklet-list li")).ToHaveCountAsync(1);
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Downloaden als PDF" }).ClickAsync());
        Assert.Equal("Casusboekje-uit-de-browsertest.pdf", download.SuggestedFilename);
        var path = await download.PathAsync();
        var header = new byte[5];
        await using (var file = File.OpenRead(path))
        {
            await file.ReadExactlyAsync(header);
        }

        Assert.Equal("%PDF-"u8.ToArray(), header);

        await page.GotoAsync(page.Url.Split('#')[0] + "/afdrukken");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inhoud" })).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }
}
