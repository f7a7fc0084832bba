using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Modules;

/// <summary>
/// The menu's destinations that later issues fill (oefenen).
/// Each route already carries the policy its feature will need, so the menu and the access rules agree from the start.
/// </summary>
public sealed class ModulesController : Controller
{
    [HttpGet("/oefenen")]
    [Authorize(Policy = Policies.Team)]
    public IActionResult Practice() => Planned("Oefenen", "Hier oefent u straks met besloten dilemma's: eerst uw eigen aanpak, dan de gekozen oplossing.");

    private ViewResult Planned(string title, string description) => View("Planned", new PlannedModuleViewModel(title, description));
}
