using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.Web.Infrastructure.SingleSignOn;

/// <summary>
/// The authentication schemes of the app plus one OpenID Connect scheme per gemeente that has a provider, read from
/// the database when asked for (so a gemeente set up on one app instance works on all of them). When the provider's
/// settings changed since this instance built its options, the options are dropped and built again.
/// </summary>
public sealed class GemeenteSchemeProvider(
    IOptions<AuthenticationOptions> options, IHttpContextAccessor http, IServiceScopeFactory scopes, IOptionsMonitorCache<OpenIdConnectOptions> built)
    : AuthenticationSchemeProvider(options)
{
    private readonly ConcurrentDictionary<string, uint> _builtVersions = new(StringComparer.Ordinal);

    public override async Task<AuthenticationScheme?> GetSchemeAsync(string name)
    {
        var code = GemeenteAccount.CodeOfScheme(name);
        if (code is null)
        {
            return await base.GetSchemeAsync(name);
        }

        var version = await VersionAsync(code);
        if (version is null || (_builtVersions.TryGetValue(name, out var known) && known != version))
        {
            built.TryRemove(name);
        }

        if (version is null)
        {
            _builtVersions.TryRemove(name, out _);
            return null;
        }

        _builtVersions[name] = version.Value;
        return new AuthenticationScheme(name, "Gemeente-account", typeof(OpenIdConnectHandler));
    }

    /// <summary>A provider's answer comes back on its gemeente's callback path; only then is that scheme asked to handle it.</summary>
    public override async Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync()
    {
        var schemes = await base.GetRequestHandlerSchemesAsync();
        if (http.HttpContext is { } context && GemeenteAccount.CodeOfCallback(context.Request.Path) is { } code
            && await GetSchemeAsync(GemeenteAccount.SchemeFor(code)) is { } scheme)
        {
            return [.. schemes, scheme];
        }

        return schemes;
    }

    private async Task<uint?> VersionAsync(string code)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.SignInProviders.IgnoreQueryFilters()
            .Where(p => db.Municipalities.Any(m => m.Id == p.MunicipalityId && m.Code == code))
            .Select(p => (uint?)p.Version)
            .SingleOrDefaultAsync();
    }
}
