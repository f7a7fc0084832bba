using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Agreements;
using OmgekeerdHandhaven.Web.Features.Dilemmas;
using OmgekeerdHandhaven.Web.Infrastructure.Security;
using OmgekeerdHandhaven.Web.Infrastructure.Web;

namespace OmgekeerdHandhaven.Web.Features.Api;

[ApiController]
[Route("/api/v1/agreements")]
[Tags("Afspraken")]
[Authorize(AuthenticationSchemes = AccessTokenAuthenticationHandler.SchemeName, Policy = Policies.FollowUpAgreements)]
[IgnoreAntiforgeryToken]
public sealed class AgreementsApiController(AppDbContext db, DilemmaActions actions, TimeProvider clock) : ControllerBase
{
    [HttpPost("{id:guid}/status")]
    public async Task<IActionResult> SetStatus(Guid id, AgreementStatusInput input, [FromServices] IValidator<AgreementStatusForm> validator, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(new AgreementStatusForm { Status = input.Status, Note = input.Note }, cancellationToken);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation);
        }

        var owner = await (from agreement in db.Agreements
                           join decision in db.Decisions on agreement.DecisionId equals decision.Id
                           join dilemma in db.Dilemmas on decision.DilemmaId equals dilemma.Id
                           where agreement.Id == id
                           select new { dilemma.Year, dilemma.Sequence }).SingleOrDefaultAsync(cancellationToken);
        var actor = User.ToActor();
        var found = owner is null ? null : await db.FindVisibleAsync(new DilemmaNumber(owner.Year, owner.Sequence).ToString(), actor, cancellationToken);
        if (found is null)
        {
            return ApiProblems.Status(StatusCodes.Status404NotFound, "Niet gevonden", "Er is geen afspraak met dit id die u kunt zien.");
        }

        try
        {
            var agreement = await actions.SetAgreementStatusAsync(found, actor, id, Enum.Parse<AgreementStatus>(input.Status!), input.Note, cancellationToken);
            var today = Infrastructure.DutchTime.Today(clock);
            return Ok(new AgreementOutput(agreement.Id, agreement.Description, agreement.Responsible, agreement.DueDate, agreement.Fallback, agreement.Status.ToString(), agreement.IsOverdue(today)));
        }
        catch (DomainException ex)
        {
            return ApiProblems.Status(StatusCodes.Status409Conflict, "Niet mogelijk", ex.Message);
        }
        catch (ConcurrencyConflictException)
        {
            return ApiProblems.Status(StatusCodes.Status409Conflict, "Niet mogelijk", "Het dilemma is intussen door iemand anders gewijzigd. Probeer het opnieuw.");
        }
    }
}
