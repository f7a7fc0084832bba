using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Synonyms;

/// <summary>
/// Beheer › Synoniemen: the gemeente's own words for the same thing, on top of the shipped thesaurus. Search reads the
/// groups on every query, so a change counts from the next search on, without a restart.
/// </summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class SynonymsController(AppDbContext db, AuditLog audit, ITenantContext tenant, TimeProvider clock, IValidator<SynonymForm> validator) : Controller
{
    [HttpGet("/beheer/synoniemen")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await ListAsync(new SynonymForm(), cancellationToken));

    [HttpPost("/beheer/synoniemen")]
    public async Task<IActionResult> Create(SynonymForm form, CancellationToken cancellationToken)
    {
        if (!await ValidAsync(form, cancellationToken))
        {
            return View(nameof(Index), await ListAsync(form, cancellationToken));
        }

        var group = new SynonymGroup(MunicipalityId, SynonymGroup.Parse(form.Terms), clock.GetUtcNow());
        db.SynonymGroups.Add(group);
        Record(group, $"Synoniemen toegevoegd: {string.Join(", ", group.Terms)}.");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Melding"] = "De synoniemen zijn toegevoegd. Zoeken gebruikt ze vanaf nu.";
        return Redirect("/beheer/synoniemen");
    }

    [HttpGet("/beheer/synoniemen/{id:guid}/wijzigen")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var group = await db.SynonymGroups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        return group is null ? NotFound() : View(new SynonymEditViewModel(group.Id, new SynonymForm { Terms = string.Join(", ", group.Terms) }));
    }

    [HttpPost("/beheer/synoniemen/{id:guid}/wijzigen")]
    public async Task<IActionResult> Edit(Guid id, SynonymForm form, CancellationToken cancellationToken)
    {
        var group = await db.SynonymGroups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null)
        {
            return NotFound();
        }

        if (!await ValidAsync(form, cancellationToken))
        {
            return View(new SynonymEditViewModel(id, form));
        }

        var before = string.Join(", ", group.Terms);
        group.Change(SynonymGroup.Parse(form.Terms), clock.GetUtcNow());
        Record(group, $"Synoniemen gewijzigd van \"{before}\" in \"{string.Join(", ", group.Terms)}\".");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Melding"] = "De synoniemen zijn gewijzigd.";
        return Redirect("/beheer/synoniemen");
    }

    [HttpGet("/beheer/synoniemen/{id:guid}/verwijderen")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        var group = await db.SynonymGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        return group is null ? NotFound() : View(group);
    }

    [HttpPost("/beheer/synoniemen/{id:guid}/verwijderen")]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(Guid id, CancellationToken cancellationToken)
    {
        var group = await db.SynonymGroups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null)
        {
            return NotFound();
        }

        db.SynonymGroups.Remove(group);
        Record(group, $"Synoniemen verwijderd: {string.Join(", ", group.Terms)}.");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Melding"] = "De synoniemen zijn verwijderd.";
        return Redirect("/beheer/synoniemen");
    }

    private Guid MunicipalityId => tenant.MunicipalityId ?? throw new InvalidOperationException("A Beheerder always has a gemeente.");

    private async Task<bool> ValidAsync(SynonymForm form, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        ModelState.AddErrors(validation, prefix: nameof(SynonymListViewModel.Form));
        return validation.IsValid;
    }

    private void Record(SynonymGroup group, string summary) =>
        audit.Record(MunicipalityId, User.ToActor().UserId, AuditActions.SynonymsChanged, "Synoniemen", group.Terms[0], summary);

    private async Task<SynonymListViewModel> ListAsync(SynonymForm form, CancellationToken cancellationToken)
    {
        var own = await db.SynonymGroups.AsNoTracking().ToListAsync(cancellationToken);
        var defaults = await db.Database.SqlQuery<string[]>($"""SELECT terms AS "Value" FROM search_default_synonyms ORDER BY id""")
            .ToListAsync(cancellationToken);
        return new SynonymListViewModel([.. own.OrderBy(g => g.Terms[0], StringComparer.Ordinal)], defaults, form);
    }
}
