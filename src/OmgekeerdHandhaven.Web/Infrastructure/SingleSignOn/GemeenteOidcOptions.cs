using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.Web.Infrastructure.SingleSignOn;

/// <summary>
/// Builds a gemeente scheme's OpenID Connect options from its <see cref="Domain.SignInProvider"/>: authorization code
/// flow with PKCE, the ID token checked on issuer (from the provider's metadata), audience (the client id), nonce,
/// state and lifetime by the handler itself; the result lands in Identity's external cookie for
/// <see cref="GemeenteAccount.CompletePath"/> to finish.
/// </summary>
public sealed partial class GemeenteOidcOptions(IServiceScopeFactory scopes, ClientSecrets secrets, ILogger<GemeenteOidcOptions> logger)
    : IConfigureNamedOptions<OpenIdConnectOptions>
{
    public const string LoginHintItem = "login_hint";

    public void Configure(OpenIdConnectOptions options)
    {
    }

    public void Configure(string? name, OpenIdConnectOptions options)
    {
        if (GemeenteAccount.CodeOfScheme(name) is not { } code)
        {
            return;
        }

        // Options are built once per instance and settings version (GemeenteSchemeProvider), so this read is rare.
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var provider = db.SignInProviders.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefault(p => db.Municipalities.Any(m => m.Id == p.MunicipalityId && m.Code == code))
            ?? throw new InvalidOperationException("The gemeente has no identity provider.");

        options.Authority = provider.Authority;
        options.ClientId = provider.ClientId;
        options.ClientSecret = secrets.Unprotect(provider.ProtectedClientSecret);
        options.RequireHttpsMetadata = new Uri(provider.Authority).Scheme == Uri.UriSchemeHttps;
        options.ResponseType = OpenIdConnectResponseType.Code;
        // The code comes back in the query of a top-level GET, so the correlation and nonce cookies can be SameSite=Lax
        // (form_post needs SameSite=None, which browsers refuse without https).
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.CallbackPath = GemeenteAccount.CallbackPath(code);
        options.SignedOutCallbackPath = GemeenteAccount.SignedOutCallbackPath(code);
        options.SignInScheme = IdentityConstants.ExternalScheme;
        options.Scope.Clear();
        options.Scope.Add(OpenIdConnectScope.OpenId);
        options.Scope.Add("profile");
        options.Scope.Add(OpenIdConnectScope.Email);
        // The claims as the provider names them (sub, oid, groups), not mapped to .NET's long URIs.
        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.SaveTokens = false;
        options.DisableTelemetry = true;
        options.TokenValidationParameters.NameClaimType = "name";
        options.CorrelationCookie.Name = "oh.oidc.correlatie.";
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.NonceCookie.Name = "oh.oidc.nonce.";
        options.NonceCookie.SameSite = SameSiteMode.Lax;
        options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Events = new OpenIdConnectEvents
        {
            OnRedirectToIdentityProvider = context =>
            {
                if (context.Properties.Items.TryGetValue(LoginHintItem, out var hint) && !string.IsNullOrEmpty(hint))
                {
                    context.ProtocolMessage.LoginHint = hint;
                }

                return Task.CompletedTask;
            },
            // Lets the provider find the registered post-logout address without an id_token_hint (none is kept).
            OnRedirectToIdentityProviderForSignOut = context =>
            {
                context.ProtocolMessage.ClientId = context.Options.ClientId;
                return Task.CompletedTask;
            },
            OnRemoteFailure = context =>
            {
                // The reason without its message: token validation messages may carry claim values.
                LogRemoteFailure(logger, code, context.Failure?.GetType().Name ?? "onbekend");
                context.Response.Redirect("/inloggen?fout=gemeente-account");
                context.HandleResponse();
                return Task.CompletedTask;
            },
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in through the identity provider of {Municipality} failed: {Failure}")]
    private static partial void LogRemoteFailure(ILogger logger, string municipality, string failure);
}
