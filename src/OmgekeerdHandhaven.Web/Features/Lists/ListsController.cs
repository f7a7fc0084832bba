using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Lists;

/// <summary>
/// Beheer › Domeinen and Beheer › Risicosignalen: add, rename, order, deactivate and activate; delete only an entry no
/// dilemma uses (one in use is deactivated: new dilemmas no longer offer it, existing ones keep it).
/// </summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class ListsController(AppDbContext db, AuditLog audit, ITenantContext tenant, IValidator<ListEntryForm> validator) : Controller
{
    [HttpGet("/beheer/domeinen")]
    [HttpGet("/beheer/risicosignalen")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await PageAsync(List, new ListEntryForm(), cancellationToken));

    [HttpPost("/beheer/domeinen")]
    [HttpPost("/beheer/risicosignalen")]
    public async Task<IActionResult> Add(ListEntryForm form, CancellationToken cancellationToken)
    {
        var list = List;
        var entries = await list.EntriesAsync(db, cancellationToken);
        if (!await ValidAsync(form, entries, except: null, nameof(ListPageViewModel.Form), cancellationToken))
        {
            return View(nameof(Index), await PageAsync(list, form, cancellationToken));
        }

        var entry = list.Create(MunicipalityId, form.Name, entries.Count == 0 ? 0 : entries.Max(e => e.SortOrder) + 1);
        list.Add(db, entry);
        Record(list, entry, $"{Capitalised(list.Singular)} '{entry.Name}' toegevoegd.");
        if (!await SavedAsync(cancellationToken))
        {
            return Refused(list, $"‘{entry.Name}’ is intussen door een ander toegevoegd of gewijzigd. Bekijk de lijst en probeer het zo nodig opnieuw.");
        }

        TempData["Melding"] = $"{Capitalised(list.Singular)} ‘{entry.Name}’ is toegevoegd, onderaan de lijst.";
        return Redirect(list.Url);
    }

    [HttpGet("/beheer/domeinen/{id:guid}/wijzigen")]
    [HttpGet("/beheer/risicosignalen/{id:guid}/wijzigen")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var (list, entries, entry) = await FindAsync(id, cancellationToken);
        return entry is null ? NotFound() : View(await EntryAsync(list, entries, entry, new ListEntryForm { Name = entry.Name }, cancellationToken));
    }

    [HttpPost("/beheer/domeinen/{id:guid}/wijzigen")]
    [HttpPost("/beheer/risicosignalen/{id:guid}/wijzigen")]
    public async Task<IActionResult> Edit(Guid id, ListEntryForm form, CancellationToken cancellationToken)
    {
        var (list, entries, entry) = await FindAsync(id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        if (!await ValidAsync(form, entries, except: entry, prefix: nameof(ListEntryViewModel.Form), cancellationToken))
        {
            return View(await EntryAsync(list, entries, entry, form, cancellationToken));
        }

        var old = entry.Name;
        entry.Rename(form.Name);
        Record(list, entry, $"{Capitalised(list.Singular)} '{old}' hernoemd tot '{entry.Name}'.");
        var saved = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await SavedAsync(cancellationToken))
            {
                return false;
            }

            if (entry is PolicyArea)
            {
                // The search document holds the domain's name: its dilemmas are found under the new name from now on.
                await db.Database.ExecuteSqlAsync(
                    $"SELECT refresh_dilemma_search(dilemma_id) FROM dilemma_policy_areas WHERE policy_area_id = {entry.Id}", cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        });
        if (!saved)
        {
            return Refused(list, $"‘{form.Name.Trim()}’ is intussen door een ander aan de lijst toegevoegd. Kies een andere naam.");
        }
        TempData["Melding"] = $"‘{old}’ heet nu ‘{entry.Name}’.";
        return Redirect(list.Url);
    }

    /// <summary>One place up or down: the entries are numbered again in their new order, so gaps and ties disappear.</summary>
    [HttpPost("/beheer/domeinen/{id:guid}/omhoog")]
    [HttpPost("/beheer/domeinen/{id:guid}/omlaag")]
    [HttpPost("/beheer/risicosignalen/{id:guid}/omhoog")]
    [HttpPost("/beheer/risicosignalen/{id:guid}/omlaag")]
    public async Task<IActionResult> Move(Guid id, CancellationToken cancellationToken)
    {
        var (list, entries, entry) = await FindAsync(id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        var up = Request.Path.Value!.EndsWith("/omhoog", StringComparison.OrdinalIgnoreCase);
        var from = entries.IndexOf(entry);
        var to = up ? from - 1 : from + 1;
        if (to >= 0 && to < entries.Count)
        {
            (entries[from], entries[to]) = (entries[to], entries[from]);
            for (var i = 0; i < entries.Count; i++)
            {
                entries[i].MoveTo(i);
            }

            Record(list, entry, $"{Capitalised(list.Singular)} '{entry.Name}' een plaats {(up ? "omhoog" : "omlaag")}.");
            await db.SaveChangesAsync(cancellationToken);
        }

        return Redirect($"{list.Url}#item-{entry.Id}");
    }

    [HttpPost("/beheer/domeinen/{id:guid}/deactiveren")]
    [HttpPost("/beheer/risicosignalen/{id:guid}/deactiveren")]
    public Task<IActionResult> Deactivate(Guid id, CancellationToken cancellationToken) =>
        SetActiveAsync(id, active: false, cancellationToken);

    [HttpPost("/beheer/domeinen/{id:guid}/activeren")]
    [HttpPost("/beheer/risicosignalen/{id:guid}/activeren")]
    public Task<IActionResult> Activate(Guid id, CancellationToken cancellationToken) =>
        SetActiveAsync(id, active: true, cancellationToken);

    [HttpGet("/beheer/domeinen/{id:guid}/verwijderen")]
    [HttpGet("/beheer/risicosignalen/{id:guid}/verwijderen")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        var (list, entries, entry) = await FindAsync(id, cancellationToken);
        return entry is null ? NotFound() : View(await EntryAsync(list, entries, entry, new ListEntryForm(), cancellationToken));
    }

    [HttpPost("/beheer/domeinen/{id:guid}/verwijderen")]
    [HttpPost("/beheer/risicosignalen/{id:guid}/verwijderen")]
    public async Task<IActionResult> DeleteConfirmed(Guid id, CancellationToken cancellationToken)
    {
        var (list, entries, entry) = await FindAsync(id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        var uses = (await list.UsesAsync(db, entries, cancellationToken)).GetValueOrDefault(entry.Id);
        if (uses > 0)
        {
            TempData["Fout"] = $"‘{entry.Name}’ wordt gebruikt door {DutchText.Count(uses, "dilemma", "dilemma's")} en kan niet worden verwijderd. Deactiveer het: dan wordt het niet meer aangeboden.";
            return Redirect(list.Url);
        }

        db.Remove(entry);
        Record(list, entry, $"{Capitalised(list.Singular)} '{entry.Name}' verwijderd.");
        if (!await SavedAsync(cancellationToken))
        {
            return Refused(list, $"‘{entry.Name}’ is intussen in gebruik genomen en is niet verwijderd. Deactiveer het als het niet meer aangeboden moet worden.");
        }

        TempData["Melding"] = $"‘{entry.Name}’ is verwijderd.";
        return Redirect(list.Url);
    }

    private async Task<IActionResult> SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        var (list, _, entry) = await FindAsync(id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        if (active)
        {
            entry.Activate();
        }
        else
        {
            entry.Deactivate();
        }

        Record(list, entry, $"{Capitalised(list.Singular)} '{entry.Name}' {(active ? "weer geactiveerd" : "gedeactiveerd")}.");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Melding"] = active
            ? $"‘{entry.Name}’ wordt weer aangeboden bij nieuwe dilemma's."
            : $"‘{entry.Name}’ is gedeactiveerd: het wordt niet meer aangeboden bij nieuwe dilemma's; bestaande dilemma's houden het.";
        return Redirect($"{list.Url}#item-{entry.Id}");
    }

    /// <summary>Which list this request is about, from its path (/beheer/domeinen/… or /beheer/risicosignalen/…).</summary>
    private OwnList List => OwnList.Find(Request.Path.Value!.Split('/')[2].ToLowerInvariant())!;

    /// <summary>
    /// Saves; false when another beheerder got there first — the same name added (unique index) or the entry taken into
    /// use just before its deletion (foreign key) — and nothing was saved.
    /// </summary>
    private async Task<bool> SavedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" or "23503" })
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private RedirectResult Refused(OwnList list, string message)
    {
        TempData["Fout"] = message;
        return Redirect(list.Url);
    }

    private async Task<(OwnList List, List<ListEntry> Entries, ListEntry? Entry)> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var list = List;
        var entries = await list.EntriesAsync(db, cancellationToken);
        return (list, entries, entries.SingleOrDefault(e => e.Id == id));
    }

    /// <summary>The input rules, and a name the list does not have yet (whatever its case).</summary>
    private async Task<bool> ValidAsync(ListEntryForm form, List<ListEntry> entries, ListEntry? except, string prefix, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (validation.IsValid && entries.Any(e => e != except && string.Equals(e.Name, form.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            validation.Errors.Add(new FluentValidation.Results.ValidationFailure(nameof(ListEntryForm.Name), $"‘{form.Name.Trim()}’ staat al in de lijst."));
        }

        ModelState.AddErrors(validation, prefix);
        return validation.IsValid;
    }

    private async Task<ListPageViewModel> PageAsync(OwnList list, ListEntryForm form, CancellationToken cancellationToken)
    {
        var entries = await list.EntriesAsync(db, cancellationToken);
        var uses = await list.UsesAsync(db, entries, cancellationToken);
        return new ListPageViewModel(list, [.. entries.Select((e, i) => new ListEntryRow(e.Id, e.Name, e.IsActive, uses.GetValueOrDefault(e.Id), i == 0, i == entries.Count - 1))], form);
    }

    private async Task<ListEntryViewModel> EntryAsync(OwnList list, List<ListEntry> entries, ListEntry entry, ListEntryForm form, CancellationToken cancellationToken) =>
        new(list, entry.Id, entry.Name, (await list.UsesAsync(db, entries, cancellationToken)).GetValueOrDefault(entry.Id), form);

    private void Record(OwnList list, ListEntry entry, string summary) =>
        audit.Record(MunicipalityId, User.ToActor().UserId, AuditActions.ListChanged, list.Title, entry.Name, summary);

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private Guid MunicipalityId => tenant.MunicipalityId ?? throw new InvalidOperationException("Beheer gebeurt altijd voor één gemeente.");
}
