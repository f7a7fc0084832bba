using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>
/// Users are tenant-filtered like all gemeente data. Before anyone is signed in (the login form, and the cookie
/// check that runs before the request knows its user) there is no gemeente yet, and the account must still be
/// found by its installation-wide unique e-mail or id. Once a user is signed in, lookups stay in their gemeente,
/// so a Beheerder cannot reach another gemeente's accounts even by id.
/// </summary>
public sealed class TenantAwareUserStore(AppDbContext context, ITenantContext tenant, IdentityErrorDescriber? describer = null)
    : UserStore<ApplicationUser, IdentityRole<Guid>, AppDbContext, Guid>(context, describer)
{
    private IQueryable<ApplicationUser> Lookup =>
        tenant.MunicipalityId is null ? Context.Users.IgnoreQueryFilters([AppDbContext.TenantFilter]) : Context.Users;

    public override Task<ApplicationUser?> FindByIdAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return Guid.TryParse(userId, out var id)
            ? Lookup.SingleOrDefaultAsync(u => u.Id == id, cancellationToken)
            : Task.FromResult<ApplicationUser?>(null);
    }

    public override Task<ApplicationUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken = default) =>
        Lookup.SingleOrDefaultAsync(u => u.NormalizedUserName == normalizedUserName, cancellationToken);

    public override Task<ApplicationUser?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken = default) =>
        Lookup.SingleOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken);
}
