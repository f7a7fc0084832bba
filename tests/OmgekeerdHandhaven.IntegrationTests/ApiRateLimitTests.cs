using System.Net;
using System.Text.Json.Nodes;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>
/// An app with a small API budget, in a database of its own: each class fixture is an app of its own, and two creating
/// one database at once collide.
/// </summary>
public sealed class ApiLimitedAppFactory : Infrastructure.AppFactory
{
    public const int Limit = 3;

    protected override string DatabaseName => "oh_integration_apilimit";

    protected override int ApiPermitLimit => Limit;
}

/// <summary>
/// One script looping on the API must not take the register from the team: each personal access token has its own
/// budget (here three requests a minute), beyond which the API answers 429 with Retry-After and a Dutch problem+json;
/// another token, and the screens, are not affected.
/// </summary>
public sealed class ApiRateLimitTests(ApiLimitedAppFactory app) : IClassFixture<ApiLimitedAppFactory>
{
    [Fact]
    public async Task ATokenBeyondItsBudget_Gets429WithRetryAfter_AnotherTokenDoesNot()
    {
        using var busy = await app.ApiClientForAsync("handhaver@voorbeeld.nl");
        using var other = await app.ApiClientForAsync("handhaver@voorbeeld.nl");

        var answers = new List<HttpResponseMessage>();
        for (var request = 0; request < ApiLimitedAppFactory.Limit + 1; request++)
        {
            answers.Add(await busy.GetAsync("/api/v1/dilemmas?q=bijstand"));
        }

        Assert.All(answers.Take(ApiLimitedAppFactory.Limit), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var refused = answers[^1];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal(429, (int)problem["status"]!);
        Assert.Equal("Te veel verzoeken", (string?)problem["title"]);

        // The same user's other token has a budget of its own.
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/dilemmas?q=bijstand")).StatusCode);
    }

    [Fact]
    public async Task RequestsWithoutAValidToken_AreRefusedAsBefore_NotCounted()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "ohp_bestaat-niet");

        for (var request = 0; request < ApiLimitedAppFactory.Limit + 2; request++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/dilemmas")).StatusCode);
        }
    }
}
