namespace OmgekeerdHandhaven.Web.Features.LoginSettings;

/// <summary>Beheer › Inloggen › Gemeente-account: the gemeente's OpenID Connect provider and how its groups map to roles.</summary>
public sealed class ProviderForm
{
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Empty keeps the secret already saved; it is never shown again.</summary>
    public string? ClientSecret { get; set; }

    public string? GroupsClaim { get; set; } = "groups";

    /// <summary>One per line (or separated by commas or spaces), as in the other group fields.</summary>
    public string? EmailDomains { get; set; }

    public string? HandhaverGroups { get; set; }

    public string? ConsulentGroups { get; set; }

    public string? BeslisserGroups { get; set; }

    public string? BeheerderGroups { get; set; }

    /// <summary>Tick boxes with a hidden false after them: absent means not this form.</summary>
    public bool? CreatesUsers { get; set; }

    public bool? LocalPasswordsAllowed { get; set; }

    public Guid? BreakGlassUserId { get; set; }

    public static string[] Split(string? value) =>
        (value ?? string.Empty).Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
