using System.Net;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;

namespace OmgekeerdHandhaven.IntegrationTests;

[Collection(SharedApp.Name)]
public sealed class SecurityBaselineTests(AppFactory app)
{
    [Theory]
    [InlineData("/inloggen", false)]
    [InlineData("/", true)]
    [InlineData("/beheer/gebruikers", true)]
    public async Task HtmlResponses_CarryTheSecurityHeaders(string path, bool signedIn)
    {
        using var session = app.CreateSession();
        if (signedIn)
        {
            await session.LoginSuccessfullyAsync("beheerder@voorbeeld.nl");
        }

        var (response, _) = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(response.Headers.CacheControl?.NoStore, "pages may show case data and must not be cached");
    }

    [Fact]
    public async Task Pages_ContainNoInlineScript()
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync("teamleider@voorbeeld.nl");

        foreach (var path in new[] { "/", "/inloggen", "/wachtwoord-wijzigen", "/toegankelijkheid", "/dilemmas" })
        {
            var (_, page) = await session.GetAsync(path);
            Assert.All(page.QuerySelectorAll("script"), script => Assert.True(script.HasAttribute("src"), $"inline script on {path}"));
            Assert.Empty(page.QuerySelectorAll("[onclick],[onload],[onsubmit]"));
        }
    }

    [Fact]
    public async Task UnknownPage_AnswersDutch404WithoutDetails()
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");

        var (response, page) = await session.GetAsync("/bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Pagina niet gevonden", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task AnonymousVisitor_IsSentToTheLoginPage()
    {
        using var session = app.CreateSession();

        var (response, _) = await session.GetAsync("/beheer/gebruikers");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/inloggen", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task LoginAndAccessibilityStatement_AreOpenWithoutAccount()
    {
        using var session = app.CreateSession();

        var (login, loginPage) = await session.GetAsync("/inloggen");
        var (statement, statementPage) = await session.GetAsync("/toegankelijkheid");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.NotNull(loginPage.QuerySelector("label[for=Email]"));
        Assert.Equal("E-mailadres", loginPage.QuerySelector("label[for=Email]")?.TextContent);
        Assert.Equal("Wachtwoord", loginPage.QuerySelector("label[for=Password]")?.TextContent);
        Assert.Equal("Inloggen", loginPage.QuerySelector("button[type=submit]")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, statement.StatusCode);
        Assert.Equal("Toegankelijkheidsverklaring", statementPage.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task DataProtectionKeys_AreStoredEncryptedWithTheCertificate_AndStillWork()
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync("consulent@voorbeeld.nl"); // the session cookie is protected with these keys

        var keys = await app.QueryAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/profiel")).StatusCode);
    }

    [Fact]
    public async Task ThePrivacyStatement_IsOpenWithoutAccount_AndSaysHowLongFromTheGemeentesTerms()
    {
        using var anonymous = app.CreateSession();
        var (response, page) = await anonymous.GetAsync("/privacyverklaring");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Privacyverklaring", page.QuerySelector("h1")?.TextContent);
        var table = page.QuerySelector("table")!.TextContent;
        Assert.Contains("Tot 90 dagen nadat u ze las", table, StringComparison.Ordinal);
        Assert.Contains("7 jaar", table, StringComparison.Ordinal);

        using var colleague = app.CreateSession();
        await colleague.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        (_, page) = await colleague.GetAsync("/privacyverklaring");
        Assert.Contains("De termijnen hieronder zijn die van Gemeente Voorbeeld.", page.QuerySelector("article")!.TextContent, StringComparison.Ordinal);
        var (_, home) = await colleague.GetAsync("/");
        Assert.NotNull(home.QuerySelector("footer a[href='/privacyverklaring']"));
    }
}
