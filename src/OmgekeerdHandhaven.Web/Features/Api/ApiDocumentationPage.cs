using OmgekeerdHandhaven.Web.Infrastructure.Web;
using Scalar.AspNetCore;

namespace OmgekeerdHandhaven.Web.Features.Api;

/// <summary>
/// The human-readable API documentation (Scalar, served from the package itself: no outside scripts or fonts). Its page
/// needs one inline script and inline styles, so only this path gets a wider Content-Security-Policy, with a fresh
/// nonce per request for the script (stated as endpoint metadata, applied by SecurityHeadersMiddleware).
/// </summary>
public static class ApiDocumentationPage
{
    public const string Path = "/api-documentatie";

    public static void Map(WebApplication app) =>
        app.MapScalarApiReference(Path, options =>
        {
            options.Title = "Dilemmaregister API — documentatie";
            options.OpenApiRoutePattern = "/openapi/{documentName}.json";
            options.AddDocument("v1");
            options.DefaultFonts = false;
            options.Telemetry = false;
            options.DynamicNonce = true;
            options.HideClientButton = true;
            options.ShowDeveloperTools = DeveloperToolsVisibility.Never;
            options.DotNetFlag = false;
            options.DisableAgent().DisableMcp();
            options.Localization = new ScalarLocalizationOptions { Locale = "nl" };
            // WCAG 2.1 AA on this page too: the page's language (the component leaves <html> without one; a file of our
            // own sets it, as inline script is not allowed), light mode only, and method and hint colours dark enough
            // for 4.5:1 on white.
            options.HeadContent = "<script src=\"/js/api-documentatie.js\" defer></script>";
            options.ForceThemeMode = ThemeMode.Light;
            options.HideDarkModeToggle = true;
            options.CustomCss = """
                .light-mode, :root {
                  --scalar-color-1: #1a1a1a; --scalar-color-2: #3d3d3d; --scalar-color-3: #575757;
                  --scalar-color-green: #0b6b2f; --scalar-color-orange: #8a4500; --scalar-color-blue: #1f4f99;
                  --scalar-color-red: #b3141d; --scalar-color-yellow: #6b5800; --scalar-color-purple: #6b2f9c;
                }
                """;
        }).AllowAnonymous().WithMetadata(new ContentSecurityPolicyOverride(ContentSecurityPolicy));

    /// <summary>The wider policy of this page only: its script by nonce, the component's inline styles and data/blob images.</summary>
    public static string ContentSecurityPolicy(HttpContext context) =>
        "default-src 'self'; " +
        $"script-src 'self'{(context.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce ? $" 'nonce-{nonce}'" : string.Empty)}; " +
        "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
}
