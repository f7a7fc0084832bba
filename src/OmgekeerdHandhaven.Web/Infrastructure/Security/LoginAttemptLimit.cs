using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>
/// Login attempts per client address in a sliding window, counted in PostgreSQL so that every instance behind the load
/// balancer shares one budget (an in-memory limiter would give each instance its own, and the answer would depend on
/// which instance a request reaches). Generous enough for a town hall's staff behind one NAT address at nine o'clock,
/// tight enough to stop password spraying; guessing one account's password is stopped by the lockout. The address is
/// stored only as a hash, and only for a day.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LoginAttemptLimitAttribute : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var settings = services.GetRequiredService<IOptions<LoginLimitOptions>>().Value;
        var limit = settings.PermitLimit;
        var window = new SlidingWindow(TimeSpan.FromSeconds(settings.WindowSeconds), services.GetRequiredService<TimeProvider>().GetUtcNow());
        var client = Hash(context.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "onbekend");
        var since = window.Now.AddDays(-1);

        var db = services.GetRequiredService<AppDbContext>();
        // The previous window is read in the same statement: the statement sees the table as it was before its own
        // insert, which touches only the current window.
        var counts = (await db.Database.SqlQuery<WindowCounts>($"""
            WITH expired AS (DELETE FROM login_attempt_windows WHERE window_start < {since}),
            counted AS (
                INSERT INTO login_attempt_windows (client_hash, window_start, attempts) VALUES ({client}, {window.CurrentStart}, 1)
                ON CONFLICT (client_hash, window_start) DO UPDATE SET attempts = login_attempt_windows.attempts + 1
                RETURNING attempts)
            SELECT coalesce((SELECT attempts FROM login_attempt_windows WHERE client_hash = {client} AND window_start = {window.PreviousStart}), 0) AS previous,
                   (SELECT attempts FROM counted) AS current
            """).ToListAsync(context.HttpContext.RequestAborted)).Single();

        if (window.Estimate(counts.Previous, counts.Current) > limit)
        {
            var retryAfter = (int)Math.Ceiling(window.RetryAfter(counts.Previous, counts.Current, limit).TotalSeconds);
            context.HttpContext.Response.Headers.RetryAfter = Math.Max(retryAfter, 1).ToString(CultureInfo.InvariantCulture);
            context.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
            return;
        }

        await next();
    }

    private sealed record WindowCounts(int Previous, int Current);

    private static string Hash(string address) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("oh-inloggen:" + address)));
}
