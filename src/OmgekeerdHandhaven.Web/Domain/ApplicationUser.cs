using Microsoft.AspNetCore.Identity;

namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>A colleague with an account. Always belongs to exactly one gemeente; e-mail is unique across the installation.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>, ITenantOwned
{
    public const int DisplayNameMaxLength = 100;

    private ApplicationUser()
    {
        DisplayName = string.Empty;
    }

    public ApplicationUser(Guid municipalityId, string email, string displayName)
    {
        if (municipalityId == Guid.Empty)
        {
            throw new DomainException("Een gebruiker hoort bij precies één gemeente.");
        }

        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        Email = email.Trim();
        UserName = Email;
        DisplayName = displayName.Trim();
        IsActive = true;
        MustChangePassword = true;
    }

    /// <summary>Made at the first sign-in with the gemeente account: no password of ours to choose.</summary>
    public static ApplicationUser FromGemeenteAccount(Guid municipalityId, string email, string displayName)
    {
        var user = new ApplicationUser(municipalityId, email, displayName);
        user.MustChangePassword = false;
        return user;
    }

    public Guid MunicipalityId { get; private set; }

    public string DisplayName { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>Set for a one-time password handed out by a Beheerder or the command line.</summary>
    public bool MustChangePassword { get; private set; }

    public void Rename(string displayName) => DisplayName = displayName.Trim();

    /// <summary>Since when the account is deactivated: the bewaartermijn of its personal data counts from here.</summary>
    public DateTimeOffset? DeactivatedAt { get; private set; }

    /// <summary>When the bewaartermijn made it "Voormalig medewerker": name, e-mail and sign-in data gone for good.</summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }

    public const string FormerColleague = "Voormalig medewerker";

    public void Deactivate(Guid byUserId, DateTimeOffset now)
    {
        if (byUserId == Id)
        {
            throw new DomainException("U kunt uw eigen account niet deactiveren.");
        }

        if (IsActive)
        {
            DeactivatedAt = now;
        }

        IsActive = false;
    }

    public void Activate()
    {
        if (AnonymisedAt is not null)
        {
            throw new DomainException("Dit account is geanonimiseerd en kan niet meer worden geactiveerd. Maak een nieuw account aan.");
        }

        IsActive = true;
        DeactivatedAt = null;
    }

    /// <summary>
    /// The bewaartermijn of a deactivated account has passed: what identifies the person goes (their dilemmas, reacties
    /// and logboek lines stay, under "Voormalig medewerker"). Sign-in is impossible: no e-mail, password or second factor.
    /// </summary>
    public void Anonymise(DateTimeOffset now)
    {
        if (IsActive)
        {
            throw new DomainException("Alleen een gedeactiveerd account wordt geanonimiseerd.");
        }

        DisplayName = FormerColleague;
        UserName = NormalizedUserName = $"voormalig-{Id:N}";
        Email = NormalizedEmail = null;
        EmailConfirmed = false;
        PasswordHash = null;
        PhoneNumber = null;
        TwoFactorEnabled = false;
        SecurityStamp = Guid.NewGuid().ToString("N");
        AnonymisedAt = now;
    }

    public void PasswordChangedByUser() => MustChangePassword = false;

    public void PasswordResetByAdministrator() => MustChangePassword = true;
}
