using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Infrastructure.SingleSignOn;

/// <summary>
/// Names and paths of a gemeente's OpenID Connect sign-in. Every gemeente with a provider has an authentication
/// scheme of its own ("gemeente-GM0344") with its own callback path, so one gemeente's provider is never asked to
/// sign anyone into another.
/// </summary>
public static class GemeenteAccount
{
    private const string SchemePrefix = "gemeente-";

    /// <summary>In the session cookie: signed in through this gemeente's provider (value: the CBS code).</summary>
    public const string ClaimType = "oh:gemeente-account";

    /// <summary>In the session cookie: when the provider signed this colleague in (Unix seconds), for the maximum lifetime.</summary>
    public const string SignedInAtClaimType = "oh:gemeente-account-sinds";

    /// <summary>
    /// A session begun with the gemeente account ends this long after the provider's sign-in, however active: the
    /// provider decides again (a leaver's account disabled there, a changed conditional-access rule), mostly unseen.
    /// A session without the time (from before it was recorded) is over too.
    /// </summary>
    public static bool IsPastMaximum(System.Security.Claims.ClaimsPrincipal principal, DateTimeOffset now, TimeSpan maximum) =>
        principal.FindFirst(ClaimType) is not null
        && (!long.TryParse(principal.FindFirst(SignedInAtClaimType)?.Value, System.Globalization.CultureInfo.InvariantCulture, out var since)
            || now - DateTimeOffset.FromUnixTimeSeconds(since) > maximum);

    public const string CompletePath = "/inloggen/gemeente-account";

    public static string SchemeFor(string municipalityCode) => SchemePrefix + municipalityCode.ToUpperInvariant();

    public static string? CodeOfScheme(string? scheme) =>
        scheme is not null && scheme.StartsWith(SchemePrefix, StringComparison.Ordinal) && Municipality.IsValidCode(scheme[SchemePrefix.Length..])
            ? scheme[SchemePrefix.Length..]
            : null;

    public static string CallbackPath(string municipalityCode) => "/signin-oidc/" + municipalityCode.ToUpperInvariant();

    public static string SignedOutCallbackPath(string municipalityCode) => "/signout-callback-oidc/" + municipalityCode.ToUpperInvariant();

    /// <summary>The gemeente a provider's callback is meant for, from its path.</summary>
    public static string? CodeOfCallback(PathString path)
    {
        foreach (var prefix in new[] { "/signin-oidc/", "/signout-callback-oidc/" })
        {
            if (path.Value is { } value && value.StartsWith(prefix, StringComparison.Ordinal) && Municipality.IsValidCode(value[prefix.Length..]))
            {
                return value[prefix.Length..];
            }
        }

        return null;
    }
}
