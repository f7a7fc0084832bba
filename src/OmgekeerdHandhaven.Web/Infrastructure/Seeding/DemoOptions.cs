using System.ComponentModel.DataAnnotations;

namespace OmgekeerdHandhaven.Web.Infrastructure.Seeding;

/// <summary>Section "Demo": the password and authenticator key of the demo accounts that ./run.sh seeds.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public const string DefaultPassword = "Dilemmaregister-demo-2026";

    [Required]
    [MinLength(12)]
    public string Password { get; set; } = DefaultPassword;

    /// <summary>
    /// The authenticator key of the demo beheerders and beslissers (tweestapsverificatie is required of them, as in a
    /// real gemeente): add it to an authenticator app, or ask `demo-code` for the code of the moment. Base32, as apps take it.
    /// </summary>
    public const string DefaultAuthenticatorKey = "DILEMMAREGISTERDEMOTWEESTAPSCODE";

    [Required]
    [RegularExpression("^[A-Z2-7]{32}$", ErrorMessage = "Demo:AuthenticatorKey is 32 tekens base32 (A-Z, 2-7).")]
    public string AuthenticatorKey { get; set; } = DefaultAuthenticatorKey;
}
