using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.BrowserTests;

/// <summary>
/// A phone on a home visit (390 px) and 400 % zoom (320 px, WCAG 1.4.10): no page scrolls sideways, the agreements of a
/// decided dilemma stay on screen, Zoeken shows its results first; and the everyday form details (24 px checkboxes, the
/// focus after "Optie toevoegen") as a keyboard user meets them.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class PhoneLayoutTests(BrowserFixture browser)
{
    public static TheoryData<int, string> PagesAtPhoneWidths()
    {
        var data = new TheoryData<int, string>();
        foreach (var width in new[] { 320, 390 })
        {
            foreach (var page in new[] { "Mijn werk", "Zoeken", "Nieuw dilemma", "Besloten dilemma", "Werkoverleg", "Dashboard" })
            {
                data.Add(width, page);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAtPhoneWidths))]
    public async Task Page_DoesNotScrollSideways(int width, string which)
    {
        var page = await browser.LoggedInPageAsync("teamleider@voorbeeld.nl");
        await page.SetViewportSizeAsync(width, 800);

        await OpenAsync(page, which);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow == 0, $"{which} at {width} px is {overflow} px too wide");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task DecidedDilemma_ShowsEveryAgreementValueOnScreen(int width)
    {
        var page = await browser.LoggedInPageAsync("handhaver@voorbeeld.nl");
        await page.SetViewportSizeAsync(width, 800);
        await OpenAsync(page, "Besloten dilemma");

        var rightEdges = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('[id^=afspraak-] dt, [id^=afspraak-] dd')].map(e => e.getBoundingClientRect().right)");

        Assert.NotEmpty(rightEdges);
        Assert.All(rightEdges, right => Assert.True(right <= width, $"an agreement value ends at {right} px, beyond {width} px"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Zoeken_OnAPhone_ShowsTheFirstResultNearTheTop()
    {
        var page = await browser.LoggedInPageAsync("consulent@voorbeeld.nl");
        await page.SetViewportSizeAsync(390, 800);
        await page.GotoAsync("/zoeken?zoekterm=hennep");

        var top = await page.Locator(".oh-results li").First.EvaluateAsync<double>("e => e.getBoundingClientRect().top");

        Assert.True(top < 800, $"the first result starts {top} px down, below the first screen");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Zoeken_AFilterChosenByKeyboard_IsApplied_AndKeepsTheFocus()
    {
        var page = await browser.LoggedInPageAsync("consulent@voorbeeld.nl");
        await page.GotoAsync("/zoeken?zoekterm=jeugdhulp");
        var before = await page.Locator("#resultaten").TextContentAsync();

        await page.Locator("#besloten").FocusAsync();
        await page.Keyboard.PressAsync("Space");

        await page.WaitForURLAsync(url => url.Contains("besloten=true", StringComparison.Ordinal));
        Assert.Equal("besloten", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.True(await page.Locator("#besloten").IsCheckedAsync());
        Assert.NotNull(before);
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Checkboxes_AreAtLeast24Pixels_WithAVisibleFocusRing()
    {
        var page = await browser.LoggedInPageAsync("handhaver@voorbeeld.nl");
        await page.GotoAsync("/dilemmas/nieuw");
        var box = page.Locator("input[type=checkbox]").First;

        var size = await box.BoundingBoxAsync();
        await box.FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab");
        var outline = await box.EvaluateAsync<string>("e => getComputedStyle(e).outlineWidth + ' ' + getComputedStyle(e).outlineStyle");

        Assert.True(size is { Width: >= 24, Height: >= 24 }, $"the checkbox is {size?.Width}×{size?.Height} px");
        Assert.Equal("3px solid", outline);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OptieToevoegen_ByKeyboard_PutsTheFocusInTheNewOption()
    {
        var page = await browser.LoggedInPageAsync("handhaver@voorbeeld.nl");
        await page.GotoAsync("/dilemmas/nieuw");
        await page.GetByLabel("Titel").FillAsync("Bijstandsgezin met hennepplantage en jeugdhulp");

        await page.GetByRole(AriaRole.Button, new() { Name = "Optie toevoegen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#Options_1__Description").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);

        Assert.Equal("Options_1__Description", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("Bijstandsgezin met hennepplantage en jeugdhulp", await page.GetByLabel("Titel").InputValueAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EnterInTitel_DoesNotSendTheForm()
    {
        var page = await browser.LoggedInPageAsync("handhaver@voorbeeld.nl");
        await page.GotoAsync("/dilemmas/nieuw");
        await page.GetByLabel("Titel").FillAsync("Bijstandsgezin met hennepplantage");

        await page.GetByLabel("Titel").PressAsync("Enter");
        await page.WaitForTimeoutAsync(500);

        Assert.Equal(0, await page.Locator(".oh-error-summary").CountAsync());
        Assert.EndsWith("/dilemmas/nieuw", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ExportWaitingPage_DoesNotReloadItself_AndHasNoAccessibilityViolations()
    {
        var page = await browser.LoggedInPageAsync("beslisser@voorbeeld.nl");
        var (booklet, export) = await ExportHalfwayAsync("beslisser@voorbeeld.nl");
        var loads = 0;
        page.Load += (_, _) => loads++;

        await page.GotoAsync($"/casusboekjes/{booklet}/export/{export}");
        await page.WaitForTimeoutAsync(3_000);

        Assert.Equal(1, loads);
        Assert.Equal(0, await page.Locator("meta[http-equiv=refresh]").CountAsync());
        await Assertions.Expect(page.Locator("[aria-live=polite]")).ToContainTextAsync("40% klaar");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ApiDocumentationPage_ShowsTheApi_WithoutBlockedScripts_AndHasNoAccessibilityViolations()
    {
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };

        await page.GotoAsync("/api-documentatie");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dilemmaregister API", Exact = true })).ToBeVisibleAsync();

        Assert.DoesNotContain(problems, p => p.Contains("Content Security Policy", StringComparison.Ordinal));
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/beheer/domeinen")]
    [InlineData("/beheer/risicosignalen")]
    [InlineData("/beheer/inloggen")]
    [InlineData("/beheer/e-mail")]
    [InlineData("/beheer/bewaartermijnen")]
    [InlineData("/beheer/tekst-verwijderen")]
    [InlineData("/privacyverklaring")]
    public async Task BeheerPages_HaveNoAccessibilityViolations_AndFitAPhone(string path)
    {
        var page = await browser.LoggedInPageAsync("beheerder@voorbeeld.nl");
        await page.GotoAsync(path);
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        await page.SetViewportSizeAsync(320, 800);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        Assert.Equal(0, overflow);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ARefusedForm_OnAPhone_BringsItsErrorSummaryIntoViewWithTheFocus()
    {
        var page = await browser.LoggedInPageAsync("beheerder@voorbeeld.nl");
        await page.SetViewportSizeAsync(390, 800);
        await page.GotoAsync("/beheer/tekst-verwijderen");

        await page.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();

        var summary = page.Locator(".oh-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToBeInViewportAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Vul het nummer van het dilemma in");
        await page.Context.CloseAsync();
    }

    private static async Task OpenAsync(IPage page, string which)
    {
        switch (which)
        {
            case "Mijn werk":
                await page.GotoAsync("/");
                break;
            case "Zoeken":
                await page.GotoAsync("/zoeken?zoekterm=hennep+jeugdhulp");
                break;
            case "Nieuw dilemma":
                await page.GotoAsync("/dilemmas/nieuw");
                break;
            case "Besloten dilemma":
                await page.GotoAsync("/zoeken?zoekterm=hennepplantage+lopende+jeugdhulp&besloten=true");
                await page.Locator(".oh-results li h3 a").First.ClickAsync();
                await page.WaitForLoadStateAsync();
                break;
            case "Werkoverleg":
                await page.GotoAsync("/werkoverleggen");
                await page.Locator("main table a").First.ClickAsync();
                await page.WaitForLoadStateAsync();
                break;
            case "Dashboard":
                await page.GotoAsync("/dashboard");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(which), which, null);
        }
    }

    /// <summary>An export at 40 % whose worker is still at it (fresh heartbeat), so no worker takes it over during the test.</summary>
    private async Task<(Guid Booklet, Guid Export)> ExportHalfwayAsync(string email)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == email);
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(user.MunicipalityId);
        var booklet = await db.CaseBooklets.Select(b => b.Id).FirstAsync();
        var export = new BookletExport(user.MunicipalityId, booklet, BookletFormat.Pdf, user.Id, DateTimeOffset.UtcNow);
        // Committed only as "running elsewhere": seen queued for a moment, the app's export worker would take it and finish it.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.BookletExports.Add(export);
            await db.SaveChangesAsync();
            await db.BookletExports.Where(e => e.Id == export.Id).ExecuteUpdateAsync(u => u
                .SetProperty(e => e.Status, BookletExportStatus.Running).SetProperty(e => e.Progress, 40)
                .SetProperty(e => e.HeartbeatAt, DateTimeOffset.UtcNow.AddHours(1)).SetProperty(e => e.Attempts, 1));
            await transaction.CommitAsync();
        });
        return (booklet, export.Id);
    }
}
