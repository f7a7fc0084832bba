using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Web;

namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>
/// "Authorization: Bearer ohp_…" for the API: the token acts as its user, with the same claims the login cookie
/// carries (gemeente, roles). Unknown, revoked or expired tokens and deactivated users get 401.
/// </summary>
public sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    IUserClaimsPrincipalFactory<ApplicationUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        if (!secret.StartsWith(AccessToken.Prefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return AuthenticateResult.Fail("Ongeldig token.");
        }

        // No gemeente is known before the token is read; the hash is unique across the installation.
        var hash = AccessToken.HashOf(secret);
        var token = await db.AccessTokens.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
        if (token is null || !token.IsValidAt(TimeProvider.GetUtcNow()))
        {
            return AuthenticateResult.Fail("Ongeldig, ingetrokken of verlopen token.");
        }

        var user = await db.Users.IgnoreQueryFilters().SingleOrDefaultAsync(u => u.Id == token.UserId, Context.RequestAborted);
        if (user is not { IsActive: true })
        {
            return AuthenticateResult.Fail("Het account van dit token is gedeactiveerd.");
        }

        var principal = await principals.CreateAsync(user);
        // The token, not the user, has the API budget: a user's second script gets a budget of its own.
        ((System.Security.Claims.ClaimsIdentity)principal.Identity!).AddClaim(new System.Security.Claims.Claim(ApiRateLimit.TokenClaim, token.Id.ToString()));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Niet aangemeld", "Geef een geldig persoonlijk toegangstoken mee: Authorization: Bearer <token>.");
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        await AccessDeniedAudit.RecordAsync(Context);
        await ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Geen toegang", "Uw rol staat deze actie niet toe.");
    }
}
