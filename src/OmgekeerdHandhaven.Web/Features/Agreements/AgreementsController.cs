using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Agreements;

/// <summary>Afspraken: the follow-up list, and recording whether an agreement was kept.</summary>
public sealed class AgreementsController(AppDbContext db, TimeProvider clock) : Controller
{
    public static readonly IReadOnlyList<(string Value, string Label)> StatusFilters =
        [("", "Alle"), ("open", "Open"), ("verlopen", "Verlopen"), ("nagekomen", "Nagekomen"), ("niet-nagekomen", "Niet nagekomen")];

    [HttpGet("/afspraken")]
    public async Task<IActionResult> Index([FromQuery(Name = "status")] string? status, [FromQuery(Name = "mijn")] bool mine, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        status = StatusFilters.Any(f => f.Value == status) ? status : null;
        var items = await db.ListAsync(DutchTime.Today(clock), status, mine ? actor.UserId : null, 500, cancellationToken);
        return View(new AgreementListViewModel(items, status, mine, Dilemma.CanFollowUpAgreements(actor)));
    }

    [HttpPost("/afspraken/{id:guid}/status")]
    [Authorize(Policy = Policies.FollowUpAgreements)]
    public async Task<IActionResult> SetStatus(Guid id, AgreementStatusForm form, [FromServices] AgreementActions actions, CancellationToken cancellationToken)
    {
        var outcome = await actions.SetStatusAsync(id, User.ToActor(), form, cancellationToken);

        // Refused or not possible: back on the dilemma page, at the agreement, with the reason.
        if (outcome is { Kind: OutcomeKind.Refused or OutcomeKind.Conflict, Value: { } about })
        {
            TempData["Fout"] = outcome.Reason ?? string.Join(" ", outcome.Refusals.Select(r => r.Message));
            return Redirect($"/dilemmas/{about.Number}#afspraak-{id}");
        }

        return this.Answer(outcome, dilemma =>
        {
            TempData["Melding"] = "De afspraak is bijgewerkt.";
            return Redirect($"/dilemmas/{dilemma.Number}#afspraak-{id}");
        });
    }
}
