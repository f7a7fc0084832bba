using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Mail;

namespace OmgekeerdHandhaven.BrowserTests;

/// <summary>Mijn profiel › E-mail and the afmeldlink's page, on a phone and by keyboard, axe clean.</summary>
[Collection(SharedBrowser.Name)]
public sealed class MailSettingsBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task ChoosingTheDailyOverviewByKeyboardOnAPhone_IsKept()
    {
        var page = await browser.LoggedInPageAsync("consulent@voorbeeld.nl");
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/profiel");
        await page.GetByRole(AriaRole.Link, new() { Name = "E-mailinstellingen" }).ClickAsync();
        await page.WaitForURLAsync("**/profiel/e-mail");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        // Radio buttons as a keyboard user works them: Tab into the group, an arrow key to the next choice.
        var group = page.GetByRole(AriaRole.Group, new() { Name = "Over een dilemma dat u volgt is besloten" });
        await group.GetByLabel("Direct").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await group.GetByLabel("Dagelijks overzicht").IsCheckedAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Uw e-mailinstellingen zijn opgeslagen.");
        Assert.True(await page.GetByRole(AriaRole.Group, new() { Name = "Over een dilemma dat u volgt is besloten" }).GetByLabel("Dagelijks overzicht").IsCheckedAsync());
        Assert.True(await page.GetByRole(AriaRole.Group, new() { Name = "Een reactie op een dilemma dat u volgt" }).GetByLabel("Direct").IsCheckedAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheAfmeldlink_AsksFirst_ThenSaysWhatStopped()
    {
        string link;
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var user = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == "handhaver@voorbeeld.nl");
            link = new Uri(scope.ServiceProvider.GetRequiredService<MailLinks>().Unsubscribe(user.Id, NotificationKind.OnAgenda)).AbsolutePath;
        }

        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Wilt u geen e-mail meer over \"uw dilemma staat op de agenda van een werkoverleg\"?");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).PressAsync("Enter");

        await Assertions.Expect(page.GetByTestId("afgemeld")).ToContainTextAsync("Uw dilemma staat op de agenda van een werkoverleg");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }
}
