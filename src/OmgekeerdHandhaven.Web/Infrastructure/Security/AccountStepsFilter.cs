using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>
/// Steps an account takes before anything else: someone signed in with a one-time password chooses their own, then
/// someone whose gemeente asks a second factor of their role sets up tweestapsverificatie.
/// </summary>
public sealed class AccountStepsFilter : IActionFilter
{
    public const string ChangePasswordPath = "/wachtwoord-wijzigen";

    public const string SecondFactorPath = "/profiel/tweestapsverificatie";

    public void OnActionExecuting(ActionExecutingContext context)
    {
        // The API has no form to send anyone to; a token is made by a user who already took these steps, and a token
        // made before the requirement was switched on is the Beheerder's to revoke.
        var user = context.HttpContext.User;
        if (context.HttpContext.Request.Path.StartsWithSegments("/api"))
        {
            return;
        }

        var metadata = context.ActionDescriptor.EndpointMetadata;
        // Signed in with the gemeente account, there is no password of ours to choose, and the provider asked whatever
        // second factor the gemeente requires (GemeenteAccountActions checks its amr).
        if (user.HasClaim(c => c.Type == SingleSignOn.GemeenteAccount.ClaimType))
        {
            return;
        }

        if (user.HasClaim(TenantClaimTypes.MustChangePassword, "true"))
        {
            if (!metadata.OfType<AllowWithOneTimePasswordAttribute>().Any())
            {
                context.Result = new RedirectResult(ChangePasswordPath);
            }
        }
        else if (user.HasClaim(TenantClaimTypes.MustSetUpSecondFactor, "true") && !metadata.OfType<AllowBeforeSecondFactorAttribute>().Any())
        {
            context.Result = new RedirectResult(SecondFactorPath);
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
