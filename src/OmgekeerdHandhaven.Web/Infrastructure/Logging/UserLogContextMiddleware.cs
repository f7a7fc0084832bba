using System.Security.Claims;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;
using Serilog.Context;

namespace OmgekeerdHandhaven.Web.Infrastructure.Logging;

/// <summary>
/// Adds the user id and gemeente id (opaque GUIDs, never names or e-mail addresses) to every log event of the request.
/// </summary>
public sealed class UserLogContextMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var municipalityId = context.User.FindFirstValue(TenantClaimTypes.MunicipalityId);
        using (LogContext.PushProperty("UserId", userId))
        using (LogContext.PushProperty("MunicipalityId", municipalityId))
        {
            await next(context);
        }
    }
}
