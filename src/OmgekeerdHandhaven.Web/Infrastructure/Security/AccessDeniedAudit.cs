using System.Security.Claims;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>A signed-in user refused by a policy or an object rule: one logboek line with the path (never the query string).</summary>
public static class AccessDeniedAudit
{
    public static async Task RecordAsync(HttpContext context)
    {
        var municipalityId = TenantContext.FromPrincipal(context.User);
        if (municipalityId is null || !Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return;
        }

        var services = context.RequestServices;
        var db = services.GetRequiredService<AppDbContext>();

        // Only the entry: whatever the refused action may have changed in memory must not be saved with it.
        db.ChangeTracker.Clear();
        services.GetRequiredService<AuditLog>().Record(municipalityId.Value, userId, AuditActions.AccessDenied, "Pagina",
            $"{context.Request.Method} {context.Request.Path}", $"Geen toegang tot {context.Request.Method} {context.Request.Path}.");
        await db.SaveChangesAsync(context.RequestAborted);
    }
}
