using Microsoft.Playwright;

namespace OmgekeerdHandhaven.BrowserTests;

/// <summary>A werkoverleg in the browser: plan it, put dilemmas on the agenda, record an outcome; every page axe clean.</summary>
[Collection(SharedBrowser.Name)]
public sealed class TeamMeetingBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task BeslisserPlansAMeeting_ComposesTheAgenda_AndRecordsVolgendeKeer_AxeCleanThroughout()
    {
        var page = await browser.LoggedInPageAsync("beslisser@voorbeeld.nl");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Werkoverleggen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Werkoverleggen", Level = 1 })).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "Werkoverleg plannen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Werkoverleg plannen" }).ClickAsync();
        // Without a date and team the form says what is missing, next to the fields.
        await Assertions.Expect(page.Locator("#Form_Date-fout")).ToContainTextAsync("Vul de datum van het werkoverleg in.");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        await page.GetByLabel("Datum").FillAsync("2027-02-09");
        await page.GetByLabel("Team", new() { Exact = true }).FillAsync("Team Handhaving Werk en Inkomen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Werkoverleg plannen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Werkoverleg 9 februari 2027" })).ToBeVisibleAsync();

        var candidates = page.Locator("#toevoegen ~ form input[type=checkbox]");
        await candidates.Nth(0).CheckAsync();
        await candidates.Nth(1).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Op de agenda zetten" }).ClickAsync();
        await Assertions.Expect(page.Locator(".oh-agenda__item")).ToHaveCountAsync(2);
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        await page.Locator(".oh-agenda__item").Nth(0).GetByRole(AriaRole.Button, new() { Name = "Volgende keer" }).ClickAsync();
        await Assertions.Expect(page.Locator(".oh-outcome").First).ToHaveTextAsync("Volgende keer");

        await page.GetByRole(AriaRole.Link, new() { Name = "Verslag bekijken en afdrukken" }).ClickAsync();
        await Assertions.Expect(page.Locator("article")).ToContainTextAsync("komt op de agenda van het volgende werkoverleg");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }
}
