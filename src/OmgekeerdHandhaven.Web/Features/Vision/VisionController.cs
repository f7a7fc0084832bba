using FluentValidation;
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
public sealed class VisionController(AppDbContext db, AuditLog audit, ITenantContext tenant) : Controller
{
    [HttpGet("/beheer/visie")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken)
    {
        var municipality = await CurrentAsync(cancellationToken);
        return View(new VisionForm { Vision = municipality.Vision });
    }

    [HttpPost("/beheer/visie")]
    public async Task<IActionResult> Edit(VisionForm form, [FromServices] IValidator<VisionForm> validator, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return View(form);
        }

        var municipality = await CurrentAsync(cancellationToken);
        municipality.ChangeVision(form.Vision);
        audit.Record(municipality.Id, User.ToActor().UserId, AuditActions.VisionChanged, "Gemeente", municipality.Code, "Visie op handhaving gewijzigd.");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Melding"] = "De visie op handhaving is opgeslagen.";
        return Redirect("/beheer/visie");
    }

    private Task<Municipality> CurrentAsync(CancellationToken cancellationToken)
    {
        var id = tenant.MunicipalityId ?? throw new InvalidOperationException("A Beheerder always has a gemeente.");
        return db.Municipalities.SingleAsync(m => m.Id == id, cancellationToken);
    }
}
