using System.Net;
using Microsoft.AspNetCore.Http;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests.Security;

/// <summary>
/// Every page the app serves (every GET route, found from its endpoints, also when it answers 403 or 404) carries the
/// security headers, and nothing with case data may be cached — PDFs and exports included.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class ResponseHeadersTests(AppFactory app)
{
    [Fact]
    public async Task EveryGetRoute_AnswersWithTheSecurityHeaders_AndNoStore()
    {
        var routes = AppRoutes.With(app, HttpMethods.Get).Where(r => !r.Url.StartsWith("/api/", StringComparison.Ordinal) && !r.Url.StartsWith("/health", StringComparison.Ordinal)).ToList();
        Assert.True(routes.Count >= 40, $"only {routes.Count} GET routes found");
        var user = await app.CreateUserAsync("GM0000", "Alle-rollen-2026!", [.. Roles.All]);
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(user.Email!, "Alle-rollen-2026!");

        var missing = new List<string>();
        foreach (var (_, url) in routes)
        {
            using var response = await session.Client.GetAsync(url);
            if (response.StatusCode >= HttpStatusCode.InternalServerError)
            {
                missing.Add($"{url}: {(int)response.StatusCode}");
                continue;
            }

            // The API documentation's own script and icon (from its package, no case data) may be cached like our static files.
            var documentationAsset = url.StartsWith("/api-documentatie/", StringComparison.Ordinal) && Path.HasExtension(url);
            if (response.Headers.CacheControl?.NoStore != true && !documentationAsset)
            {
                missing.Add($"{url}: no Cache-Control: no-store");
            }

            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                var csp = response.Headers.TryGetValues("Content-Security-Policy", out var values) ? string.Join(' ', values) : string.Empty;
                foreach (var part in new[] { "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'" })
                {
                    if (!csp.Contains(part, StringComparison.Ordinal))
                    {
                        missing.Add($"{url}: CSP without {part}");
                    }
                }

                if (!response.Headers.TryGetValues("X-Content-Type-Options", out var nosniff) || nosniff.Single() != "nosniff")
                {
                    missing.Add($"{url}: no nosniff");
                }

                if (!response.Headers.TryGetValues("Referrer-Policy", out var referrer) || referrer.Single() is not ("no-referrer" or "same-origin" or "strict-origin-when-cross-origin"))
                {
                    missing.Add($"{url}: no strict Referrer-Policy");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public async Task OverHttps_PagesCarryHsts_AndEveryCookieIsSecureHttpOnlyAndSameSite()
    {
        // Served over HTTPS (directly, or behind a proxy that says so in X-Forwarded-Proto): the browser is told to stay
        // on HTTPS and never sends the session or antiforgery cookie over plain HTTP.
        using var session = new WebSession(app.CreateClient(new() { BaseAddress = new Uri("https://dilemmaregister.gemeente.example"), AllowAutoRedirect = false, HandleCookies = true }));
        var (loginPage, _) = await session.GetAsync("/inloggen");
        var login = await session.LoginAsync("consulent@voorbeeld.nl", WebSession.DemoPassword);
        var (home, _) = await session.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.StartsWith("max-age=", home.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var cookies = loginPage.Headers.GetValues("Set-Cookie").Concat(login.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("oh.sessie=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("oh.antiforgery=", StringComparison.Ordinal));
        Assert.All(cookies, cookie =>
        {
            var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
            Assert.Contains("secure", attributes);
            Assert.Contains("httponly", attributes);
            Assert.Contains(attributes, a => a.StartsWith("samesite=", StringComparison.Ordinal));
        });
    }
}
