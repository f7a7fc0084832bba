using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Synonyms;

/// <summary>
/// Beheer › Synoniemen: the gemeente's own words for the same thing, on top of the shipped thesaurus. Search reads the
/// groups on every query, so a change counts from the next search on, without a restart.
/// </summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class SynonymsController(AppDbContext db, SynonymActions actions, Search.SearchMisses misses, FluentValidation.IValidator<SynonymForm> forms) : Controller
{
    /// <summary>The groups, the searches without results, the form; "Synoniem toevoegen" of such a search passes its words as termen.</summary>
    [HttpGet("/beheer/synoniemen")]
    public async Task<IActionResult> Index([FromQuery(Name = "termen")] string? terms, CancellationToken cancellationToken) =>
        View(await ListAsync(new SynonymForm { Terms = terms is null ? null : Search.SearchMisses.Normalise(terms) + ", " }, cancellationToken));

    /// <summary>"Toevoegen" saves the group; "Eerst bekijken wat het vindt" shows what each term and the group would find, saving nothing.</summary>
    [HttpPost("/beheer/synoniemen")]
    public async Task<IActionResult> Create(SynonymForm form, [FromForm(Name = "bekijken")] string? preview, CancellationToken cancellationToken)
    {
        if (preview is not null)
        {
            // The same rules as saving, with the same messages: what is previewed could be saved as it stands.
            var list = await ListAsync(form, cancellationToken);
            var validation = await forms.ValidateAsync(form, cancellationToken);
            if (!validation.IsValid)
            {
                ModelState.AddErrors(validation, prefix: nameof(SynonymListViewModel.Form));
                return View(nameof(Index), list);
            }

            return View(nameof(Index), list with { Reach = await misses.ReachAsync(Domain.SynonymGroup.Parse(form.Terms), cancellationToken) });
        }

        return await this.AnswerAsync(await actions.AddAsync(User.ToActor(), form, cancellationToken),
            _ => Done("De synoniemen zijn toegevoegd. Zoeken gebruikt ze vanaf nu."),
            async _ => View(nameof(Index), await ListAsync(form, cancellationToken)), prefix: nameof(SynonymListViewModel.Form));
    }

    [HttpGet("/beheer/synoniemen/{id:guid}/wijzigen")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken) =>
        this.Answer(await actions.OpenAsync(id, User.ToActor(), cancellationToken),
            group => View(new SynonymEditViewModel(group.Id, new SynonymForm { Terms = string.Join(", ", group.Terms) })));

    [HttpPost("/beheer/synoniemen/{id:guid}/wijzigen")]
    public async Task<IActionResult> Edit(Guid id, SynonymForm form, CancellationToken cancellationToken) =>
        this.Answer(await actions.ChangeAsync(id, User.ToActor(), form, cancellationToken),
            _ => Done("De synoniemen zijn gewijzigd."),
            _ => View(new SynonymEditViewModel(id, form)), prefix: nameof(SynonymEditViewModel.Form));

    [HttpGet("/beheer/synoniemen/{id:guid}/verwijderen")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken) =>
        this.Answer(await actions.OpenAsync(id, User.ToActor(), cancellationToken), group => View(group));

    [HttpPost("/beheer/synoniemen/{id:guid}/verwijderen")]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(Guid id, CancellationToken cancellationToken) =>
        this.Answer(await actions.RemoveAsync(id, User.ToActor(), cancellationToken), _ => Done("De synoniemen zijn verwijderd."));

    private RedirectResult Done(string message)
    {
        TempData["Melding"] = message;
        return Redirect("/beheer/synoniemen");
    }

    private async Task<SynonymListViewModel> ListAsync(SynonymForm form, CancellationToken cancellationToken)
    {
        var own = await db.SynonymGroups.AsNoTracking().ToListAsync(cancellationToken);
        var defaults = await db.Database.SqlQuery<string>($"""
            SELECT CASE WHEN heads IS NULL THEN array_to_string(terms, ', ')
                        ELSE array_to_string(heads, ', ') || ' → ' || array_to_string(terms[cardinality(heads) + 1:], ', ') END AS "Value"
            FROM search_default_synonyms ORDER BY id
            """).ToListAsync(cancellationToken);
        return new SynonymListViewModel([.. own.OrderBy(g => g.Terms[0], StringComparer.Ordinal)], defaults, form, await misses.RecentAsync(20, cancellationToken));
    }
}
