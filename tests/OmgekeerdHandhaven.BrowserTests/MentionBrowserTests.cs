using Microsoft.Playwright;

namespace OmgekeerdHandhaven.BrowserTests;

/// <summary>Volgen and "@Naam" on the hennep family's decided dilemma, on a phone and by keyboard only.</summary>
[Collection(SharedBrowser.Name)]
public sealed class MentionBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AConsulentFollowsAndNamesTheBeslisserByKeyboard_OnAPhone()
    {
        var page = await browser.LoggedInPageAsync("consulent@voorbeeld.nl");
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/zoeken?zoekterm=hennepplantage+lopende+jeugdhulp&besloten=true");
        await page.Locator(".oh-results li h3 a").First.ClickAsync();
        await page.WaitForLoadStateAsync();

        var follow = page.Locator("#volgen button");
        if (await follow.TextContentAsync() == "Niet meer volgen")
        {
            await follow.PressAsync("Enter");
            await Assertions.Expect(follow).ToHaveTextAsync("Volgen");
        }

        await follow.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("U volgt dit dilemma");
        await Assertions.Expect(follow).ToHaveTextAsync("Niet meer volgen");

        var field = page.GetByLabel("Reactie", new() { Exact = true });
        await field.FocusAsync();
        await page.Keyboard.TypeAsync("Graag jouw blik, @els");
        var option = page.GetByRole(AriaRole.Option, new() { Name = "Els Jansen" });
        await Assertions.Expect(option).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(option).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("wat vind jij van de zes weken?");

        Assert.Equal("Graag jouw blik, @Els Jansen wat vind jij van de zes weken?", await field.InputValueAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Listbox).CountAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Plaatsen" }).PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Uw reactie is geplaatst.");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        await page.Context.CloseAsync();
    }
}
