using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Lists;

/// <summary>
/// Beheer › Domeinen and Beheer › Risicosignalen: add, rename, order, deactivate and activate; delete only an entry no
/// dilemma uses (one in use is deactivated: new dilemmas no longer offer it, existing ones keep it).
/// </summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class ListsController(AppDbContext db, ListActions actions) : Controller
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
        return await this.AnswerAsync(await actions.AddAsync(list, User.ToActor(), form, cancellationToken),
            entry => Done($"{list.CapitalisedSingular} ‘{entry.Name}’ is toegevoegd, onderaan de lijst.", list.Url),
            async _ => View(nameof(Index), await PageAsync(list, form, cancellationToken)), prefix: nameof(ListPageViewModel.Form));
    }

    [HttpGet("/beheer/domeinen/{id:guid}/wijzigen")]
    [HttpGet("/beheer/risicosignalen/{id:guid}/wijzigen")]
    public Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken) =>
        EntryPageAsync(id, "Edit", cancellationToken);

    [HttpPost("/beheer/domeinen/{id:guid}/wijzigen")]
    [HttpPost("/beheer/risicosignalen/{id:guid}/wijzigen")]
    public async Task<IActionResult> Edit(Guid id, ListEntryForm form, CancellationToken cancellationToken)
    {
        var list = List;
        var outcome = await actions.RenameAsync(list, id, User.ToActor(), form, cancellationToken);
        return outcome.Kind == OutcomeKind.Conflict
            ? this.AnswerOnPage(outcome, list.Url)
            : await this.AnswerAsync(outcome, old => Done($"‘{old}’ heet nu ‘{form.Name?.Trim()}’.", list.Url),
                async _ => View(await EntryAsync(list, id, form, cancellationToken)), prefix: nameof(ListEntryViewModel.Form));
    }

    /// <summary>One place up or down.</summary>
    [HttpPost("/beheer/domeinen/{id:guid}/omhoog")]
    [HttpPost("/beheer/domeinen/{id:guid}/omlaag")]
    [HttpPost("/beheer/risicosignalen/{id:guid}/omhoog")]
    [HttpPost("/beheer/risicosignalen/{id:guid}/omlaag")]
    public async Task<IActionResult> Move(Guid id, CancellationToken cancellationToken)
    {
        var list = List;
        var up = Request.Path.Value!.EndsWith("/omhoog", StringComparison.OrdinalIgnoreCase);
        var outcome = await actions.MoveAsync(list, id, up, User.ToActor(), cancellationToken);
        return outcome.Kind == OutcomeKind.Conflict
            ? this.AnswerOnPage(outcome.Cast<string>(), list.Url)
            : this.Answer(outcome, entry => Redirect($"{list.Url}#item-{entry.Id}"));
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
    public Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken) =>
        EntryPageAsync(id, "Delete", cancellationToken);

    [HttpPost("/beheer/domeinen/{id:guid}/verwijderen")]
    [HttpPost("/beheer/risicosignalen/{id:guid}/verwijderen")]
    public async Task<IActionResult> DeleteConfirmed(Guid id, CancellationToken cancellationToken)
    {
        var list = List;
        var outcome = await actions.DeleteAsync(list, id, User.ToActor(), cancellationToken);
        return outcome.Kind == OutcomeKind.Conflict
            ? this.AnswerOnPage(outcome.Cast<string>(), list.Url)
            : this.Answer(outcome, entry => Done($"‘{entry.Name}’ is verwijderd.", list.Url));
    }

    private async Task<IActionResult> SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        var list = List;
        var outcome = await actions.SetActiveAsync(list, id, active, User.ToActor(), cancellationToken);
        return outcome.Kind == OutcomeKind.Conflict
            ? this.AnswerOnPage(outcome.Cast<string>(), list.Url)
            : this.Answer(outcome, entry => Done(active
                ? $"‘{entry.Name}’ wordt weer aangeboden bij nieuwe dilemma's."
                : $"‘{entry.Name}’ is gedeactiveerd: het wordt niet meer aangeboden bij nieuwe dilemma's; bestaande dilemma's houden het.",
                $"{list.Url}#item-{entry.Id}"));
    }

    /// <summary>Which list this request is about, from its path (/beheer/domeinen/… or /beheer/risicosignalen/…).</summary>
    private OwnList List => OwnList.Find(Request.Path.Value!.Split('/')[2].ToLowerInvariant())!;

    private RedirectResult Done(string message, string url)
    {
        TempData["Melding"] = message;
        return Redirect(url);
    }

    private async Task<IActionResult> EntryPageAsync(Guid id, string view, CancellationToken cancellationToken)
    {
        var list = List;
        var (entries, opened) = await actions.OpenAsync(list, id, User.ToActor(), cancellationToken);
        return await this.AnswerAsync(opened, async entry =>
            View(view, await EntryAsync(list, entries, entry, new ListEntryForm { Name = view == "Edit" ? entry.Name : string.Empty }, cancellationToken)));
    }

    private async Task<ListPageViewModel> PageAsync(OwnList list, ListEntryForm form, CancellationToken cancellationToken)
    {
        var entries = await list.EntriesAsync(db, cancellationToken);
        var uses = await list.UsesAsync(db, entries, cancellationToken);
        return new ListPageViewModel(list, [.. entries.Select((e, i) => new ListEntryRow(e.Id, e.Name, e.IsActive, uses.GetValueOrDefault(e.Id), i == 0, i == entries.Count - 1))], form);
    }

    /// <summary>The entry as stored (its name and uses), with the form as the user left it; read again after a refused change.</summary>
    private async Task<ListEntryViewModel> EntryAsync(OwnList list, Guid id, ListEntryForm form, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var entries = await list.EntriesAsync(db, cancellationToken);
        return await EntryAsync(list, entries, entries.Single(e => e.Id == id), form, cancellationToken);
    }

    private async Task<ListEntryViewModel> EntryAsync(OwnList list, List<ListEntry> entries, ListEntry entry, ListEntryForm form, CancellationToken cancellationToken) =>
        new(list, entry.Id, entry.Name, (await list.UsesAsync(db, entries, cancellationToken)).GetValueOrDefault(entry.Id), form);
}
