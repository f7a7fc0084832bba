using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Account;

public sealed partial class AccountController(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    IPasswordHasher<ApplicationUser> passwordHasher,
    AppDbContext db,
    AuditLog audit,
    ILogger<AccountController> logger) : Controller
{
    /// <summary>
    /// One message for an unknown address, a wrong password, a locked or a deactivated account: the answer must not
    /// tell an attacker which addresses exist.
    /// </summary>
    public const string LoginFailedMessage =
        "Het e-mailadres of het wachtwoord is onjuist, of het account is (tijdelijk) geblokkeerd. " +
        "Na 5 mislukte pogingen wordt een account 15 minuten geblokkeerd.";

    // Hashed once so an unknown address costs the same PBKDF2 work as a known one (no timing difference).
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<ApplicationUser>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = PasswordPolicy.Pbkdf2Iterations }))
            .HashPassword(null!, Guid.NewGuid().ToString()));

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
    public async Task<IActionResult> Login(LoginForm form, [FromServices] IValidator<LoginForm> validator)
    {
        var validation = await validator.ValidateAsync(form);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return View(new LoginForm { Email = form.Email, ReturnUrl = form.ReturnUrl });
        }

        var user = await userManager.FindByEmailAsync(form.Email.Trim());
        if (user is null)
        {
            passwordHasher.VerifyHashedPassword(null!, DummyHash.Value, form.Password);
            LogLoginFailed(logger, null);
            return LoginFailed(form);
        }

        var result = await signInManager.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            LogLoginFailed(logger, user.Id);
            audit.Record(user.MunicipalityId, user.Id, AuditActions.LoginFailed, "Gebruiker", user.Id.ToString(),
                result.IsLockedOut ? "Inloggen mislukt; account is (tijdelijk) geblokkeerd." : result.IsNotAllowed ? "Inloggen mislukt; account is gedeactiveerd." : "Inloggen mislukt: verkeerd wachtwoord.");
            await db.SaveChangesAsync();
            return LoginFailed(form);
        }

        LogLoggedIn(logger, user.Id);
        audit.Record(user.MunicipalityId, user.Id, AuditActions.Login, "Gebruiker", user.Id.ToString(), "Ingelogd.");
        await db.SaveChangesAsync();
        if (user.MustChangePassword)
        {
            return Redirect("/wachtwoord-wijzigen");
        }

        return Url.IsLocalUrl(form.ReturnUrl) ? LocalRedirect(form.ReturnUrl) : Redirect("/");
    }

    [HttpPost("/uitloggen")]
    [AllowAnonymous]
    [AllowWithOneTimePassword]
    public async Task<IActionResult> Logout()
    {
        // Ended on the server too: a copy of the cookie is worth nothing after this.
        await UserSessions.EndAsync(db, User);
        await signInManager.SignOutAsync();
        TempData["Melding"] = "U bent uitgelogd.";
        return Redirect("/inloggen");
    }

    [HttpGet("/wachtwoord-wijzigen")]
    [AllowWithOneTimePassword]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("/wachtwoord-wijzigen")]
    [AllowWithOneTimePassword]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, [FromServices] IValidator<ChangePasswordForm> validator)
    {
        var validation = await validator.ValidateAsync(form);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return View(new ChangePasswordForm());
        }

        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        user.PasswordChangedByUser();
        var result = await userManager.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(form.CurrentPassword) : nameof(form.NewPassword);
                ModelState.AddModelError(field, error.Description);
            }

            return View(new ChangePasswordForm());
        }

        // Every session of this user ends at once (and the new security stamp would end them too); this one continues
        // as a fresh session with a fresh cookie.
        await UserSessions.EndAllAsync(db, user.Id);
        await signInManager.RefreshSignInAsync(user);
        audit.Record(user.MunicipalityId, user.Id, AuditActions.PasswordChanged, "Gebruiker", user.Id.ToString(), "Eigen wachtwoord gewijzigd.");
        await db.SaveChangesAsync();
        TempData["Melding"] = "Uw wachtwoord is gewijzigd.";
        return Redirect("/");
    }

    private ViewResult LoginFailed(LoginForm form)
    {
        ModelState.AddModelError(string.Empty, LoginFailedMessage);
        return View(nameof(Login), new LoginForm { Email = form.Email, ReturnUrl = form.ReturnUrl });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Login succeeded for user {UserId}")]
    private static partial void LogLoggedIn(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login failed (user {UserId}; null when the address is unknown)")]
    private static partial void LogLoginFailed(ILogger logger, Guid? userId);
}
