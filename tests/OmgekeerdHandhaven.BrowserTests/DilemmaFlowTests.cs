using Microsoft.Playwright;

namespace OmgekeerdHandhaven.BrowserTests;

/// <summary>The hennep + jeugdhulp family in a real browser: logged, decided with two agreements, commented on — each page axe-clean.</summary>
[Collection(SharedBrowser.Name)]
public sealed class DilemmaFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task HandhaverLogsTheHennepDilemma_BeslisserDecides_ConsulentComments()
    {
        // A handhaver logs the dilemma with two options and submits it.
        var handhaver = await browser.LoggedInPageAsync("handhaver@voorbeeld.nl");
        await handhaver.GetByRole(AriaRole.Link, new() { Name = "Nieuw dilemma" }).ClickAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(handhaver));
        await handhaver.GetByLabel("Titel").FillAsync("Bijstandsgezin met hennepplantage en jeugdhulp");
        await handhaver.GetByLabel("Situatie").FillAsync("Een gezin met bijstand heeft een hennepplantage op zolder en krijgt sinds een half jaar jeugdhulp.");
        await handhaver.GetByLabel("Dilemma", new() { Exact = true }).FillAsync("Beëindigen we de uitkering, of krijgt jeugdhulp eerst de tijd?");
        await handhaver.GetByRole(AriaRole.Checkbox, new() { Name = "Participatiewet", Exact = true }).CheckAsync();
        await handhaver.GetByRole(AriaRole.Checkbox, new() { Name = "Jeugdhulp", Exact = true }).CheckAsync();
        await handhaver.GetByRole(AriaRole.Radio, new() { Name = "Lopende uitkering" }).CheckAsync();
        await handhaver.GetByRole(AriaRole.Checkbox, new() { Name = "hennep", Exact = true }).CheckAsync();
        await handhaver.Locator("#Options_0__Description").FillAsync("Uitkering beëindigen en boete opleggen");
        await handhaver.Locator("#Options_0__Consequences").FillAsync("Het gezin raakt in acute geldnood.");
        await handhaver.GetByRole(AriaRole.Button, new() { Name = "Optie toevoegen" }).ClickAsync();
        await handhaver.Locator("#Options_1__Description").FillAsync("Jeugdhulp krijgt 6 weken, daarna handhaving");
        await handhaver.Locator("#Options_1__Consequences").FillAsync("Rechtmatigheid later, de hulp blijft.");
        Assert.Equal("Uitkering beëindigen en boete opleggen", await handhaver.Locator("#Options_0__Description").InputValueAsync());
        await handhaver.GetByRole(AriaRole.Button, new() { Name = "Indienen", Exact = true }).ClickAsync();

        await Assertions.Expect(handhaver.Locator("#dilemma-status .oh-status")).ToHaveTextAsync("Ter bespreking");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(handhaver));
        var url = handhaver.Url;

        // The beslisser decides, with the gemeente's Visie beside the form, and two agreements.
        var beslisser = await browser.LoggedInPageAsync("beslisser@voorbeeld.nl");
        await beslisser.GotoAsync(url);
        await beslisser.GetByRole(AriaRole.Link, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Assertions.Expect(beslisser.GetByRole(AriaRole.Heading, new() { Name = "Visie op handhaving" })).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(beslisser));
        await beslisser.GetByLabel("Oplossing").FillAsync("Middenweg: jeugdhulp krijgt 6 weken, het gezin meldt de inkomsten zelf.");
        await beslisser.GetByLabel("Motivering").FillAsync("Niet breken wat werkt, niet wegkijken.");
        await beslisser.GetByRole(AriaRole.Button, new() { Name = "Afspraak toevoegen" }).ClickAsync();
        await beslisser.Locator("#Agreements_0__Description").FillAsync("Jeugdhulp stabiliseert het gezin.");
        await beslisser.Locator("#Agreements_0__Responsible").FillAsync("jeugdhulpverlener");
        await beslisser.Locator("#Agreements_0__DueDate").FillAsync("2030-01-15");
        await beslisser.Locator("#Agreements_0__Fallback").FillAsync("Handhaving start alsnog.");
        await beslisser.GetByRole(AriaRole.Button, new() { Name = "Afspraak toevoegen" }).ClickAsync();
        await beslisser.Locator("#Agreements_1__Description").FillAsync("Het gezin meldt de inkomsten zelf.");
        await beslisser.Locator("#Agreements_1__Responsible").FillAsync("jeugdhulpverlener");
        await beslisser.Locator("#Agreements_1__DueDate").FillAsync("2030-01-01");
        await beslisser.Locator("#Agreements_1__Fallback").FillAsync("De jeugdhulpverlener meldt het alsnog.");
        Assert.Equal("Niet breken wat werkt, niet wegkijken.", await beslisser.GetByLabel("Motivering").InputValueAsync());
        await beslisser.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();

        await Assertions.Expect(beslisser.Locator("#dilemma-status .oh-status")).ToHaveTextAsync("Besloten");
        await Assertions.Expect(beslisser.GetByText("1 januari 2030")).ToBeVisibleAsync();
        await Assertions.Expect(beslisser.GetByText("15 januari 2030")).ToBeVisibleAsync();

        // A consulent comments.
        var consulent = await browser.LoggedInPageAsync("consulent@voorbeeld.nl");
        await consulent.GotoAsync(url);
        await consulent.GetByLabel("Reactie", new() { Exact = true }).FillAsync("Wie controleert of de plantage echt weg is?");
        await consulent.GetByRole(AriaRole.Radio, new() { Name = "Vraag" }).CheckAsync();
        await consulent.GetByRole(AriaRole.Button, new() { Name = "Plaatsen" }).ClickAsync();
        await Assertions.Expect(consulent.Locator("#reacties")).ToContainTextAsync("Wie controleert of de plantage echt weg is?");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(consulent));

        await Task.WhenAll(handhaver.Context.CloseAsync(), beslisser.Context.CloseAsync(), consulent.Context.CloseAsync());
    }

    [Fact]
    public async Task Zoeken_FindsPastSolutions_AndIsAxeClean()
    {
        var page = await browser.LoggedInPageAsync("consulent@voorbeeld.nl");
        await page.GetByRole(AriaRole.Link, new() { Name = "Zoeken" }).ClickAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        await page.GetByLabel("Zoekterm").FillAsync("hennep");
        await page.GetByLabel("Alleen met besluit").CheckAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".oh-results li").First).ToContainTextAsync("Besloten");
        Assert.Contains("besloten=true", page.Url, StringComparison.Ordinal);
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SearchFromTheHeader_OpenAResult_AndGoBackWithTheQueryKept()
    {
        var page = await browser.LoggedInPageAsync("consulent@voorbeeld.nl");
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Search).GetByLabel("Zoek in het dilemmaregister").FillAsync("wiet zolder");
        await page.Keyboard.PressAsync("Enter");
        var first = page.Locator(".oh-results li a").First;
        await Assertions.Expect(first).ToContainTextAsync("hennep", new() { IgnoreCase = true });
        var linkText = await first.TextContentAsync();
        var href = await first.GetAttributeAsync("href");

        await first.ClickAsync();
        await page.WaitForURLAsync("**" + href);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("hennep", new() { IgnoreCase = true });
        await page.GoBackAsync();

        await Assertions.Expect(page.GetByLabel("Zoekterm")).ToHaveValueAsync("wiet zolder");
        await Assertions.Expect(page.Locator(".oh-results li a").First).ToHaveTextAsync(linkText!);
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task NewDilemmaForm_ShowsSimilarDilemmasWhileTyping()
    {
        var page = await browser.LoggedInPageAsync("consulent@voorbeeld.nl");
        await page.GotoAsync("/dilemmas/nieuw");

        await page.GetByLabel("Titel").PressSequentiallyAsync("Hennepplantage bij gezin met jeugdhulp");

        await Assertions.Expect(page.Locator("#vergelijkbaar-lijst a").First).ToContainTextAsync("hennepplantage");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task NewDilemmaForm_WorksByKeyboardAlone()
    {
        var page = await browser.LoggedInPageAsync("consulent@voorbeeld.nl");
        await page.GotoAsync("/dilemmas/nieuw");

        await page.GetByLabel("Titel").FocusAsync();
        await page.Keyboard.TypeAsync("Giften van familie voor de schoolkosten");
        await TabToAsync(page, "#Situation");
        await page.Keyboard.TypeAsync("Een bijstandsgezin krijgt iedere maand geld van familie voor de schoolkosten van de kinderen.");
        await TabToAsync(page, "#Question");
        await page.Keyboard.TypeAsync("Zijn deze giften inkomen dat de bijstand verlaagt?");
        await TabToAsync(page, "#PolicyAreaIds-0");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "#Phase-0");
        await page.Keyboard.PressAsync("ArrowDown");
        await TabToAsync(page, "#Options_0__Description");
        await page.Keyboard.TypeAsync("Giften als inkomen aanmerken");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Lagere bijstand voor het gezin.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan als concept" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#dilemma-status .oh-status")).ToHaveTextAsync("Concept");
        await Assertions.Expect(page.Locator("dl.oh-facts")).ToContainTextAsync("Participatiewet");
        await Assertions.Expect(page.Locator("dl.oh-facts")).ToContainTextAsync("Lopende uitkering");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MijnWerkOfABeslisser_ListsWhatAwaitsADecision_AndIsAxeClean()
    {
        var page = await browser.LoggedInPageAsync("teamleider@voorbeeld.nl");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wacht op een besluit" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".oh-overdue").First).ToHaveTextAsync("Verlopen");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "Afspraken" }).First.ClickAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.GotoAsync("/dilemmas?status=Decided");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("hennepplantage");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has focus, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 40; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) === true", selector))
            {
                return;
            }
        }

        Assert.Fail($"{selector} could not be reached with Tab");
    }
}
