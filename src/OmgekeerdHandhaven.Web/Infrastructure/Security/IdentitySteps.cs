using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>The steps of ASP.NET Core Identity the actions take, each saying plainly when it did not work.</summary>
public static class IdentitySteps
{
    /// <summary>
    /// A colleague's save in between (Identity's concurrency stamp) becomes the same conflict an EF save reports; any
    /// other failure is a fault, not something the user can mend.
    /// </summary>
    public static void Check(IdentityResult result, string changedMeanwhile)
    {
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new DbUpdateConcurrencyException(changedMeanwhile);
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Identity operation failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }

    /// <summary>Tweestapsverificatie off, with a new key: switching it on again means scanning again.</summary>
    public static async Task SwitchOffSecondFactorAsync(this UserManager<ApplicationUser> users, ApplicationUser user, string changedMeanwhile)
    {
        Check(await users.SetTwoFactorEnabledAsync(user, false), changedMeanwhile);
        Check(await users.ResetAuthenticatorKeyAsync(user), changedMeanwhile);
    }

    /// <summary>
    /// Tweestapsverificatie on with a key given rather than made: for the demo accounts, whose codes a newcomer (and a
    /// test) must be able to compute. A real user always gets a new key from their profile page.
    /// </summary>
    public static async Task SwitchOnSecondFactorWithKeyAsync(this UserManager<ApplicationUser> users, IUserStore<ApplicationUser> store, ApplicationUser user, string key)
    {
        await ((IUserAuthenticatorKeyStore<ApplicationUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
        Check(await users.SetTwoFactorEnabledAsync(user, true), "Het account is intussen gewijzigd.");
    }
}
