using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Dilemmas;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Agreements;

/// <summary>Afspraken: the follow-up list, and recording whether an agreement was kept.</summary>
public sealed class AgreementsController(AppDbContext db, DilemmaActions actions, TimeProvider clock) : Controller
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
    public async Task<IActionResult> SetStatus(Guid id, AgreementStatusForm form, [FromServices] IValidator<AgreementStatusForm> validator, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var number = await (from agreement in db.Agreements
                            join decision in db.Decisions on agreement.DecisionId equals decision.Id
                            join owner in db.Dilemmas on decision.DilemmaId equals owner.Id
                            where agreement.Id == id
                            select new { owner.Year, owner.Sequence })
            .SingleOrDefaultAsync(cancellationToken);
        if (number is null)
        {
            return NotFound();
        }

        var key = new DilemmaNumber(number.Year, number.Sequence).ToString();
        var dilemma = await db.FindVisibleAsync(key, actor, cancellationToken);
        if (dilemma is null)
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            TempData["Fout"] = string.Join(" ", validation.Errors.Select(e => e.ErrorMessage));
            return Redirect($"/dilemmas/{key}#afspraak-{id}");
        }

        try
        {
            await actions.SetAgreementStatusAsync(dilemma, actor, id, Enum.Parse<AgreementStatus>(form.Status!), form.Note, cancellationToken);
        }
        catch (DomainException ex)
        {
            TempData["Fout"] = ex.Message;
            return Redirect($"/dilemmas/{key}#afspraak-{id}");
        }

        TempData["Melding"] = "De afspraak is bijgewerkt.";
        return Redirect($"/dilemmas/{key}#afspraak-{id}");
    }
}
