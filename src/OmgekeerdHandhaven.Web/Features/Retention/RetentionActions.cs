using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.Retention;

public sealed record RetentionView(RetentionTerms Terms, RetentionRun? LastRun);

/// <summary>Beheer › Bewaartermijnen: the gemeente's terms, changed with a logboek entry, and what the last run removed.</summary>
public sealed class RetentionActions(AppDbContext db, UnitOfWork work, AuditLog audit, ITenantContext tenant, IValidator<RetentionForm> forms)
{
    public async Task<RetentionView> ShowAsync(CancellationToken cancellationToken)
    {
        var id = CurrentId();
        var terms = await db.Municipalities.AsNoTracking().Where(m => m.Id == id).Select(m => m.Retention).SingleAsync(cancellationToken);
        var last = await db.RetentionRuns.OrderByDescending(r => r.RanAt).FirstOrDefaultAsync(cancellationToken);
        return new RetentionView(terms, last);
    }

    public async Task<Outcome<Municipality>> ChangeAsync(Actor actor, RetentionForm form, CancellationToken cancellationToken)
    {
        var id = CurrentId();
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        return await work.SaveAsync(UnitOfWork.Open(municipality, Access.Administers(actor), "Alleen een beheerder wijzigt de bewaartermijnen."),
            await forms.ValidateAsync(form, cancellationToken), m =>
            {
                var terms = form.ToTerms();
                m.ChangeRetention(terms);
                audit.Record(m.Id, actor.UserId, AuditActions.RetentionChanged, "Gemeente", m.Code,
                    $"Bewaartermijnen: gelezen meldingen {terms.ReadNotificationsDays} dagen, bestanden {terms.ExportFilesDays} dagen, e-mails {terms.SentMailDays} dagen, "
                    + $"gedeactiveerde accounts {terms.DeactivatedAccountsMonths} maanden, logboek {terms.AuditLogYears} jaar.");
                return Task.FromResult(m);
            }, "De bewaartermijnen zijn intussen door een collega gewijzigd. Bekijk ze zoals ze nu zijn.", cancellationToken);
    }

    private Guid CurrentId() => tenant.MunicipalityId ?? throw new InvalidOperationException("A Beheerder always has a gemeente.");
}
