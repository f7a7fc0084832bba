using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>
/// Puts the gemeente and display name in the cookie, so tenancy and the header need no query per request. Roles are
/// added by name in one query: the app gives roles no claims of their own, and Identity's role-aware factory looked up
/// every role and its claims again (four more queries on every API request, which builds its principal per request).
/// </summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    IOptions<IdentityOptions> options,
    AppDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var roles = await UserManager.GetRolesAsync(user);
        foreach (var role in roles)
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, role));
        }

        var municipality = await db.Municipalities.AsNoTracking()
            .Where(m => m.Id == user.MunicipalityId)
            .Select(m => new { m.Name, m.SecondFactorRequired })
            .SingleAsync();
        var municipalityName = municipality.Name;

        identity.AddClaim(new Claim(TenantClaimTypes.MunicipalityId, user.MunicipalityId.ToString()));
        identity.AddClaim(new Claim(TenantClaimTypes.MunicipalityName, municipalityName));
        identity.AddClaim(new Claim(TenantClaimTypes.DisplayName, user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(TenantClaimTypes.MustChangePassword, "true"));
        }

        // Also rebuilt at the periodic session check, so switching the requirement on reaches open sessions too.
        if (!user.TwoFactorEnabled && Municipality.SecondFactorNeeded(municipality.SecondFactorRequired, roles))
        {
            identity.AddClaim(new Claim(TenantClaimTypes.MustSetUpSecondFactor, "true"));
        }

        return identity;
    }
}
