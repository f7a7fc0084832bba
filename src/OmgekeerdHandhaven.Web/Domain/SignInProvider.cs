using System.Text.RegularExpressions;

namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// A gemeente's own identity provider (Entra ID, ADFS or another OpenID Connect provider): colleagues sign in with
/// their gemeente account and get their roles from the groups it says they are in, at every sign-in.
/// </summary>
public sealed partial class SignInProvider : ITenantOwned
{
    public const int ClientIdMaxLength = 200;
    public const int GroupIdMaxLength = 200;

    private SignInProvider()
    {
        Authority = ClientId = ProtectedClientSecret = GroupsClaim = string.Empty;
    }

    public SignInProvider(Guid municipalityId)
        : this()
    {
        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        GroupsClaim = "groups";
        LocalPasswordsAllowed = true;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    /// <summary>The issuer, e.g. https://login.microsoftonline.com/{tenant}/v2.0; metadata is read from it.</summary>
    public string Authority { get; private set; }

    public string ClientId { get; private set; }

    /// <summary>The client secret, encrypted with the app's data protection keys; never shown again after saving.</summary>
    public string ProtectedClientSecret { get; private set; }

    /// <summary>The claim in the ID token that lists the groups (Entra ID: groups; ADFS: group or role).</summary>
    public string GroupsClaim { get; private set; }

    public string[] HandhaverGroups { get; private set; } = [];

    public string[] ConsulentGroups { get; private set; } = [];

    public string[] BeslisserGroups { get; private set; } = [];

    public string[] BeheerderGroups { get; private set; } = [];

    /// <summary>Addresses ending in these domains are sent to this provider from the general login page.</summary>
    public string[] EmailDomains { get; private set; } = [];

    /// <summary>Someone with a mapped group but no account yet gets one at the first sign-in.</summary>
    public bool CreatesUsers { get; private set; }

    /// <summary>Off: only the <see cref="BreakGlassUserId"/> Beheerder still logs in with a password.</summary>
    public bool LocalPasswordsAllowed { get; private set; }

    /// <summary>The noodaccount: a Beheerder who can always log in with password and second factor.</summary>
    public Guid? BreakGlassUserId { get; private set; }

    /// <summary>Changes when anything here changes, so every app instance rebuilds its OpenID Connect options.</summary>
    public uint Version { get; private set; }

    public void Configure(string authority, string clientId, string? protectedClientSecret, string groupsClaim, IReadOnlyDictionary<string, string[]> groupsPerRole,
        IEnumerable<string> emailDomains, bool createsUsers, bool localPasswordsAllowed, Guid? breakGlassUserId)
    {
        if (!IsValidAuthority(authority))
        {
            throw new DomainException("Het adres van de identity provider moet een volledig https-adres zijn.");
        }

        if (string.IsNullOrEmpty(protectedClientSecret) && string.IsNullOrEmpty(ProtectedClientSecret))
        {
            throw new DomainException("Een clientgeheim is verplicht.");
        }

        if (!localPasswordsAllowed && breakGlassUserId is null)
        {
            throw new DomainException("Kies een noodaccount als inloggen met wachtwoord uit staat.");
        }

        Authority = authority.Trim();
        ClientId = clientId.Trim();
        ProtectedClientSecret = string.IsNullOrEmpty(protectedClientSecret) ? ProtectedClientSecret : protectedClientSecret;
        GroupsClaim = groupsClaim.Trim();
        HandhaverGroups = Clean(groupsPerRole.GetValueOrDefault(Roles.Handhaver));
        ConsulentGroups = Clean(groupsPerRole.GetValueOrDefault(Roles.Consulent));
        BeslisserGroups = Clean(groupsPerRole.GetValueOrDefault(Roles.Beslisser));
        BeheerderGroups = Clean(groupsPerRole.GetValueOrDefault(Roles.Beheerder));
        EmailDomains = [.. emailDomains.Select(d => d.Trim().TrimStart('@').ToLowerInvariant()).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal)];
        CreatesUsers = createsUsers;
        LocalPasswordsAllowed = localPasswordsAllowed;
        BreakGlassUserId = breakGlassUserId;
    }

    /// <summary>The roles the provider's groups give; none means no access.</summary>
    public IReadOnlySet<string> RolesFor(IEnumerable<string> groups)
    {
        var given = groups.ToHashSet(StringComparer.Ordinal);
        var roles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (role, mapped) in GroupsPerRole)
        {
            if (mapped.Any(given.Contains))
            {
                roles.Add(role);
            }
        }

        return roles;
    }

    public IReadOnlyDictionary<string, string[]> GroupsPerRole => new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Roles.Handhaver] = HandhaverGroups,
        [Roles.Consulent] = ConsulentGroups,
        [Roles.Beslisser] = BeslisserGroups,
        [Roles.Beheerder] = BeheerderGroups,
    };

    /// <summary>Whether this account may still log in with a password here.</summary>
    public bool AllowsPasswordOf(Guid userId) => LocalPasswordsAllowed || BreakGlassUserId == userId;

    public bool HandlesEmail(string email) => DomainOf(email) is { } domain && EmailDomains.Contains(domain, StringComparer.Ordinal);

    /// <summary>The domain of an address as <see cref="EmailDomains"/> keeps it (lower case), or null for no address.</summary>
    public static string? DomainOf(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        return email is not null && at > 0 ? email[(at + 1)..].Trim().ToLowerInvariant() : null;
    }

    /// <summary>https, or http on this machine only (a test provider on loopback).</summary>
    public static bool IsValidAuthority(string? authority) =>
        Uri.TryCreate(authority?.Trim(), UriKind.Absolute, out var uri) && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    public static bool IsValidEmailDomain(string domain) => EmailDomain().IsMatch(domain.Trim().TrimStart('@'));

    private static string[] Clean(string[]? groups) =>
        [.. (groups ?? []).Select(g => g.Trim()).Where(g => g.Length > 0).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmailDomain();
}
