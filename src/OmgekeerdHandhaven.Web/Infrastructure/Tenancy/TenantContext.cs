using System.Security.Claims;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

/// <summary>
/// Takes the gemeente from the signed-in user's claims. Command-line commands and the seeder have no user,
/// so they name the gemeente they work for explicitly with <see cref="Use"/>.
/// </summary>
public sealed class TenantContext(IHttpContextAccessor httpContextAccessor) : ITenantContext
{
    private Guid? _explicitMunicipalityId;

    public Guid? MunicipalityId => _explicitMunicipalityId ?? FromPrincipal(httpContextAccessor.HttpContext?.User);

    public void Use(Guid municipalityId) => _explicitMunicipalityId = municipalityId;

    public static Guid? FromPrincipal(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        return Guid.TryParse(user.FindFirstValue(TenantClaimTypes.MunicipalityId), out var id) ? id : null;
    }
}
