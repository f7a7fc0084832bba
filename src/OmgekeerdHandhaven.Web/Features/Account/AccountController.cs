using OmgekeerdHandhaven.Web.Infrastructure.Actions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Account;

public sealed class AccountController(AccountActions actions) : Controller
{
    /// <summary>See <see cref="AccountActions.LoginFailedMessage"/>.</summary>
    public const string LoginFailedMessage = AccountActions.LoginFailedMessage;

    [HttpGet("/inloggen")]
    [AllowAnonymous]
    public IActionResult Login([FromQuery(Name = "terug")] string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return Redirect("/");
        }

        return View(new LoginForm { ReturnUrl = returnUrl });
    }

    [HttpPost("/inloggen")]
    [AllowAnonymous]
    [LoginAttemptLimit]
    public async Task<IActionResult> Login(LoginForm form, CancellationToken cancellationToken) =>
        this.Answer(await actions.LoginAsync(form, cancellationToken),
            user => user.MustChangePassword ? Redirect("/wachtwoord-wijzigen")
                : Url.IsLocalUrl(form.ReturnUrl) ? LocalRedirect(form.ReturnUrl) : Redirect("/"),
            _ => View(nameof(Login), new LoginForm { Email = form.Email, ReturnUrl = form.ReturnUrl }));

    [HttpPost("/uitloggen")]
    [AllowAnonymous]
    [AllowWithOneTimePassword]
    public async Task<IActionResult> Logout()
    {
        await actions.LogoutAsync(User);
        TempData["Melding"] = "U bent uitgelogd.";
        return Redirect("/inloggen");
    }

    [HttpGet("/wachtwoord-wijzigen")]
    [AllowWithOneTimePassword]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("/wachtwoord-wijzigen")]
    [AllowWithOneTimePassword]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, CancellationToken cancellationToken)
    {
        var outcome = await actions.ChangePasswordAsync(User, form, cancellationToken);
        return outcome.Kind == OutcomeKind.NotFound
            ? Challenge()
            : this.Answer(outcome, _ =>
            {
                TempData["Melding"] = "Uw wachtwoord is gewijzigd.";
                return Redirect("/");
            }, _ => View(new ChangePasswordForm()));
    }
}
