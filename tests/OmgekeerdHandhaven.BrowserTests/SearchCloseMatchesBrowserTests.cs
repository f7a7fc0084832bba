using Microsoft.Playwright;

namespace OmgekeerdHandhaven.BrowserTests;

/// <summary>
/// Never an empty page when something is close (#18), in a real browser at desk and phone width, by keyboard: a
/// question with a word no dilemma holds shows the best partial matches under a plain sentence, a typo shows the
/// corrected results with the way back to the words as typed; both pages axe clean and without sideways scrolling.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class SearchCloseMatchesBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task AQuestionWithAWordNoDilemmaHolds_ShowsTheBestPartialMatches_SaidPlainly(int width)
    {
        var page = await browser.LoggedInPageAsync("consulent@voorbeeld.nl");
        await page.SetViewportSizeAsync(width, 900);
        await page.GotoAsync("/zoeken");

        // The hennep family's case, asked as a consulent asks it; "wietplantjes" and "vensterbank" occur in no dilemma.
        await page.GetByLabel("Zoekterm").FillAsync("wat doen we met wietplantjes op de vensterbank bij een gezin met jeugdhulp");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#resultaten")).ToHaveTextAsync("Geen dilemma met alle woorden");
        await Assertions.Expect(page.Locator(".oh-partial-intro")).ToHaveTextAsync("Dit zijn de beste treffers met een deel ervan.");
        await Assertions.Expect(page.Locator(".oh-results li a").First).ToContainTextAsync("hennep", new() { IgnoreCase = true });
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");

        // By keyboard from the search box to the first partial match.
        await page.GetByLabel("Zoekterm").FocusAsync();
        var first = page.Locator(".oh-results li a").First;
        for (var i = 0; i < 10 && !await first.EvaluateAsync<bool>("a => a === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await first.EvaluateAsync<bool>("a => a === document.activeElement"), "Tab reaches the first result");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("hennep", new() { IgnoreCase = true });
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task ATypo_ShowsTheCorrectedResultsAtOnce_AndTheWayBackToTheWordsAsTyped(int width)
    {
        var page = await browser.LoggedInPageAsync("consulent@voorbeeld.nl");
        await page.SetViewportSizeAsync(width, 900);
        await page.GotoAsync("/zoeken");

        await page.GetByLabel("Zoekterm").FillAsync("jeugdhlup");
        await page.Keyboard.PressAsync("Enter");

        var said = page.Locator(".oh-corrected");
        await Assertions.Expect(said).ToContainTextAsync("Resultaten voor jeugdhulp");
        await Assertions.Expect(page.Locator(".oh-results li").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Zoekterm")).ToHaveValueAsync("jeugdhlup");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");

        await said.GetByRole(AriaRole.Link, new() { Name = "zoek toch naar jeugdhlup" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#resultaten")).ToHaveTextAsync("0 dilemma's gevonden");
        await Assertions.Expect(page.Locator(".oh-did-you-mean a")).ToHaveTextAsync("jeugdhulp");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Beheer › Synoniemen on a phone: the searches without results (the consulent's question with a word the
    /// register lacks), "Synoniem toevoegen" fills the form, "Eerst bekijken wat het vindt" brings the answer into view
    /// and focus; no sideways scrolling, axe clean.
    /// </summary>
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Beheerder_SeesSearchesWithoutResults_AndPreviewsAGroup(int width)
    {
        var consulent = await browser.LoggedInPageAsync("consulent@voorbeeld.nl");
        await consulent.GotoAsync("/zoeken?zoekterm=hennepstekjes%20vensterbank");
        await consulent.Context.CloseAsync();

        var page = await browser.LoggedInPageAsync("beheerder@voorbeeld.nl");
        await page.SetViewportSizeAsync(width, 900);
        await page.GotoAsync("/beheer/synoniemen");
        var add = page.GetByRole(AriaRole.Link, new() { Name = "Synoniem toevoegen voor hennepstekjes vensterbank" });
        await Assertions.Expect(add).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");

        await add.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByLabel("Termen")).ToHaveValueAsync("hennepstekjes vensterbank, ");
        await page.GetByLabel("Termen").FillAsync("hennepstekjes, hennepplanten, kwekerij");
        await page.GetByRole(AriaRole.Button, new() { Name = "Eerst bekijken wat het vindt" }).ClickAsync();

        var heading = page.GetByRole(AriaRole.Heading, new() { Name = "Wat deze groep vindt" });
        await Assertions.Expect(heading).ToBeFocusedAsync();
        await Assertions.Expect(heading).ToBeInViewportAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");
        await page.Context.CloseAsync();
    }
}
