using OmgekeerdHandhaven.Web.Domain;
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
            checkedPassword => checkedPassword.SecondStepNeeded
                ? Redirect("/inloggen/tweestaps" + (Url.IsLocalUrl(form.ReturnUrl) ? "?terug=" + Uri.EscapeDataString(form.ReturnUrl) : string.Empty))
                : SignedIn(checkedPassword.User, form.ReturnUrl),
            _ => View(nameof(Login), new LoginForm { Email = form.Email, ReturnUrl = form.ReturnUrl }));

    /// <summary>Inloggen, tweede stap: the code from the authenticator app, or a herstelcode (?herstelcode=ja).</summary>
    [HttpGet("/inloggen/tweestaps")]
    [AllowAnonymous]
    public IActionResult SecondStep([FromQuery(Name = "terug")] string? returnUrl, [FromQuery(Name = "herstelcode")] string? recovery) =>
        View(new SecondFactorForm { ReturnUrl = returnUrl, RecoveryCode = recovery == "ja" });

    [HttpPost("/inloggen/tweestaps")]
    [AllowAnonymous]
    [LoginAttemptLimit]
    public async Task<IActionResult> SecondStep(SecondFactorForm form, CancellationToken cancellationToken)
    {
        var outcome = await actions.SecondStepAsync(form, cancellationToken);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            TempData["Fout"] = "Uw inlogpoging is verlopen. Log opnieuw in met uw e-mailadres en wachtwoord.";
            return Redirect("/inloggen");
        }

        return this.Answer(outcome, user => SignedIn(user, form.ReturnUrl), _ => View(new SecondFactorForm { ReturnUrl = form.ReturnUrl, RecoveryCode = form.RecoveryCode }));
    }

    private IActionResult SignedIn(ApplicationUser user, string? returnUrl) =>
        user.MustChangePassword ? Redirect(AccountStepsFilter.ChangePasswordPath)
            : Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : Redirect("/");

    [HttpPost("/uitloggen")]
    [AllowAnonymous]
    [AllowWithOneTimePassword]
    [AllowBeforeSecondFactor]
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
