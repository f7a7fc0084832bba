using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>
/// Login attempts per client address in a fixed window, counted in PostgreSQL so that every instance behind the load
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
        var configuration = services.GetRequiredService<IConfiguration>();
        var limit = configuration.GetValue("RateLimiting:Login:PermitLimit", 60);
        var seconds = configuration.GetValue("RateLimiting:Login:WindowSeconds", 60);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var window = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds() / seconds * seconds);
        var client = Hash(context.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "onbekend");
        var since = now.AddDays(-1);

        var db = services.GetRequiredService<AppDbContext>();
        // ToListAsync, not SingleAsync: EF would wrap the statement in a subquery, where an INSERT cannot stand.
        var attempts = (await db.Database.SqlQuery<int>($"""
            WITH expired AS (DELETE FROM login_attempt_windows WHERE window_start < {since})
            INSERT INTO login_attempt_windows (client_hash, window_start, attempts) VALUES ({client}, {window}, 1)
            ON CONFLICT (client_hash, window_start) DO UPDATE SET attempts = login_attempt_windows.attempts + 1
            RETURNING attempts AS "Value"
            """).ToListAsync(context.HttpContext.RequestAborted).ConfigureAwait(false)).Single();

        if (attempts > limit)
        {
            var retryAfter = (int)Math.Ceiling((window.AddSeconds(seconds) - now).TotalSeconds);
            context.HttpContext.Response.Headers.RetryAfter = Math.Max(retryAfter, 1).ToString(CultureInfo.InvariantCulture);
            context.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
            return;
        }

        await next().ConfigureAwait(false);
    }

    private static string Hash(string address) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("oh-inloggen:" + address)));
}
