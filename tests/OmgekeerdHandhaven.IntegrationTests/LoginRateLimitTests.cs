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
        var statuses = new List<HttpStatusCode>();

        for (var attempt = 0; attempt < RateLimitedAppFactory.Limit + 2; attempt++)
        {
            statuses.Add((await session.LoginAsync("niemand@voorbeeld.nl", "een verkeerd wachtwoord")).StatusCode);
        }

        Assert.All(statuses.Take(RateLimitedAppFactory.Limit), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses.Last());
        var (_, loginPage) = await session.GetAsync("/inloggen");
        Assert.Equal("Inloggen", loginPage.QuerySelector("h1")?.TextContent);
    }
}
