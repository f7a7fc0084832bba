using System.Security.Claims;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;
using Serilog;

namespace OmgekeerdHandhaven.Web.Infrastructure.Logging;

/// <summary>Ids only: the request log line must never carry e-mail addresses, names, bodies or query strings.</summary>
public static class RequestLogEnricher
{
    public static void Enrich(IDiagnosticContext diagnostics, HttpContext context)
    {
        diagnostics.Set("UserId", context.User.FindFirstValue(ClaimTypes.NameIdentifier));
        diagnostics.Set("MunicipalityId", context.User.FindFirstValue(TenantClaimTypes.MunicipalityId));
    }
}
