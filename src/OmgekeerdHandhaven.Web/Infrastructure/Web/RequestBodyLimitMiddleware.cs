using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace OmgekeerdHandhaven.Web.Infrastructure.Web;

/// <summary>
/// One body limit for every endpoint, in every host: a request that announces more than the endpoint accepts is
/// answered 413 before anything reads it; one that does not announce its length (chunked) is stopped by the server
/// at the same limit. Endpoints that take uploads raise it with [RequestSizeLimit].
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    /// <summary>The largest form (a dilemma with every field at its maximum, URL-encoded) stays well under 1 MB.</summary>
    public const long DefaultLimit = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        // The error page, re-executed for this very request, reads no body: let it show.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            await next(context);
            return;
        }

        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultLimit;
        if (context.Request.ContentLength > limit)
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                await ApiProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Te veel gegevens", $"De body mag hoogstens {limit / 1024} kB zijn. Er is niets opgeslagen.");
                return;
            }

            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;

            // Browser requests get the Dutch 413 page from the status code pages.
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        await next(context);
    }
}
