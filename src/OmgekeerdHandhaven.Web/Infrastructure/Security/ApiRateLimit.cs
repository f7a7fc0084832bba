using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using OmgekeerdHandhaven.Web.Infrastructure.Web;

namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>Requests per personal access token within a sliding window (section "RateLimiting:Api").</summary>
public sealed class ApiRateLimitOptions
{
    public const string Section = "RateLimiting:Api";

    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 600;

    [Range(1, 3_600)]
    public int WindowSeconds { get; set; } = 60;

    [Range(1, 60)]
    public int SegmentsPerWindow { get; set; } = 6;
}

/// <summary>
/// One client's burst on the API (a script looping over every dilemma, say) must not slow the register for the team:
/// each personal access token gets its own budget in ASP.NET Core's rate limiter, a sliding window so a burst across
/// the edge of a minute counts as one. The budget is kept per app instance (in memory); behind a load balancer with N
/// instances a token can make up to N times as many requests (docs/operations.md).
/// </summary>
public static class ApiRateLimit
{
    public const string PolicyName = "api-per-token";

    /// <summary>The access token a request was authenticated with (set by <see cref="AccessTokenAuthenticationHandler"/>).</summary>
    public const string TokenClaim = "oh:token";

    public static void Configure(RateLimiterOptions options, ApiRateLimitOptions settings)
    {
        options.AddPolicy(PolicyName, context => context.User.FindFirstValue(TokenClaim) is { } token
            ? RateLimitPartition.GetSlidingWindowLimiter(token, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = settings.PermitLimit,
                Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                SegmentsPerWindow = settings.SegmentsPerWindow,
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter(string.Empty));
        options.OnRejected = async (context, cancellationToken) =>
        {
            // A sliding window frees a segment's requests at the segment's end: that is the earliest moment to retry.
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(settings.WindowSeconds / (double)settings.SegmentsPerWindow);
            context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await ApiProblems.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Te veel verzoeken",
                $"Dit token heeft de grens van {settings.PermitLimit} verzoeken per {settings.WindowSeconds} seconden bereikt. Probeer het na de tijd in Retry-After opnieuw.");
        };
    }
}
