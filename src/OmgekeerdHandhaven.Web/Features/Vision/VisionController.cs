using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Vision;

/// <summary>Beheer › Visie op handhaving: the text beslissers see beside the decision form.</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class VisionController(AppDbContext db, ITenantContext tenant) : Controller
{
    [HttpGet("/beheer/visie")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken)
    {
        var municipality = await CurrentAsync(cancellationToken);
        return View(new VisionForm { Vision = municipality.Vision });
    }

    [HttpPost("/beheer/visie")]
    public async Task<IActionResult> Edit(VisionForm form, [FromServices] VisionActions actions, CancellationToken cancellationToken) =>
        this.Answer(await actions.ChangeAsync(User.ToActor(), form, cancellationToken), _ =>
        {
            TempData["Melding"] = "De visie op handhaving is opgeslagen.";
            return Redirect("/beheer/visie");
        }, _ => View(form));

    private Task<Municipality> CurrentAsync(CancellationToken cancellationToken)
    {
        var id = tenant.MunicipalityId ?? throw new InvalidOperationException("A Beheerder always has a gemeente.");
        return db.Municipalities.SingleAsync(m => m.Id == id, cancellationToken);
    }
}
