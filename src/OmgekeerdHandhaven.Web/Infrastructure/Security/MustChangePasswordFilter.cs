using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.Web.Infrastructure.Security;

/// <summary>Someone signed in with a one-time password must choose their own before anything else.</summary>
public sealed class MustChangePasswordFilter : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        // The API has no password form to send anyone to; a token is made by a user who already chose a password.
        if (!context.HttpContext.Request.Path.StartsWithSegments("/api")
            && context.HttpContext.User.HasClaim(TenantClaimTypes.MustChangePassword, "true")
            && context.ActionDescriptor.EndpointMetadata.OfType<AllowWithOneTimePasswordAttribute>().Any() is false)
        {
            context.Result = new RedirectResult("/wachtwoord-wijzigen");
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
