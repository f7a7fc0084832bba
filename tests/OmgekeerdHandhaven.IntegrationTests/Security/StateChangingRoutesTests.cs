using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.IntegrationTests.Security;

/// <summary>
/// Every route that changes state, found from the app's own endpoints (so a new action is covered the day it is
/// added): browser routes refuse a post without an antiforgery token, API routes refuse one without a valid bearer token.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class StateChangingRoutesTests(AppFactory app)
{
    private static readonly string[] Changing = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    /// <summary>
    /// Not bound to a session cookie, so a forged cross-site post gains nothing: the afmeldlink of a mail is proved by the
    /// protected token in its own address (a mail program's one-click post, RFC 8058, has no antiforgery token).
    /// MailTests proves that a changed link is refused.
    /// </summary>
    private static readonly string[] ProvedByTheirAddress = ["/e-mail/afmelden/x"];

    [Fact]
    public async Task EveryStateChangingBrowserRoute_RefusesAPostWithoutAntiforgeryToken_EvenForAUserWithEveryRole()
    {
        var routes = StateChangingRoutes().Where(r => !r.Url.StartsWith("/api/", StringComparison.Ordinal) && !ProvedByTheirAddress.Contains(r.Url)).ToList();
        Assert.True(routes.Count >= 40, $"only {routes.Count} browser routes found; the reflection missed some");
        // Every role, so that no authorisation rule answers before the antiforgery check does.
        var user = await app.CreateUserAsync("GM0000", "Alle-rollen-2026!", [.. Roles.All]);
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync(user.Email!, "Alle-rollen-2026!");

        var unprotected = new List<string>();
        foreach (var (method, url) in routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new FormUrlEncodedContent([new("Reason", "Zonder token")]) };
            using var response = await session.Client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                unprotected.Add($"{method} {url} → {(int)response.StatusCode}");
            }
        }

        Assert.Empty(unprotected);
    }

    [Fact]
    public async Task EveryStateChangingApiRoute_RefusesARequestWithoutOrWithAFalseBearerToken()
    {
        var routes = StateChangingRoutes().Where(r => r.Url.StartsWith("/api/", StringComparison.Ordinal)).ToList();
        Assert.True(routes.Count >= 10, $"only {routes.Count} API routes found");

        var unprotected = new List<string>();
        foreach (var (method, url) in routes)
        {
            foreach (var token in new[] { null, "ohp_bestaat-niet" })
            {
                using var client = app.CreateClient();
                if (token is not null)
                {
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
                using var response = await client.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.Unauthorized)
                {
                    unprotected.Add($"{method} {url} ({(token is null ? "zonder token" : "vals token")}) → {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(unprotected);
    }

    private List<(string Method, string Url)> StateChangingRoutes() => AppRoutes.With(app, Changing);

}
