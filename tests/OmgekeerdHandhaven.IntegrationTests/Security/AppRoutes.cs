using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;

namespace OmgekeerdHandhaven.IntegrationTests.Security;

/// <summary>The app's own routes, found from its endpoints, with their parameters filled with plausible values.</summary>
public static partial class AppRoutes
{
    public static List<(string Method, string Url)> With(AppFactory app, params string[] methods) =>
        [.. Templates(app, methods).Select(r => (r.Method, Fill(r.Template))).Distinct()];

    /// <summary>Every route with its template (leading slash, constraints kept) for the given methods.</summary>
    public static List<(string Method, string Template)> Templates(AppFactory app, params string[] methods)
    {
        using var _ = app.CreateClient();
        return [.. app.Services.GetServices<EndpointDataSource>()
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Intersect(methods)
                .Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct()
            .OrderBy(r => r.Item2, StringComparer.Ordinal)];
    }

    private static string Fill(string template) => Parameter().Replace(template, match => match.Groups["name"].Value switch
    {
        "number" => "2026-0001",
        "format" => "pdf",
        "statusCode" => "404",
        var name when name.EndsWith("id", StringComparison.OrdinalIgnoreCase) || match.Value.Contains(":guid", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
        _ => "x",
    });

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();
}
