using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.Web.Infrastructure.SingleSignOn;

/// <summary>
/// The origins of the gemeenten's identity providers, for the Content-Security-Policy: a form whose answer redirects to
/// the provider (logging in, logging out) must name it in form-action, or the browser stops the redirect. The login pages
/// read them fresh; every other page (the Uitloggen button) uses this snapshot, renewed every minute.
/// </summary>
public sealed class ProviderOrigins(IServiceScopeFactory scopes) : BackgroundService
{
    private const string Item = "oh:form-action";

    private volatile FrozenDictionary<string, string> _byCode = FrozenDictionary<string, string>.Empty;

    /// <summary>The origin of this gemeente's provider, as last read.</summary>
    public string? OriginOf(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Read now (and kept): code → origin of every gemeente with a provider.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.SignInProviders.IgnoreQueryFilters([AppDbContext.TenantFilter])
            .Select(p => new { Code = db.Municipalities.Where(m => m.Id == p.MunicipalityId).Select(m => m.Code).Single(), p.Authority })
            .ToListAsync(cancellationToken);
        _byCode = rows.ToFrozenDictionary(r => r.Code, r => new Uri(r.Authority).GetLeftPart(UriPartial.Authority), StringComparer.Ordinal);
        return _byCode;
    }

    /// <summary>Lets this response's forms lead to these origins as well.</summary>
    public static void AllowFormsTo(HttpContext context, IEnumerable<string> origins) =>
        context.Items[Item] = string.Join(' ', origins.Distinct(StringComparer.Ordinal));

    /// <summary>The origins this response's forms may lead to besides the app itself.</summary>
    public string FormTargets(HttpContext context)
    {
        var origins = new List<string>();
        if (context.Items[Item] is string allowed && allowed.Length > 0)
        {
            origins.Add(allowed);
        }

        if (context.User.FindFirst(GemeenteAccount.ClaimType)?.Value is { } code && OriginOf(code) is { } origin)
        {
            origins.Add(origin);
        }

        return string.Join(' ', origins);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not at the very start: the database may still be migrating (the login pages read the origins themselves).
        await Task.Delay(TimeSpan.FromSeconds(10), stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        do
        {
            try
            {
                await ReadAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Whatever goes wrong (the database away, its retries exhausted) must not stop the app, which an
                // exception escaping a background service does: the last snapshot stays until the next minute.
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
