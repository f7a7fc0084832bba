using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.Vision;

/// <summary>Beheer › Visie op handhaving: the gemeente's text, changed with its logboek entry in one save.</summary>
public sealed class VisionActions(AppDbContext db, UnitOfWork work, AuditLog audit, ITenantContext tenant, IValidator<VisionForm> forms)
{
    public async Task<Outcome<Municipality>> ChangeAsync(Actor actor, VisionForm form, CancellationToken cancellationToken)
    {
        var id = tenant.MunicipalityId ?? throw new InvalidOperationException("A colleague always has a gemeente.");
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        return await work.SaveAsync(UnitOfWork.Open(municipality, Access.Administers(actor), "Alleen een beheerder wijzigt de visie op handhaving."),
            await forms.ValidateAsync(form, cancellationToken), m =>
            {
                m.ChangeVision(form.Vision);
                audit.Record(m.Id, actor.UserId, AuditActions.VisionChanged, "Gemeente", m.Code, "Visie op handhaving gewijzigd.");
                return Task.FromResult(m);
            }, "De visie is intussen door een collega gewijzigd. Bekijk de tekst zoals die nu is.", cancellationToken);
    }
}
