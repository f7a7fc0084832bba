using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Errors;

/// <summary>Dutch pages for the status code and exception handlers; never a stack trace.</summary>
[AllowAnonymous]
[AllowWithOneTimePassword]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("/fout/{statusCode:int}")]
    public IActionResult Show(int statusCode)
    {
        var known = statusCode is 400 or 403 or 404 or 429 or 500 or 503;
        Response.StatusCode = statusCode;
        return View(known ? statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "500");
    }
}
