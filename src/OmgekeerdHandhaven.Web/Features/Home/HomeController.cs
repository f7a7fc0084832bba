using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.Web.Features.Home;

public sealed class HomeController : Controller
{
    /// <summary>Mijn werk: the start page after logging in.</summary>
    [HttpGet("/")]
    public IActionResult Index() => View(new MyWorkViewModel(
        User.FindFirstValue(TenantClaimTypes.DisplayName) ?? string.Empty,
        User.FindFirstValue(TenantClaimTypes.MunicipalityName) ?? string.Empty,
        [.. User.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal)]));
}
