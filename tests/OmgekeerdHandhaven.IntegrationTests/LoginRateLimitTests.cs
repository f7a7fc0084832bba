using System.Net;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>An app with a small login budget, in its own database, so the limit can be reached quickly.</summary>
public sealed class RateLimitedAppFactory : AppFactory
{
    public const int Limit = 3;

    protected override string DatabaseName => "oh_integration_ratelimit";

    protected override int LoginPermitLimit => Limit;
}

public sealed class LoginRateLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    [Fact]
    public async Task LoginBurst_BeyondTheLimit_Answers429InDutch()
    {
        using var session = app.CreateSession();
        var responses = new List<HttpResponseMessage>();

        for (var attempt = 0; attempt < RateLimitedAppFactory.Limit + 2; attempt++)
        {
            responses.Add(await session.LoginAsync("niemand@voorbeeld.nl", "een verkeerd wachtwoord"));
        }

        Assert.All(responses.Take(RateLimitedAppFactory.Limit), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, responses[^1].StatusCode);
        Assert.Equal("Te veel pogingen", (await WebSession.ParseAsync(responses[^1])).QuerySelector("h1")?.TextContent);
        var (_, loginPage) = await session.GetAsync("/inloggen");
        Assert.Equal("Inloggen", loginPage.QuerySelector("h1")?.TextContent);
    }
}
