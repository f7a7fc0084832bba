namespace OmgekeerdHandhaven.Web.Infrastructure.Web;

/// <summary>
/// Baseline headers for every response. No inline script anywhere (the API documentation page aside, with a nonce);
/// pages that show case data also must not be cached (Cache-Control is set per response below).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, SingleSignOn.ProviderOrigins providers)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var policy = context.GetEndpoint()?.Metadata.GetMetadata<ContentSecurityPolicyOverride>() is { } wider
                ? wider.Policy(context)
                : ContentSecurityPolicy;
            // Logging in or out with the gemeente account: the form's answer redirects to the provider.
            var formTargets = providers.FormTargets(context);
            headers.ContentSecurityPolicy = formTargets.Length == 0 ? policy : policy.Replace("form-action 'self'", "form-action 'self' " + formTargets, StringComparison.Ordinal);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";

            // Everything except static files may carry case data or a user's name.
            if (!headers.ContainsKey("Cache-Control"))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
