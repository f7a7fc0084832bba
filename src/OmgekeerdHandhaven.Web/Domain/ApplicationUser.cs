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

    public void Deactivate(Guid byUserId)
    {
        if (byUserId == Id)
        {
            throw new DomainException("U kunt uw eigen account niet deactiveren.");
        }

        IsActive = false;
    }

    public void Activate() => IsActive = true;

    public void PasswordChangedByUser() => MustChangePassword = false;

    public void PasswordResetByAdministrator() => MustChangePassword = true;
}
