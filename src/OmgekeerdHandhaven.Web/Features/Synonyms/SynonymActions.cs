using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.Synonyms;

/// <summary>Beheer › Synoniemen: add, change or remove one of the gemeente's own groups, with its logboek entry, as one save.</summary>
public sealed class SynonymActions(AppDbContext db, UnitOfWork work, AuditLog audit, ITenantContext tenant, TimeProvider clock, IValidator<SynonymForm> forms)
{
    private const string ChangedMeanwhile = "Een collega heeft deze synoniemen intussen gewijzigd of verwijderd. Bekijk de lijst zoals die nu is.";

    private const string NotYours = "Alleen een beheerder beheert de synoniemen.";

    public async Task<Outcome<SynonymGroup>> OpenAsync(Guid id, Actor actor, CancellationToken cancellationToken) =>
        UnitOfWork.Open(await db.SynonymGroups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken), Access.Administers(actor), NotYours);

    public async Task<Outcome<SynonymGroup>> AddAsync(Actor actor, SynonymForm form, CancellationToken cancellationToken)
    {
        if (!Access.Administers(actor))
        {
            return Outcome.Forbidden<SynonymGroup>(NotYours);
        }

        return await work.SaveAsync(await forms.ValidateAsync(form, cancellationToken), () =>
        {
            var municipalityId = tenant.MunicipalityId ?? throw new InvalidOperationException("A Beheerder always has a gemeente.");
            var group = new SynonymGroup(municipalityId, SynonymGroup.Parse(form.Terms), clock.GetUtcNow());
            db.SynonymGroups.Add(group);
            Record(group, actor, $"Synoniemen toegevoegd: {string.Join(", ", group.Terms)}.");
            return Task.FromResult(group);
        }, ChangedMeanwhile, cancellationToken);
    }

    public async Task<Outcome<SynonymGroup>> ChangeAsync(Guid id, Actor actor, SynonymForm form, CancellationToken cancellationToken) =>
        await work.SaveAsync(await OpenAsync(id, actor, cancellationToken), await forms.ValidateAsync(form, cancellationToken), group =>
        {
            var before = string.Join(", ", group.Terms);
            group.Change(SynonymGroup.Parse(form.Terms), clock.GetUtcNow());
            Record(group, actor, $"Synoniemen gewijzigd van \"{before}\" in \"{string.Join(", ", group.Terms)}\".");
            return Task.FromResult(group);
        }, ChangedMeanwhile, cancellationToken);

    public async Task<Outcome<SynonymGroup>> RemoveAsync(Guid id, Actor actor, CancellationToken cancellationToken) =>
        await work.SaveAsync(await OpenAsync(id, actor, cancellationToken), input: null, group =>
        {
            db.SynonymGroups.Remove(group);
            Record(group, actor, $"Synoniemen verwijderd: {string.Join(", ", group.Terms)}.");
            return Task.FromResult(group);
        }, ChangedMeanwhile, cancellationToken);

    private void Record(SynonymGroup group, Actor actor, string summary) =>
        audit.Record(group.MunicipalityId, actor.UserId, AuditActions.SynonymsChanged, "Synoniemen", group.Terms[0], summary);
}
