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

            if (response.Headers.CacheControl?.NoStore != true)
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
            }
        }

        Assert.Empty(missing);
    }
}
