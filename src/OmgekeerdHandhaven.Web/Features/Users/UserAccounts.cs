using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Users;

public sealed record CreatedUser(ApplicationUser User, string OneTimePassword);

/// <summary>
/// Creating an account, shared by Beheer › Gebruikers and the command line, so both apply the same rules
/// and both write the user and its roles in one transaction.
/// </summary>
public sealed class UserAccounts(AppDbContext db, UserManager<ApplicationUser> userManager, AuditLog audit)
{
    /// <summary>E-mail addresses are unique across all gemeenten (they are the login name), so this looks past the tenant filter.</summary>
    public Task<bool> EmailInUseAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = userManager.NormalizeEmail(email.Trim());
        return db.Users.IgnoreQueryFilters([AppDbContext.TenantFilter]).AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken);
    }

    /// <summary>Returns the user with a one-time password, or the Dutch reasons it could not be created (nothing is saved then).</summary>
    public async Task<(CreatedUser? Created, IReadOnlyList<string> Errors)> CreateAsync(
        Guid municipalityId, string email, string displayName, IReadOnlyCollection<string> roles, Guid? actorId, CancellationToken cancellationToken)
    {
        if (await EmailInUseAsync(email, cancellationToken))
        {
            return (null, ["Dit e-mailadres is al in gebruik."]);
        }

        var user = new ApplicationUser(municipalityId, email, displayName);
        var password = OneTimePassword.Generate();

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await userManager.CreateAsync(user, password);
            if (result.Succeeded)
            {
                result = await userManager.AddToRolesAsync(user, roles);
            }

            if (!result.Succeeded)
            {
                db.ChangeTracker.Clear();
                return ((CreatedUser?)null, (IReadOnlyList<string>)[.. result.Errors.Select(e => e.Description).Distinct()]);
            }

            audit.Record(municipalityId, actorId, AuditActions.UserCreated, "Gebruiker", user.Id.ToString(), $"Gebruiker aangemaakt met rollen {string.Join(", ", roles)}.");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (new CreatedUser(user, password), (IReadOnlyList<string>)[]);
        });
    }
}
