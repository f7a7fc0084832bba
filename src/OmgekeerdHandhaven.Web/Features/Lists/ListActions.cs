using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.Lists;

/// <summary>
/// Beheer › Domeinen and Risicosignalen: add, rename, order, (de)activate and delete an entry of the gemeente's own
/// list, by a beheerder, with its logboek entry in one save, answered as an <see cref="Outcome{T}"/>.
/// </summary>
public sealed class ListActions(AppDbContext db, UnitOfWork work, AuditLog audit, ITenantContext tenant, IValidator<ListEntryForm> forms)
{
    private const string NotYours = "Alleen een beheerder beheert de lijsten.";

    /// <summary>The list's entries in order, and the one asked for.</summary>
    public async Task<(List<ListEntry> Entries, Outcome<ListEntry> Entry)> OpenAsync(OwnList list, Guid id, Actor actor, CancellationToken cancellationToken)
    {
        var entries = await list.EntriesAsync(db, cancellationToken);
        return (entries, UnitOfWork.Open(entries.SingleOrDefault(e => e.Id == id), Access.Administers(actor), NotYours));
    }

    /// <summary>At the bottom of the list.</summary>
    public async Task<Outcome<ListEntry>> AddAsync(OwnList list, Actor actor, ListEntryForm form, CancellationToken cancellationToken)
    {
        if (!Access.Administers(actor))
        {
            return Outcome.Forbidden<ListEntry>(NotYours);
        }

        var entries = await list.EntriesAsync(db, cancellationToken);
        return await work.SaveAsync(await ValidateAsync(form, entries, except: null, cancellationToken), () =>
        {
            var municipalityId = tenant.MunicipalityId ?? throw new InvalidOperationException("Beheer gebeurt altijd voor één gemeente.");
            var entry = list.Create(municipalityId, form.Name, entries.Count == 0 ? 0 : entries.Max(e => e.SortOrder) + 1);
            list.Add(db, entry);
            Record(list, entry, actor, $"{list.CapitalisedSingular} '{entry.Name}' toegevoegd.");
            return Task.FromResult(entry);
        }, $"‘{NameOf(form)}’ is intussen door een ander toegevoegd of gewijzigd. Bekijk de lijst en probeer het zo nodig opnieuw.", cancellationToken);
    }

    /// <summary>Done: the old name. A domain's dilemmas are found under the new name at once (their search documents follow).</summary>
    public async Task<Outcome<string>> RenameAsync(OwnList list, Guid id, Actor actor, ListEntryForm form, CancellationToken cancellationToken)
    {
        var (entries, opened) = await OpenAsync(list, id, actor, cancellationToken);
        return await work.SaveAsync(opened, opened.IsDone ? await ValidateAsync(form, entries, opened.Value, cancellationToken) : null, async entry =>
        {
            var old = entry.Name;
            entry.Rename(form.Name);
            Record(list, entry, actor, $"{list.CapitalisedSingular} '{old}' hernoemd tot '{entry.Name}'.");
            // The search document holds the domain's name: its dilemmas are found under the new name from now on.
            await work.SaveInTransactionAsync(before: null, after: entry is not PolicyArea ? null : async () =>
                await db.Database.ExecuteSqlAsync(
                    $"SELECT refresh_dilemma_search(dilemma_id) FROM dilemma_policy_areas WHERE policy_area_id = {entry.Id}", cancellationToken),
                cancellationToken);
            return old;
        }, $"‘{NameOf(form)}’ is intussen door een ander aan de lijst toegevoegd. Kies een andere naam.", cancellationToken);
    }

    /// <summary>One place up or down: the entries are numbered again in their new order, so gaps and ties disappear.</summary>
    public async Task<Outcome<ListEntry>> MoveAsync(OwnList list, Guid id, bool up, Actor actor, CancellationToken cancellationToken)
    {
        var (entries, opened) = await OpenAsync(list, id, actor, cancellationToken);
        return await work.SaveAsync(opened, input: null, entry =>
        {
            var from = entries.IndexOf(entry);
            var to = up ? from - 1 : from + 1;
            if (to >= 0 && to < entries.Count)
            {
                (entries[from], entries[to]) = (entries[to], entries[from]);
                for (var i = 0; i < entries.Count; i++)
                {
                    entries[i].MoveTo(i);
                }

                Record(list, entry, actor, $"{list.CapitalisedSingular} '{entry.Name}' een plaats {(up ? "omhoog" : "omlaag")}.");
            }

            return Task.FromResult(entry);
        }, "De lijst is intussen door een ander gewijzigd. Bekijk de volgorde en probeer het opnieuw.", cancellationToken);
    }

    /// <summary>Deactivated, an entry is no longer offered for new dilemmas; existing ones keep it.</summary>
    public async Task<Outcome<ListEntry>> SetActiveAsync(OwnList list, Guid id, bool active, Actor actor, CancellationToken cancellationToken)
    {
        var (_, opened) = await OpenAsync(list, id, actor, cancellationToken);
        return await work.SaveAsync(opened, input: null, entry =>
        {
            if (active)
            {
                entry.Activate();
            }
            else
            {
                entry.Deactivate();
            }

            Record(list, entry, actor, $"{list.CapitalisedSingular} '{entry.Name}' {(active ? "weer geactiveerd" : "gedeactiveerd")}.");
            return Task.FromResult(entry);
        }, "De lijst is intussen door een ander gewijzigd. Bekijk hem en probeer het opnieuw.", cancellationToken);
    }

    /// <summary>Only an entry no dilemma uses; one in use is deactivated instead.</summary>
    public async Task<Outcome<ListEntry>> DeleteAsync(OwnList list, Guid id, Actor actor, CancellationToken cancellationToken)
    {
        var (entries, opened) = await OpenAsync(list, id, actor, cancellationToken);
        return await work.SaveAsync(opened, input: null, async entry =>
        {
            var uses = (await list.UsesAsync(db, entries, cancellationToken)).GetValueOrDefault(entry.Id);
            DomainException.ThrowUnless(uses == 0,
                $"‘{entry.Name}’ wordt gebruikt door {DutchText.Count(uses, "dilemma", "dilemma's")} en kan niet worden verwijderd. Deactiveer het: dan wordt het niet meer aangeboden.");
            db.Remove(entry);
            Record(list, entry, actor, $"{list.CapitalisedSingular} '{entry.Name}' verwijderd.");
            return entry;
        }, "Dit item is intussen in gebruik genomen en is niet verwijderd. Deactiveer het als het niet meer aangeboden moet worden.", cancellationToken);
    }

    /// <summary>The input rules, and a name the list does not have yet (whatever its case).</summary>
    private async Task<ValidationResult> ValidateAsync(ListEntryForm form, List<ListEntry> entries, ListEntry? except, CancellationToken cancellationToken)
    {
        var validation = await forms.ValidateAsync(form, cancellationToken);
        if (validation.IsValid && entries.Any(e => e != except && string.Equals(e.Name, NameOf(form), StringComparison.OrdinalIgnoreCase)))
        {
            validation.Errors.Add(new ValidationFailure(nameof(ListEntryForm.Name), $"‘{NameOf(form)}’ staat al in de lijst."));
        }

        return validation;
    }

    /// <summary>The name as typed, trimmed; model binding leaves an empty field null.</summary>
    private static string NameOf(ListEntryForm form) => form.Name?.Trim() ?? string.Empty;

    private void Record(OwnList list, ListEntry entry, Actor actor, string summary) =>
        audit.Record(entry.MunicipalityId, actor.UserId, AuditActions.ListChanged, list.Title, entry.Name, summary);
}
