using System.Net;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

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
        StartWithAFreshBudget();
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

    [Fact]
    public async Task LoginBurst_AcrossTheEdgeOfAMinute_CountsAsOneBurst()
    {
        // Two attempts in the last second of a minute and two in the first of the next: four within two seconds, over
        // the limit of three — a fixed per-minute window would have counted two and two and let them through.
        StartWithAFreshBudget();
        var window = new SlidingWindow(TimeSpan.FromMinutes(1), app.Clock.GetUtcNow());
        app.Clock.SetUtcNow(window.CurrentStart.AddMinutes(1).AddSeconds(-1));
        using var session = app.CreateSession();
        var responses = new List<HttpResponseMessage>();

        for (var attempt = 0; attempt < 4; attempt++)
        {
            if (attempt == 2)
            {
                app.Clock.Advance(TimeSpan.FromSeconds(1));
            }

            responses.Add(await session.LoginAsync("niemand@voorbeeld.nl", "een verkeerd wachtwoord"));
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], responses.Select(r => r.StatusCode));
        // The wait offered is until an attempt fits again, which lies within the new minute.
        var retryAfter = responses[^1].Headers.RetryAfter?.Delta;
        Assert.InRange(retryAfter ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        // Just past the edge, the two earlier attempts leave room for one more only once their minute has slid out.
        Assert.Contains("Wacht 1 minuut", (await WebSession.ParseAsync(responses[^1])).QuerySelector("main")?.TextContent, StringComparison.Ordinal);

        // Trying on regardless makes the wait longer than a minute, and the page says so instead of "een minuut".
        using var again = await session.LoginAsync("niemand@voorbeeld.nl", "een verkeerd wachtwoord");
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.True(again.Headers.RetryAfter?.Delta > TimeSpan.FromSeconds(60), "a longer wait after more attempts");
        Assert.Contains("Wacht 2 minuten", (await WebSession.ParseAsync(again)).QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Two windows on, so attempts of another test in this class no longer count.</summary>
    private void StartWithAFreshBudget() => app.Clock.Advance(TimeSpan.FromMinutes(2));
}
