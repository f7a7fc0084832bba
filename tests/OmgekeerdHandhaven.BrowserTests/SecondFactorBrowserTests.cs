using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Users;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;
using OtpNet;

namespace OmgekeerdHandhaven.BrowserTests;

/// <summary>
/// Tweestapsverificatie on a phone (390 px), by keyboard: set up from Mijn profiel with the key an authenticator app
/// would scan, the herstelcodes shown, then the login's second step — every page axe clean and without sideways scrolling.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class SecondFactorBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task SetUpOnAPhone_ThenTheLoginAsksForTheCode_AxeCleanThroughout()
    {
        var (email, password) = await NewColleagueAsync();
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByLabel("Wachtwoord").PressAsync("Enter");
        await page.WaitForURLAsync("**/wachtwoord-wijzigen");
        await page.GetByLabel("Huidig wachtwoord").FillAsync(password);
        await page.GetByLabel("Nieuw wachtwoord", new() { Exact = true }).FillAsync(password + "-eigen");
        await page.GetByLabel("Herhaal nieuw wachtwoord").FillAsync(password + "-eigen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord wijzigen" }).ClickAsync();
        password += "-eigen";

        // A beslisser: the gemeente requires the second factor, so the register asks for it before anything else.
        await page.WaitForURLAsync("**/profiel/tweestapsverificatie");
        await Assertions.Expect(page.GetByText("Uw gemeente vraagt van beheerders en beslissers een tweede stap bij het inloggen.")).ToBeVisibleAsync();
        await page.GotoAsync("/zoeken");
        await page.WaitForURLAsync("**/profiel/tweestapsverificatie");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR-code om het Dilemmaregister aan uw authenticator-app toe te voegen" })).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await AssertNoSidewaysScrollAsync(page);
        var key = (await page.Locator("[data-testid=sleutel]").TextContentAsync())!.Replace(" ", string.Empty, StringComparison.Ordinal);

        // A wrong code first: the error stands next to the field, in Dutch.
        await page.GetByLabel("Verificatiecode").FillAsync("000000" == Code(key) ? "111111" : "000000");
        await page.GetByLabel("Verificatiecode").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#Code-fout")).ToContainTextAsync("De code klopt niet.");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        await page.GetByLabel("Verificatiecode").FillAsync(Code(key));
        await page.GetByLabel("Verificatiecode").PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=herstelcodes] li")).ToHaveCountAsync(10);
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await AssertNoSidewaysScrollAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Verder naar Mijn werk" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn werk" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();

        var later = await browser.NewPageAsync();
        await later.SetViewportSizeAsync(390, 844);
        await later.GotoAsync("/inloggen");
        await later.GetByLabel("E-mailadres").FillAsync(email);
        await later.GetByLabel("Wachtwoord").FillAsync(password);
        await later.GetByLabel("Wachtwoord").PressAsync("Enter");
        await Assertions.Expect(later.GetByRole(AriaRole.Heading, new() { Name = "Inloggen: tweede stap" })).ToBeVisibleAsync();
        Assert.Equal("numeric", await later.GetByLabel("Verificatiecode").GetAttributeAsync("inputmode"));
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(later));
        await AssertNoSidewaysScrollAsync(later);

        await later.GetByLabel("Verificatiecode").FillAsync(Code(key));
        await later.GetByLabel("Verificatiecode").PressAsync("Enter");
        await later.WaitForURLAsync(browser.BaseUrl.TrimEnd('/') + "/");
        await Assertions.Expect(later.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })).ToBeVisibleAsync();
        await later.Context.CloseAsync();
    }

    private static string Code(string key) => new Totp(Base32Encoding.ToBytes(key.ToUpperInvariant())).ComputeTotp(DateTime.UtcNow);

    private static async Task AssertNoSidewaysScrollAsync(IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{page.Url} scrolls sideways");

    /// <summary>A colleague of the demo gemeente with a one-time password, made as a Beheerder would.</summary>
    private async Task<(string Email, string Password)> NewColleagueAsync()
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var gemeente = await db.Municipalities.Where(m => m.Code == "GM0000").Select(m => m.Id).SingleAsync();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(gemeente);
        var email = $"tweestaps-{Guid.NewGuid():N}@voorbeeld.nl";
        var (created, errors) = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .CreateAsync(gemeente, email, "Tweestaps Collega", [Roles.Beslisser], actorId: null, CancellationToken.None);
        Assert.True(created is not null, string.Join(" ", errors));
        return (email, created!.OneTimePassword);
    }
}
