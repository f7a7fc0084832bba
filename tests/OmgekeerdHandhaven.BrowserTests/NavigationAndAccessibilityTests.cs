using Microsoft.Playwright;

namespace OmgekeerdHandhaven.BrowserTests;

[Collection(SharedBrowser.Name)]
public sealed class NavigationAndAccessibilityTests(BrowserFixture browser)
{
    private static readonly string[] TeamMenu = ["Mijn werk", "Dilemma's", "Afspraken", "Zoeken", "Werkoverleggen", "Casusboekjes", "Oefenen"];

    private static readonly string[] LeadMenu = [.. TeamMenu, "Dashboard"];

    public static TheoryData<string, string[]> MenuPerRole => new()
    {
        { "handhaver@voorbeeld.nl", TeamMenu },
        { "consulent@voorbeeld.nl", TeamMenu },
        { "beslisser@voorbeeld.nl", LeadMenu },
        { "beheerder@voorbeeld.nl", ["Mijn werk", "Dilemma's", "Afspraken", "Zoeken", "Dashboard", "Beheer"] },
        { "teamleider@voorbeeld.nl", LeadMenu },
    };

    [Theory]
    [MemberData(nameof(MenuPerRole))]
    public async Task EachDemoRole_SeesItsOwnMenu(string email, string[] expectedMenu)
    {
        var page = await browser.LoggedInPageAsync(email);

        var menu = await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link).AllTextContentsAsync();

        Assert.Equal(expectedMenu, menu.Select(m => m.Trim()).ToArray());
        Assert.Equal("Mijn werk", await page.Locator("h1").TextContentAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LoginPage_HasNoAccessibilityViolations_WithTheNlDesignSystemStylesLoaded()
    {
        var page = await browser.NewPageAsync();
        var stylesheets = new List<IResponse>();
        page.Response += (_, response) =>
        {
            if (response.Url.EndsWith(".css", StringComparison.Ordinal) || response.Url.Contains(".css?", StringComparison.Ordinal))
            {
                stylesheets.Add(response);
            }
        };
        await page.GotoAsync("/inloggen");

        Assert.Equal(3, stylesheets.Count(r => r.Ok));
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AxeCheck_ReportsAViolation_WhenThePageHasOne()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/inloggen");

        // Proves the check above can fail: an unlabeled field is a WCAG 2.1 A violation.
        await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=\"text\">')");

        Assert.Contains(await BrowserFixture.AccessibilityViolationsAsync(page), v => v.StartsWith("label:", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task LoginPageWithErrors_HasNoAccessibilityViolations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/inloggen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        await Assertions.Expect(page.Locator("#Email-fout")).ToHaveTextAsync("Vul uw e-mailadres in.");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MijnWerk_HasNoAccessibilityViolations()
    {
        var page = await browser.LoggedInPageAsync("teamleider@voorbeeld.nl");

        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BeheerGebruikers_HasNoAccessibilityViolations_AndListsOnlyOwnGemeente()
    {
        var page = await browser.LoggedInPageAsync("beheerder@voorbeeld.nl");
        await page.GetByRole(AriaRole.Link, new() { Name = "Beheer" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Gebruikers");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("handhaver@voorbeeld.nl");
        await Assertions.Expect(page.Locator("table")).Not.ToContainTextAsync("anderdorp.nl");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe gebruiker" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gebruiker aanmaken" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Roles-fout")).ToHaveTextAsync("Kies minstens één rol.");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BeheerLogboek_HasNoAccessibilityViolations()
    {
        var page = await browser.LoggedInPageAsync("beheerder@voorbeeld.nl");
        await page.GotoAsync("/beheer/gebruikers");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Beheer" }).GetByRole(AriaRole.Link, new() { Name = "Logboek" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Logboek");
        // Filtered as a Beheerder looks for decisions: the other tests' logins fill the newest page.
        await page.GetByLabel("Actie").SelectOptionAsync("besloten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("besloten");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Dashboard_ShowsChartsWithTables_AndHasNoAccessibilityViolations()
    {
        var page = await browser.LoggedInPageAsync("beslisser@voorbeeld.nl");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        await Assertions.Expect(page.GetByRole(AriaRole.Img).First).ToBeVisibleAsync();
        await page.Locator("details summary").First.ClickAsync();
        await Assertions.Expect(page.Locator("#tabel-per-domein")).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BeheerUitwisseling_RefusesABrokenFileClearly_AndHasNoAccessibilityViolations()
    {
        var page = await browser.LoggedInPageAsync("beheerder@voorbeeld.nl");
        await page.GotoAsync("/beheer/gebruikers");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Beheer" }).GetByRole(AriaRole.Link, new() { Name = "Uitwisseling" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Uitwisseling met andere gemeenten");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        await page.GetByLabel("Uitwisselbestand (.json)").SetInputFilesAsync(new FilePayload { Name = "kapot.json", MimeType = "application/json", Buffer = "{ kapot"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Inlezen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#import-fout")).ToContainTextAsync("geen geldige JSON");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task BeheerSynoniemen_AddsAGroupByKeyboard_AndHasNoAccessibilityViolations()
    {
        var page = await browser.LoggedInPageAsync("beheerder@voorbeeld.nl");
        await page.GotoAsync("/beheer/gebruikers");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Beheer" }).GetByRole(AriaRole.Link, new() { Name = "Synoniemen" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Synoniemen");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        // One term is not a group: the error sits next to the field and the input stays.
        await page.GetByLabel("Termen").FillAsync("tuinhuis");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#Form_Terms-fout")).ToContainTextAsync("minstens twee");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        await page.GetByLabel("Termen").FillAsync("tuinhuis, blokhut");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("toegevoegd");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Eigen synoniemen" })).ToContainTextAsync("tuinhuis, blokhut");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MeldingenAndProfiel_HaveNoAccessibilityViolations()
    {
        var page = await browser.LoggedInPageAsync("handhaver@voorbeeld.nl");
        await page.GetByRole(AriaRole.Link, new() { Name = "Meldingen" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Meldingen");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "Sanne de Vries" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Mijn profiel");
        await page.GetByLabel("Naam van het token").FillAsync("test in de browser");
        await page.GetByRole(AriaRole.Button, new() { Name = "Token aanmaken" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=nieuw-token]")).ToContainTextAsync("ohp_");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    /// <summary>Terugsturen of a dilemma already decided (a stale link): a page that says why, in Dutch, without axe violations.</summary>
    [Fact]
    public async Task NotPossiblePage_SaysWhy_AndHasNoAccessibilityViolations()
    {
        var page = await browser.LoggedInPageAsync("beslisser@voorbeeld.nl");
        await page.GotoAsync("/zoeken?zoekterm=hennepplantage&besloten=true");
        var number = (await page.Locator("main a[href^='/dilemmas/']").First.GetAttributeAsync("href"))!.Split('/')[^1];

        var response = await page.GotoAsync($"/dilemmas/{number}/terugsturen");

        Assert.Equal(409, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Niet mogelijk");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Dit dilemma is besloten: terugsturen kan nu niet.");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        // The way back leads to the dilemma, not to the start.
        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar het dilemma" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/dilemmas/{number}$"));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/toegankelijkheid")]
    [InlineData("/privacyverklaring")]
    public async Task Statements_OpenWithoutAccount_HaveNoAccessibilityViolations(string path)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(path);

        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SkipLink_IsTheFirstTabStop_AndMovesFocusToTheContent()
    {
        var page = await browser.LoggedInPageAsync("handhaver@voorbeeld.nl");

        await page.Keyboard.PressAsync("Tab");
        var skipLink = page.GetByRole(AriaRole.Link, new() { Name = "Direct naar de inhoud" });
        await Assertions.Expect(skipLink).ToBeFocusedAsync();
        await Assertions.Expect(skipLink).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("main#inhoud")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        var focusedInsideMain = await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement) || document.activeElement.closest('footer') !== null");
        Assert.True(focusedInsideMain, "after the skip link, Tab continues in the content, not in the header");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/beheer/gebruikers")]
    [InlineData("/wachtwoord-wijzigen")]
    public async Task At320CssPixels_PagesDoNotScrollSideways(string path)
    {
        var page = await browser.LoggedInPageAsync("beheerder@voorbeeld.nl");
        await page.SetViewportSizeAsync(320, 640);
        await page.GotoAsync(path);

        // WCAG 1.4.10 Reflow: content fits 320 px; wide tables scroll inside their own region.
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.Equal(0, overflow);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task KeyboardOnly_LoginWorks()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/inloggen");

        await page.GetByLabel("E-mailadres").FocusAsync();
        await page.Keyboard.TypeAsync("consulent@voorbeeld.nl");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(OmgekeerdHandhaven.Web.Infrastructure.Seeding.DemoOptions.DefaultPassword);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Mijn werk");
        await page.Context.CloseAsync();
    }
}
