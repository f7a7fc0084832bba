namespace OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

public static class TenantClaimTypes
{
    /// <summary>Claim in the auth cookie carrying the user's gemeente id.</summary>
    public const string MunicipalityId = "gemeente_id";

    public const string MunicipalityName = "gemeente_naam";

    public const string DisplayName = "weergavenaam";

    public const string MustChangePassword = "wachtwoord_wijzigen";

    /// <summary>Signed in with the password alone where the gemeente asks a second factor of this user's roles.</summary>
    public const string MustSetUpSecondFactor = "tweestaps_instellen";
}
