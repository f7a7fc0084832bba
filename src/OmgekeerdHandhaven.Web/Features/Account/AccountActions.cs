using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Account;

/// <summary>The password was right; <see cref="SecondStepNeeded"/>: the authenticator code comes next.</summary>
/// <summary>
/// The password was right (a second step may still be needed), or the address belongs to a gemeente that signs in
/// with its own provider and no password was typed: then <see cref="GemeenteAccount"/> names that gemeente.
/// </summary>
public sealed record PasswordChecked(ApplicationUser? User, bool SecondStepNeeded, string? GemeenteAccount = null);

/// <summary>
/// Inloggen, uitloggen and the user's own password: each writes its logboek entry and ends sessions on the server where
/// it should, and answers as an <see cref="Outcome{T}"/>. Signing in sets the cookie through ASP.NET Core Identity.
/// </summary>
public sealed partial class AccountActions(
    SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, IPasswordHasher<ApplicationUser> hasher, AppDbContext db, UnitOfWork work, AuditLog audit,
    GemeenteAccountActions gemeenteAccounts, IValidator<LoginForm> logins, IValidator<SecondFactorForm> secondSteps, IValidator<ChangePasswordForm> passwords, ILogger<AccountActions> logger)
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

    private static readonly FieldRefusal LoginFailed = new(string.Empty, LoginFailedMessage);

    private static readonly FieldRefusal PasswordsOff = new(string.Empty,
        "Uw gemeente logt in met het gemeente-account, niet met een wachtwoord. Laat het wachtwoord leeg en kies Inloggen.");

    /// <summary>
    /// Done: the user, signed in — or, with tweestapsverificatie on, known by password and waiting for the second step
    /// (Identity keeps that in a short-lived cookie of its own). A failed attempt is logged (for a known account) and
    /// counts toward its lockout.
    /// </summary>
    public async Task<Outcome<PasswordChecked>> LoginAsync(LoginForm form, CancellationToken cancellationToken)
    {
        var gemeente = await gemeenteAccounts.ForEmailAsync(form.Email, cancellationToken);
        if (gemeente is not null && string.IsNullOrEmpty(form.Password))
        {
            return Outcome.Done(new PasswordChecked(null, SecondStepNeeded: false, gemeente.Code));
        }

        var validation = await logins.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome.Refused<PasswordChecked>(validation);
        }

        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is null)
        {
            hasher.VerifyHashedPassword(null!, DummyHash.Value, form.Password);
            LogLoginFailed(logger, null);
            // Said from the address alone, so it tells no more than the gemeente's domain already does.
            return Outcome.Refused<PasswordChecked>([gemeente is { PasswordsAllowed: false } ? PasswordsOff : LoginFailed]);
        }

        if (!await gemeenteAccounts.AllowsPasswordAsync(user, cancellationToken))
        {
            hasher.VerifyHashedPassword(null!, DummyHash.Value, form.Password);
            LogLoginFailed(logger, user.Id);
            return Outcome.Refused<PasswordChecked>([gemeente is null ? LoginFailed : PasswordsOff]);
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return Outcome.Done(new PasswordChecked(user, SecondStepNeeded: true));
        }

        if (!result.Succeeded)
        {
            LogLoginFailed(logger, user.Id);
            await work.SaveAsync(input: null, () =>
            {
                Record(user, AuditActions.LoginFailed,
                    result.IsLockedOut ? "Inloggen mislukt; account is (tijdelijk) geblokkeerd." : result.IsNotAllowed ? "Inloggen mislukt; account is gedeactiveerd." : "Inloggen mislukt: verkeerd wachtwoord.");
                return Task.FromResult(user);
            }, LoginFailedMessage, cancellationToken);
            return Outcome.Refused<PasswordChecked>([LoginFailed]);
        }

        LogLoggedIn(logger, user.Id);
        return await work.SaveAsync(input: null, () =>
        {
            Record(user, AuditActions.Login, "Ingelogd.");
            return Task.FromResult(new PasswordChecked(user, SecondStepNeeded: false));
        }, LoginFailedMessage, cancellationToken);
    }

    /// <summary>
    /// The second step: a code from the authenticator app (a wrong one counts toward the lockout, like a wrong
    /// password) or a recovery code, which works once. Not found: the first step is too long ago or never happened.
    /// </summary>
    public async Task<Outcome<ApplicationUser>> SecondStepAsync(SecondFactorForm form, CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Outcome.NotFound<ApplicationUser>();
        }

        var validation = await secondSteps.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome.Refused<ApplicationUser>(validation);
        }

        var result = form.RecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(form.Typed)
            : await signIn.TwoFactorAuthenticatorSignInAsync(form.Typed, isPersistent: false, rememberClient: false);
        if (!result.Succeeded)
        {
            LogLoginFailed(logger, user.Id);
            await work.SaveAsync(input: null, () =>
            {
                Record(user, AuditActions.LoginFailed, result.IsLockedOut
                    ? "Inloggen mislukt bij de tweede stap; account is (tijdelijk) geblokkeerd."
                    : form.RecoveryCode ? "Inloggen mislukt: onjuiste herstelcode." : "Inloggen mislukt: onjuiste code bij de tweede stap.");
                return Task.FromResult(user);
            }, LoginFailedMessage, cancellationToken);
            return Outcome.Refused<ApplicationUser>([new FieldRefusal(nameof(SecondFactorForm.Code), result.IsLockedOut
                ? "Te veel onjuiste codes: het account is 15 minuten geblokkeerd."
                : form.RecoveryCode
                    ? "Deze herstelcode klopt niet of is al gebruikt."
                    : "De code klopt niet. Kijk of de tijd op uw telefoon goed staat en vul de nieuwe code in.")]);
        }

        LogLoggedIn(logger, user.Id);
        return await work.SaveAsync(input: null, () =>
        {
            Record(user, AuditActions.Login, form.RecoveryCode ? "Ingelogd met een herstelcode." : "Ingelogd met tweestapsverificatie.");
            return Task.FromResult(user);
        }, LoginFailedMessage, cancellationToken);
    }

    /// <summary>Ended on the server too: a copy of the cookie is worth nothing after this.</summary>
    public async Task LogoutAsync(ClaimsPrincipal principal)
    {
        await UserSessions.EndAsync(db, principal);
        await signIn.SignOutAsync();
    }

    /// <summary>
    /// Every session of this user ends at once (the new security stamp would end them too); this one continues as a fresh
    /// session with a fresh cookie.
    /// </summary>
    public async Task<Outcome<ApplicationUser>> ChangePasswordAsync(ClaimsPrincipal principal, ChangePasswordForm form, CancellationToken cancellationToken)
    {
        var validation = await passwords.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Outcome.Refused<ApplicationUser>(validation);
        }

        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return Outcome.NotFound<ApplicationUser>();
        }

        user.PasswordChangedByUser();
        var result = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
        if (!result.Succeeded)
        {
            return Outcome.Refused<ApplicationUser>(result.Errors.Select(e => new FieldRefusal(
                e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(form.CurrentPassword) : nameof(form.NewPassword), e.Description)));
        }

        await UserSessions.RestartAsync(db, signIn, user);
        return await work.SaveAsync(input: null, () =>
        {
            Record(user, AuditActions.PasswordChanged, "Eigen wachtwoord gewijzigd.");
            return Task.FromResult(user);
        }, "Uw account is intussen gewijzigd. Probeer het opnieuw.", cancellationToken);
    }

    private void Record(ApplicationUser user, string action, string summary) =>
        audit.Record(user.MunicipalityId, user.Id, action, "Gebruiker", user.Id.ToString(), summary);

    [LoggerMessage(Level = LogLevel.Information, Message = "Login succeeded for user {UserId}")]
    private static partial void LogLoggedIn(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login failed (user {UserId}; null when the address is unknown)")]
    private static partial void LogLoginFailed(ILogger logger, Guid? userId);
}
