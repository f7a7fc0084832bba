using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Features.Agreements;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Api;

[ApiController]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(ApiRateLimit.PolicyName)]
[Route("/api/v1/agreements")]
[Tags("Afspraken")]
[Authorize(AuthenticationSchemes = AccessTokenAuthenticationHandler.SchemeName, Policy = Policies.FollowUpAgreements)]
[IgnoreAntiforgeryToken]
public sealed class AgreementsApiController(AgreementActions actions, TimeProvider clock) : ControllerBase
{
    [HttpPost("{id:guid}/status")]
    public async Task<IActionResult> SetStatus(Guid id, AgreementStatusInput input, CancellationToken cancellationToken)
    {
        var outcome = await actions.SetStatusAsync(id, User.ToActor(), new AgreementStatusForm { Status = input.Status, Note = input.Note }, cancellationToken);
        return await this.AnswerAsync(outcome, dilemma =>
        {
            var agreement = dilemma.CurrentDecision!.Agreements.Single(a => a.Id == id);
            var today = DutchTime.Today(clock);
            return Task.FromResult<IActionResult>(Ok(new AgreementOutput(
                agreement.Id, agreement.Description, agreement.Responsible, agreement.DueDate, agreement.Fallback, agreement.Status.ToString(), agreement.IsOverdue(today))));
        }, notFound: "Er is geen afspraak met dit id die u kunt zien.");
    }
}
