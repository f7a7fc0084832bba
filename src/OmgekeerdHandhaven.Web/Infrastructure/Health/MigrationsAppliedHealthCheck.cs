using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.Web.Infrastructure.Health;

/// <summary>Not ready while the schema lags behind the code: requests would fail on missing tables or columns.</summary>
public sealed class MigrationsAppliedHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
        return pending.Any()
            ? HealthCheckResult.Unhealthy("Er zijn migraties die nog niet zijn toegepast.")
            : HealthCheckResult.Healthy();
    }
}
