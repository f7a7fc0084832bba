using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;
using OmgekeerdHandhaven.TestIdentityProvider;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.SingleSignOn;

namespace OmgekeerdHandhaven.BrowserTests;

/// <summary>
/// A beslisser of a gemeente with its own identity provider, in Chromium on a phone: the gemeente's login address, the
/// provider's own login page, back in Mijn werk (no second factor asked of the register: the provider did that), and
/// logging out of both. The provider is real: OpenIddict on a loopback port.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class GemeenteAccountBrowserTests(BrowserFixture browser)
{
    private const string Code = "GM0307"; // Gemeente Amersfoort's CBS code; only this test uses it

    [Fact]
    public async Task ABeslisser_SignsInThroughTheProvidersLoginPage_ByKeyboard_AndLogsOutOfBoth()
    {
        var server = Environment.GetEnvironmentVariable("OH_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=55433;Username=postgres";
        await using (var connection = new NpgsqlConnection(server + ";Database=postgres"))
        {
            await connection.OpenAsync();
            await new NpgsqlCommand("DROP DATABASE IF EXISTS oh_idp_browser WITH (FORCE)", connection).ExecuteNonQueryAsync();
            await new NpgsqlCommand("CREATE DATABASE oh_idp_browser", connection).ExecuteNonQueryAsync();
        }

        var app = new Uri(browser.BaseUrl);
        var client = new IdpClient("dilemmaregister-amersfoort", "geheim-voor-de-browsertest",
            new Uri(app, GemeenteAccount.CallbackPath(Code)), new Uri(app, GemeenteAccount.SignedOutCallbackPath(Code)));
        await using var provider = await TestIdentityProvider.TestIdentityProvider.StartAsync(server + ";Database=oh_idp_browser", [client]);
        provider.Directory.Put(new IdpUser("e.devries", "Amersfoort-2026!", Guid.NewGuid().ToString(), "e.devries@amersfoort.example", "Esther de Vries", ["teamleiders"]));
        await ConnectAsync(provider.Authority, client);

        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"/g/{Code}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inloggen bij Gemeente Amersfoort" })).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Inloggen met uw gemeente-account" });
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(provider.Authority + "aanmelden**");
        await page.GetByLabel("Gebruikersnaam").FillAsync("e.devries");
        await page.GetByLabel("Wachtwoord").FillAsync("Amersfoort-2026!");
        await page.GetByLabel("Wachtwoord").PressAsync("Enter");

        await page.WaitForURLAsync(browser.BaseUrl.TrimEnd('/') + "/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn werk" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync("Esther de Vries");

        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await page.WaitForURLAsync(browser.BaseUrl.TrimEnd('/') + "/inloggen");
        await Assertions.Expect(page.GetByText("U bent uitgelogd.")).ToBeVisibleAsync();
        Assert.Equal(1, provider.SignOuts);

        // Out of both: the gemeente account's button asks for the provider's password again.
        await page.GotoAsync($"/g/{Code}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen met uw gemeente-account" }).ClickAsync();
        await page.WaitForURLAsync(provider.Authority + "aanmelden**");
        await page.Context.CloseAsync();
    }

    private async Task ConnectAsync(Uri authority, IdpClient client)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Code == Code);
        if (municipality is null)
        {
            municipality = new Municipality("Gemeente Amersfoort", Code);
            db.Municipalities.Add(municipality);
        }

        var provider = await db.SignInProviders.IgnoreQueryFilters().SingleOrDefaultAsync(p => p.MunicipalityId == municipality.Id);
        if (provider is null)
        {
            provider = new SignInProvider(municipality.Id);
            db.SignInProviders.Add(provider);
        }

        provider.Configure(authority.ToString(), client.ClientId, scope.ServiceProvider.GetRequiredService<ClientSecrets>().Protect(client.ClientSecret), "groups",
            new Dictionary<string, string[]> { [Roles.Beslisser] = ["teamleiders"] }, ["amersfoort.example"], createsUsers: true, localPasswordsAllowed: true, breakGlassUserId: null);
        await db.SaveChangesAsync();
    }
}
