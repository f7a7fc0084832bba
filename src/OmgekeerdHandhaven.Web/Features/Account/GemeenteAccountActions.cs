using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;
using OmgekeerdHandhaven.Web.Infrastructure.Security;
using OmgekeerdHandhaven.Web.Infrastructure.SingleSignOn;

namespace OmgekeerdHandhaven.Web.Features.Account;

/// <summary>A gemeente as its login page shows it: with the button for its own provider, or only the password form.</summary>
public sealed record GemeenteLogin(string Code, string Name, bool HasProvider, bool PasswordsAllowed);

/// <summary>
/// Inloggen met uw gemeente-account: the provider has checked who someone is (the OpenID Connect handler has validated
/// the ID token); here the account is found by its stable subject, or made or linked at the first sign-in, its roles
/// are set from the groups, and the session starts. Nobody is ever signed into another gemeente than the provider's.
/// </summary>
public sealed partial class GemeenteAccountActions(
    AppDbContext db, SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, UnitOfWork work, AuditLog audit, TimeProvider clock,
    ILogger<GemeenteAccountActions> logger)
{
    public const string GemeenteItem = "gemeente";

    public const string NoGroupMessage =
        "Uw gemeente-account geeft geen toegang tot het Dilemmaregister: u zit niet in een groep die uw gemeente daarvoor heeft ingesteld. Vraag de beheerder van het Dilemmaregister om toegang.";

    public const string NotLinkedMessage =
        "Er is nog geen account in het Dilemmaregister voor uw gemeente-account. Vraag de beheerder van het Dilemmaregister om een account.";

    public const string FailedMessage =
        "Inloggen met uw gemeente-account is niet gelukt. Probeer het opnieuw; lukt het weer niet, neem dan contact op met de beheerder van het Dilemmaregister.";

    public const string TooManyGroupsMessage =
        "Uw gemeente-account zit in zoveel groepen dat de provider ze niet meestuurt. Vraag de beheerder om de groepen aan de toepassing toe te wijzen (Entra ID: groepen die aan de toepassing zijn toegewezen).";

    public const string SecondStepMessage =
        "Uw gemeente vraagt van beheerders en beslissers een tweede stap bij het inloggen, en uw gemeente-account heeft die deze keer niet gebruikt. Log opnieuw in met uw gemeente-account en een tweede stap, of vraag de beheerder van uw gemeente om die aan te zetten.";

    private const string ChangedMeanwhile = "Uw account werd tegelijk ergens anders gewijzigd. Probeer opnieuw in te loggen.";

    public async Task<GemeenteLogin?> FindAsync(string code, CancellationToken cancellationToken)
    {
        code = code.Trim().ToUpperInvariant();
        var municipality = await db.Municipalities.AsNoTracking().SingleOrDefaultAsync(m => m.Code == code, cancellationToken);
        if (municipality is null)
        {
            return null;
        }

        var provider = await Providers.AsNoTracking().SingleOrDefaultAsync(p => p.MunicipalityId == municipality.Id, cancellationToken);
        return new GemeenteLogin(municipality.Code, municipality.Name, provider is not null, provider?.LocalPasswordsAllowed ?? true);
    }

    /// <summary>The gemeente whose provider handles this address (its e-mail domain), if any.</summary>
    public async Task<GemeenteLogin?> ForEmailAsync(string? email, CancellationToken cancellationToken)
    {
        if (SignInProvider.DomainOf(email) is not { } domain)
        {
            return null;
        }

        var code = await Providers.Where(p => p.EmailDomains.Contains(domain))
            .Select(p => db.Municipalities.Where(m => m.Id == p.MunicipalityId).Select(m => m.Code).Single())
            .FirstOrDefaultAsync(cancellationToken);
        return code is null ? null : await FindAsync(code, cancellationToken);
    }

    /// <summary>
    /// Whether a password may be used for this account: passwords off leaves only the noodaccount, and an account
    /// linked to the gemeente account never uses one — else someone the provider no longer lets in (a leaver) would.
    /// </summary>
    public async Task<bool> AllowsPasswordAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        var provider = await Providers.AsNoTracking().SingleOrDefaultAsync(p => p.MunicipalityId == user.MunicipalityId, cancellationToken);
        if (provider is null || provider.BreakGlassUserId == user.Id)
        {
            return true;
        }

        return provider.AllowsPasswordOf(user.Id) && !await db.UserLogins.AnyAsync(l => l.UserId == user.Id, cancellationToken);
    }

    /// <summary>What the challenge carries to the provider and back: the gemeente, and the address typed as a hint.</summary>
    public static AuthenticationProperties ChallengeFor(string code, string? loginHint) => new(new Dictionary<string, string?>
    {
        [GemeenteItem] = code,
        [GemeenteOidcOptions.LoginHintItem] = loginHint,
    })
    {
        RedirectUri = GemeenteAccount.CompletePath,
        IsPersistent = false,
    };

    public async Task<Outcome<ApplicationUser>> CompleteAsync(CancellationToken cancellationToken)
    {
        var http = signIn.Context;
        var external = await http.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Properties?.Items.TryGetValue(GemeenteItem, out var code) != true || code is null)
        {
            return Outcome.NotFound<ApplicationUser>();
        }

        var municipality = await db.Municipalities.AsNoTracking().SingleOrDefaultAsync(m => m.Code == code, cancellationToken);
        var provider = municipality is null ? null : await Providers.AsNoTracking().SingleOrDefaultAsync(p => p.MunicipalityId == municipality.Id, cancellationToken);
        var principal = external.Principal!;
        var subject = principal.FindFirst("oid") ?? principal.FindFirst("sub");
        // Belt and braces beside the handler's own check: the token was issued by this gemeente's provider.
        if (municipality is null || provider is null || subject is null || !SameIssuer(subject.Issuer, provider.Authority))
        {
            LogRefused(logger, code, "issuer or subject");
            return Outcome.Refused<ApplicationUser>([new FieldRefusal(string.Empty, FailedMessage)]);
        }

        // Entra ID's "overage": too many groups to send, only a pointer to them. Not the same as being in none.
        if (principal.HasClaim(c => c.Type == "hasgroups") || principal.FindFirst("_claim_names")?.Value.Contains($"\"{provider.GroupsClaim}\"", StringComparison.Ordinal) == true)
        {
            LogRefused(logger, code, "group overage");
            return Outcome.Refused<ApplicationUser>([new FieldRefusal(string.Empty, TooManyGroupsMessage)]);
        }

        var scheme = GemeenteAccount.SchemeFor(code);
        var roles = provider.RolesFor(principal.FindAll(provider.GroupsClaim).Select(c => c.Value));
        if (municipality.RequiresSecondFactorOf(roles) && !UsedSecondFactor(principal))
        {
            LogRefused(logger, code, "no second factor at the provider");
            return Outcome.Refused<ApplicationUser>([new FieldRefusal(string.Empty, SecondStepMessage)]);
        }

        var (user, isNew) = await FindOrLinkAsync(scheme, subject.Value, principal, municipality.Id, provider, roles.Count > 0, cancellationToken);
        if (user is null)
        {
            LogRefused(logger, code, "no account");
            return Outcome.Refused<ApplicationUser>([new FieldRefusal(string.Empty, roles.Count == 0 ? NoGroupMessage : NotLinkedMessage)]);
        }

        if (!user.IsActive)
        {
            LogRefused(logger, code, "deactivated");
            return Outcome.Refused<ApplicationUser>([new FieldRefusal(string.Empty, FailedMessage)]);
        }

        var outcome = await work.SaveAsync(input: null, async () =>
        {
            await work.SaveInTransactionAsync(async () =>
            {
                if (isNew)
                {
                    Check(await users.CreateAsync(user));
                    Record(user, AuditActions.UserCreated, "Account gemaakt bij de eerste keer inloggen met het gemeente-account.");
                }

                if (!(await users.GetLoginsAsync(user)).Any(l => l.LoginProvider == scheme && l.ProviderKey == subject.Value))
                {
                    Check(await users.AddLoginAsync(user, new UserLoginInfo(scheme, subject.Value, "Gemeente-account")));
                }

                var current = await users.GetRolesAsync(user);
                if (!current.ToHashSet(StringComparer.Ordinal).SetEquals(roles))
                {
                    Check(await users.RemoveFromRolesAsync(user, current.Except(roles)));
                    Check(await users.AddToRolesAsync(user, roles.Except(current)));
                    // Other open sessions end at their next check: their roles are no longer what the provider says.
                    Check(await users.UpdateSecurityStampAsync(user));
                    Record(user, AuditActions.UserChanged, roles.Count == 0
                        ? "Rollen ingetrokken: het gemeente-account zit niet meer in een groep met een rol."
                        : $"Rollen volgens de groepen van het gemeente-account: {string.Join(", ", roles.Order(StringComparer.Ordinal))}.");
                }

                Record(user, roles.Count == 0 ? AuditActions.LoginFailed : AuditActions.Login, roles.Count == 0
                    ? "Inloggen met het gemeente-account geweigerd: geen groep met een rol."
                    : "Ingelogd met het gemeente-account.");
            }, after: null, cancellationToken);
            return user;
        }, ChangedMeanwhile, cancellationToken);

        if (!outcome.IsDone)
        {
            return outcome;
        }

        if (roles.Count == 0)
        {
            LogRefused(logger, code, "no mapped group");
            return Outcome.Refused<ApplicationUser>([new FieldRefusal(string.Empty, NoGroupMessage)]);
        }

        await signIn.SignInWithClaimsAsync(user, new AuthenticationProperties { IsPersistent = false },
            [new Claim(GemeenteAccount.ClaimType, code), new Claim("amr", "ext"),
             new Claim(GemeenteAccount.SignedInAtClaimType, clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        LogSignedIn(logger, user.Id, code);
        return outcome;
    }

    /// <summary>The provider's session ends too where it supports that (RP-initiated logout).</summary>
    public static string? SchemeToSignOutOf(ClaimsPrincipal user) =>
        user.FindFirst(GemeenteAccount.ClaimType)?.Value is { } code ? GemeenteAccount.SchemeFor(code) : null;

    /// <summary>
    /// By subject first; at the first sign-in an account of the same gemeente with the same address is linked (a
    /// Beheerder made it before the provider was connected) — only for someone the groups give a role, never the
    /// noodaccount, never an account already linked to another identity, never on an address the provider marks
    /// unverified — or one is made when the gemeente allows it. An address taken in another gemeente is never linked.
    /// </summary>
    private async Task<(ApplicationUser? User, bool IsNew)> FindOrLinkAsync(
        string scheme, string subject, ClaimsPrincipal principal, Guid municipalityId, SignInProvider provider, bool hasRole, CancellationToken cancellationToken)
    {
        var linked = await db.UserLogins.Where(l => l.LoginProvider == scheme && l.ProviderKey == subject).Select(l => (Guid?)l.UserId).SingleOrDefaultAsync(cancellationToken);
        if (linked is { } id)
        {
            var known = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.Id == id, cancellationToken);
            return (known.MunicipalityId == municipalityId ? known : null, false);
        }

        var email = (principal.FindFirst("email") ?? principal.FindFirst("preferred_username") ?? principal.FindFirst("upn"))?.Value?.Trim();
        // The same check Identity makes when saving, so an odd address from the provider is a refusal, not an error.
        if (string.IsNullOrEmpty(email) || email.Length > 256 || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            return (null, false);
        }

        if (!hasRole || principal.FindFirst("email_verified")?.Value == "false")
        {
            return (null, false);
        }

        var normalized = users.NormalizeEmail(email);
        var existing = await db.Users.IgnoreQueryFilters().SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (existing is not null)
        {
            var linkable = existing.MunicipalityId == municipalityId && existing.Id != provider.BreakGlassUserId
                && !await db.UserLogins.AnyAsync(l => l.UserId == existing.Id && l.LoginProvider == scheme, cancellationToken);
            return (linkable ? existing : null, false);
        }

        if (!provider.CreatesUsers)
        {
            return (null, false);
        }

        var name = principal.FindFirst("name")?.Value?.Trim();
        var user = ApplicationUser.FromGemeenteAccount(municipalityId, email, string.IsNullOrEmpty(name) ? email : name[..Math.Min(name.Length, ApplicationUser.DisplayNameMaxLength)]);
        // Not saved yet: made inside the transaction that also links it, sets its roles and writes the logboek.
        return (user, true);
    }

    /// <summary>Entra ID and most providers say "mfa" in amr; ADFS says multipleauthn.</summary>
    private static bool UsedSecondFactor(ClaimsPrincipal principal) =>
        principal.FindAll("amr").Any(c => c.Value is "mfa" or "http://schemas.microsoft.com/claims/multipleauthn");

    private IQueryable<SignInProvider> Providers => db.SignInProviders.IgnoreQueryFilters([AppDbContext.TenantFilter]);

    private static bool SameIssuer(string issuer, string authority) =>
        string.Equals(issuer.TrimEnd('/'), authority.Trim().TrimEnd('/'), StringComparison.Ordinal);

    private void Record(ApplicationUser user, string action, string summary) =>
        audit.Record(user.MunicipalityId, user.Id, action, "Gebruiker", user.Id.ToString(), summary);

    private static void Check(IdentityResult result) => IdentitySteps.Check(result, ChangedMeanwhile);

    [LoggerMessage(Level = LogLevel.Information, Message = "Login with the gemeente account succeeded for user {UserId} of {Municipality}")]
    private static partial void LogSignedIn(ILogger logger, Guid userId, string municipality);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login with the gemeente account of {Municipality} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string municipality, string reason);
}
