using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Security;
using OmgekeerdHandhaven.Web.Infrastructure.Web;

namespace OmgekeerdHandhaven.Web.Features.Errors;

/// <summary>Dutch pages for the status code and exception handlers; never a stack trace.</summary>
[AllowAnonymous]
[AllowWithOneTimePassword]
[AllowBeforeSecondFactor]
[ApiExplorerSettings(IgnoreApi = true)]
// Shown for a failed POST too (the status code pages re-execute the request here); the page changes nothing, and
// checking the antiforgery token again would turn the 404 of a token-less post into a 400.
[IgnoreAntiforgeryToken]
public sealed class ErrorsController : Controller
{
    [Route("/fout/{statusCode:int}")]
    public async Task<IActionResult> Show([FromRoute] int statusCode)
    {
        // From the route only: a re-executed POST still carries its form, which must not be read (or fail) here.
        // A code outside 400–599 (/fout/0) falls back to the status the original request ended with, or 500.
        if (statusCode is < 400 or > 599)
        {
            statusCode = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode is var original and >= 400 and <= 599
                ? original.Value
                : StatusCodes.Status500InternalServerError;
        }

        // A body that outgrew its limit while being read (sent without a length) is the sender's error, not ours.
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException badRequest)
        {
            statusCode = badRequest.StatusCode;
        }

        if (statusCode == StatusCodes.Status500InternalServerError && DatabaseFailures.IsUnavailable(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error))
        {
            // Not a bug in the request: the database is down or restarting. Say so, and that trying again later helps.
            statusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "30";
        }

        // An exception in the API is answered the API's way: problem+json, never an HTML page.
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path.StartsWith("/api", StringComparison.Ordinal) == true)
        {
            Response.StatusCode = statusCode;
            return ApiProblems.Status(
                statusCode,
                statusCode switch
                {
                    StatusCodes.Status503ServiceUnavailable => "Tijdelijk niet beschikbaar",
                    StatusCodes.Status413PayloadTooLarge => "Te veel gegevens",
                    StatusCodes.Status400BadRequest => "Ongeldig verzoek",
                    _ => "Er ging iets mis",
                },
                statusCode switch
                {
                    StatusCodes.Status503ServiceUnavailable => "Probeer het over een paar minuten opnieuw.",
                    StatusCodes.Status413PayloadTooLarge or StatusCodes.Status400BadRequest => "Het verzoek is niet verwerkt; er is niets opgeslagen.",
                    _ => "Er is niets half opgeslagen. Probeer het later opnieuw.",
                });
        }

        var known = statusCode is 400 or 403 or 404 or 405 or 413 or 429 or 500 or 503;
        Response.StatusCode = statusCode;
        var kept = statusCode == StatusCodes.Status503ServiceUnavailable ? await KeptFormAsync() : null;
        return View(known ? statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "500", kept);
    }

    /// <summary>A form post that failed on the database: what the user sent, to send again (null for anything else).</summary>
    private async Task<KeptForm?> KeptFormAsync()
    {
        var path = HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        if (!HttpMethods.IsPost(Request.Method) || path is null || !Request.HasFormContentType)
        {
            return null;
        }

        try
        {
            // Model binding read it already; this returns that copy.
            return KeptForm.From(path, await Request.ReadFormAsync(HttpContext.RequestAborted));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return null;
        }
    }
}
