using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;
using OmgekeerdHandhaven.Web.Infrastructure.SingleSignOn;

namespace OmgekeerdHandhaven.Web.Features.Account;

public sealed class AccountController(AccountActions actions, GemeenteAccountActions gemeenteAccounts, ProviderOrigins providers) : Controller
{
    /// <summary>See <see cref="AccountActions.LoginFailedMessage"/>.</summary>
    public const string LoginFailedMessage = AccountActions.LoginFailedMessage;

    [HttpGet("/inloggen")]
    [AllowAnonymous]
    public async Task<IActionResult> Login([FromQuery(Name = "terug")] string? returnUrl, [FromQuery(Name = "fout")] string? failure, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return Redirect("/");
        }

        // The provider's answer was refused (GemeenteOidcOptions.OnRemoteFailure).
        if (failure == "gemeente-account")
        {
            ModelState.AddModelError(string.Empty, GemeenteAccountActions.FailedMessage);
        }

        await AllowAllProvidersAsync(cancellationToken);
        return View(new LoginForm { ReturnUrl = returnUrl });
    }

    /// <summary>A gemeente's own login address (/g/GM0344): the button for its provider, and the password form where allowed.</summary>
    [HttpGet("/g/{code}")]
    [AllowAnonymous]
    public async Task<IActionResult> GemeenteLogin(string code, [FromQuery(Name = "terug")] string? returnUrl, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return Redirect("/");
        }

        var gemeente = await gemeenteAccounts.FindAsync(code, cancellationToken);
        if (gemeente is null)
        {
            return NotFound();
        }

        await AllowAllProvidersAsync(cancellationToken);
        return View(nameof(Login), new LoginForm { ReturnUrl = returnUrl, Gemeente = gemeente });
    }

    [HttpPost("/g/{code}/gemeente-account")]
    [AllowAnonymous]
    [LoginAttemptLimit]
    public async Task<IActionResult> SignInWithGemeenteAccount(string code, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        var gemeente = await gemeenteAccounts.FindAsync(code, cancellationToken);
        return gemeente is { HasProvider: true } ? GemeenteChallenge(gemeente.Code, loginHint: null, returnUrl) : NotFound();
    }

    /// <summary>Back from the provider, its ID token validated: find or make the account, set its roles, sign in.</summary>
    [HttpGet(GemeenteAccount.CompletePath)]
    [AllowAnonymous]
    public async Task<IActionResult> CompleteGemeenteAccount(CancellationToken cancellationToken)
    {
        var returnUrl = (await HttpContext.AuthenticateAsync(Microsoft.AspNetCore.Identity.IdentityConstants.ExternalScheme)).Properties?.GetString(ReturnItem);
        var outcome = await gemeenteAccounts.CompleteAsync(cancellationToken);
        if (!outcome.IsDone)
        {
            TempData["Fout"] = outcome.Refusals.Count > 0 ? outcome.Refusals[0].Message : GemeenteAccountActions.FailedMessage;
            return Redirect("/inloggen");
        }

        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : Redirect("/");
    }

    private const string ReturnItem = "terug";

    private ProviderRedirectResult GemeenteChallenge(string code, string? loginHint, string? returnUrl)
    {
        var properties = GemeenteAccountActions.ChallengeFor(code, loginHint);
        if (Url.IsLocalUrl(returnUrl))
        {
            properties.Items[ReturnItem] = returnUrl;
        }

        return new ProviderRedirectResult(GemeenteAccount.SchemeFor(code), properties, signOut: false);
    }

    [HttpPost("/inloggen")]
    [AllowAnonymous]
    [LoginAttemptLimit]
    public async Task<IActionResult> Login(LoginForm form, CancellationToken cancellationToken)
    {
        await AllowAllProvidersAsync(cancellationToken);
        return this.Answer(await actions.LoginAsync(form, cancellationToken),
            checkedPassword => checkedPassword.GemeenteAccount is { } code ? GemeenteChallenge(code, form.Email.Trim(), form.ReturnUrl)
                : checkedPassword.SecondStepNeeded
                ? Redirect("/inloggen/tweestaps" + (Url.IsLocalUrl(form.ReturnUrl) ? "?terug=" + Uri.EscapeDataString(form.ReturnUrl) : string.Empty))
                : SignedIn(checkedPassword.User!, form.ReturnUrl),
            _ => View(nameof(Login), new LoginForm { Email = form.Email, ReturnUrl = form.ReturnUrl }));
    }

    /// <summary>The form here may lead to any gemeente's provider (the address typed decides which).</summary>
    private async Task AllowAllProvidersAsync(CancellationToken cancellationToken) =>
        ProviderOrigins.AllowFormsTo(HttpContext, (await providers.ReadAsync(cancellationToken)).Values);

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
        var provider = GemeenteAccountActions.SchemeToSignOutOf(User);
        await actions.LogoutAsync(User);
        TempData["Melding"] = "U bent uitgelogd.";
        // Signed in with the gemeente account: the provider's session ends too, and it sends the user back here.
        return provider is null
            ? Redirect("/inloggen")
            : new ProviderRedirectResult(provider, new AuthenticationProperties { RedirectUri = "/inloggen" }, signOut: true);
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
