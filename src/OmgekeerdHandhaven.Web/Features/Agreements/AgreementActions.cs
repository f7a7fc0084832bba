using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Dilemmas;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.Agreements;

/// <summary>
/// Following up an afspraak (nagekomen or niet nagekomen, with a note), for the screen and the API alike: one change of
/// the dilemma it belongs to (<see cref="DilemmaActions.RunAsync"/>); done, that dilemma as it now stands.
/// </summary>
public sealed class AgreementActions(AppDbContext db, DilemmaActions dilemmas, IValidator<AgreementStatusForm> validator)
{
    public async Task<Outcome<Dilemma>> SetStatusAsync(Guid agreementId, Actor actor, AgreementStatusForm form, CancellationToken cancellationToken)
    {
        var owner = await (from agreement in db.Agreements
                           join decision in db.Decisions on agreement.DecisionId equals decision.Id
                           join dilemma in db.Dilemmas on decision.DilemmaId equals dilemma.Id
                           where agreement.Id == agreementId
                           select new { dilemma.Year, dilemma.Sequence }).SingleOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return Outcome.NotFound<Dilemma>();
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        return await dilemmas.RunAsync(new DilemmaNumber(owner.Year, owner.Sequence).ToString(), actor, DilemmaAction.FollowUpAgreements, validation,
            d => dilemmas.SetAgreementStatusAsync(d, actor, agreementId, Enum.Parse<AgreementStatus>(form.Status!), form.Note, cancellationToken), cancellationToken);
    }
}
