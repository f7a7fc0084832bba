namespace OmgekeerdHandhaven.Web.Infrastructure.Web;

/// <summary>
/// Endpoint metadata for the rare page that needs a wider Content-Security-Policy than the baseline (the API
/// documentation's component): the page states its own, computed per request (a nonce), and the security headers
/// middleware uses it instead of the baseline.
/// </summary>
public sealed record ContentSecurityPolicyOverride(Func<HttpContext, string> Policy);
