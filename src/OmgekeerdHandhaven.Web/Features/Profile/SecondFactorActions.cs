using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;
using OmgekeerdHandhaven.Web.Infrastructure.Security;
using QRCoder;

namespace OmgekeerdHandhaven.Web.Features.Profile;

/// <summary>
/// What an authenticator app needs to start: the key to type and the same as a QR code (PNG data URI). Required: the
/// gemeente asks it of this user's role, so it cannot be switched off.
/// </summary>
public sealed record SecondFactorSetup(bool On, string? Key, string? QrCode, bool Required);

/// <summary>
/// Mijn profiel › Tweestapsverificatie: a time-based code (TOTP, ASP.NET Core Identity's authenticator provider) on
/// top of the password, for local accounts. Switched on only with a code the app produced (so the app surely has the
/// key), with ten herstelcodes shown once; each change is logged.
/// </summary>
public sealed class SecondFactorActions(
    UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IUserStore<ApplicationUser> store, AppDbContext db, UnitOfWork work, AuditLog audit)
{
    public const int RecoveryCodes = 10;

    private const string Issuer = "Dilemmaregister";

    private const string ChangedMeanwhile = "Uw account is intussen gewijzigd. Probeer het opnieuw.";

    /// <summary>
    /// The state, and while it is off the key for the app — made when the page is first opened
    /// (<paramref name="makeKey"/>), never while answering a refused form, which must change nothing.
    /// </summary>
    public async Task<SecondFactorSetup> SetupAsync(Actor actor, bool makeKey = false)
    {
        var user = await UserAsync(actor);
        var required = await RequiredAsync(user, actor);
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return new SecondFactorSetup(true, null, null, required);
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) && makeKey)
        {
            // Not ResetAuthenticatorKeyAsync: that also changes the security stamp, which would end this very session
            // at its next check while the user is still scanning. A key not yet switched on guards nothing.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<ApplicationUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            Check(await users.UpdateAsync(user));
        }

        if (string.IsNullOrEmpty(key))
        {
            return new SecondFactorSetup(false, null, null, required);
        }

        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email ?? string.Empty)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return new SecondFactorSetup(false, Grouped(key!), "data:image/png;base64," + Convert.ToBase64String(png), required);
    }

    /// <summary>Done: the herstelcodes, to show once.</summary>
    public async Task<Outcome<IReadOnlyList<string>>> EnableAsync(Actor actor, string? code, CancellationToken cancellationToken)
    {
        var user = await UserAsync(actor);
        var typed = new string([.. (code ?? string.Empty).Where(char.IsAsciiDigit)]);
        if (typed.Length != 6 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, typed))
        {
            return Outcome.Refused<IReadOnlyList<string>>([new FieldRefusal("Code", typed.Length == 0
                ? "Vul de code van zes cijfers uit uw authenticator-app in."
                : "De code klopt niet. Kijk of de tijd op uw telefoon goed staat en vul de nieuwe code in.")]);
        }

        var outcome = await work.SaveAsync<IReadOnlyList<string>>(input: null, async () =>
        {
            IReadOnlyList<string> codes = [];
            await work.SaveInTransactionAsync(async () =>
            {
                Check(await users.SetTwoFactorEnabledAsync(user, true));
                codes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodes) ?? []];
                Record(user, "Tweestapsverificatie ingeschakeld.");
            }, after: null, cancellationToken);
            return codes;
        }, ChangedMeanwhile, cancellationToken);

        // Sessions that began with the password alone end; this one goes on, now without the step still to take.
        await RestartIfDoneAsync(outcome, user);
        return outcome;
    }

    /// <summary>New herstelcodes; the old ones stop working.</summary>
    public async Task<Outcome<IReadOnlyList<string>>> NewRecoveryCodesAsync(Actor actor, CancellationToken cancellationToken)
    {
        var user = await UserAsync(actor);
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return Outcome.Conflict<IReadOnlyList<string>>("Tweestapsverificatie staat uit; schakel die eerst in.");
        }

        return await work.SaveAsync<IReadOnlyList<string>>(input: null, async () =>
        {
            IReadOnlyList<string> codes = [];
            await work.SaveInTransactionAsync(async () =>
            {
                codes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodes) ?? []];
                Record(user, "Nieuwe herstelcodes gemaakt.");
            }, after: null, cancellationToken);
            return codes;
        }, ChangedMeanwhile, cancellationToken);
    }

    /// <summary>Off, with a new key: switching on again means scanning again.</summary>
    public async Task<Outcome<ApplicationUser>> DisableAsync(Actor actor, CancellationToken cancellationToken)
    {
        var user = await UserAsync(actor);
        if (await RequiredAsync(user, actor))
        {
            return Outcome.Conflict<ApplicationUser>(RequiredMessage);
        }

        var outcome = await work.SaveAsync(input: null, async () =>
        {
            await work.SaveInTransactionAsync(async () =>
            {
                await users.SwitchOffSecondFactorAsync(user, ChangedMeanwhile);
                Record(user, "Tweestapsverificatie uitgeschakeld.");
            }, after: null, cancellationToken);
            return user;
        }, ChangedMeanwhile, cancellationToken);
        await RestartIfDoneAsync(outcome, user);
        return outcome;
    }

    public const string RequiredMessage =
        "Uw gemeente vraagt tweestapsverificatie van beheerders en beslissers. Uitschakelen kan daarom niet; bij een nieuwe telefoon kan een beheerder de tweestapsverificatie opnieuw laten instellen.";

    private async Task<bool> RequiredAsync(ApplicationUser user, Actor actor) =>
        Municipality.SecondFactorNeeded(
            await db.Municipalities.Where(m => m.Id == user.MunicipalityId).Select(m => m.SecondFactorRequired).SingleAsync(), actor.Roles);

    /// <summary>Switching on or off changes the security stamp, which would end this session at its next check.</summary>
    private async Task RestartIfDoneAsync<T>(Outcome<T> outcome, ApplicationUser user)
    {
        if (outcome.IsDone)
        {
            await UserSessions.RestartAsync(db, signIn, user);
        }
    }

    /// <summary>The key in groups of four, as authenticator apps show and accept it.</summary>
    private static string Grouped(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));

    private async Task<ApplicationUser> UserAsync(Actor actor) =>
        await users.FindByIdAsync(actor.UserId.ToString()) ?? throw new InvalidOperationException("The signed-in user exists.");

    private void Record(ApplicationUser user, string summary) =>
        audit.Record(user.MunicipalityId, user.Id, AuditActions.SecondFactor, "Gebruiker", user.Id.ToString(), summary);

    private static void Check(IdentityResult result) => IdentitySteps.Check(result, ChangedMeanwhile);
}
