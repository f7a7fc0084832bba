using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Accessibility;

[AllowAnonymous]
[AllowWithOneTimePassword]
[AllowBeforeSecondFactor]
public sealed class AccessibilityController : Controller
{
    [HttpGet("/toegankelijkheid")]
    public IActionResult Statement() => View();
}
