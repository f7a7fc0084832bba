using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Dilemmas;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Decisions;

/// <summary>Besluit vastleggen and Besluit herzien (terugsturen shares the reason flow of intrekken in Dilemmas).</summary>
[Authorize(Policy = Policies.DecideDilemma)]
public sealed class DecisionsController(AppDbContext db, DilemmaActions dilemmas, ITenantContext tenant) : Controller
{
    public const string AddAgreement = "afspraak-toevoegen";
    public const string RemoveAgreementPrefix = "afspraak-verwijderen-";

    [HttpGet("/dilemmas/{number}/besluit")]
    public async Task<IActionResult> Decide(string number, [FromQuery(Name = "werkoverleg")] Guid? teamMeetingId, CancellationToken cancellationToken)
    {
        var opened = await dilemmas.OpenAsync(number, User.ToActor(), DilemmaAction.Decide, cancellationToken);
        if (!opened.IsDone || opened.Value is not { } dilemma)
        {
            return this.Answer(opened, _ => NotFound());
        }

        var form = new DecisionForm { Version = dilemma.Version, TeamMeetingId = teamMeetingId };
        if (dilemma.CurrentDecision is { } current)
        {
            // Herzien starts from the decision in force, so the beslisser changes what needs changing.
            form.Solution = current.Solution;
            form.Rationale = current.Rationale;
            form.Agreements = [.. current.Agreements.Select(a => new AgreementForm
            {
                Description = a.Description,
                Responsible = a.Responsible,
                DueDate = a.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Fallback = a.Fallback,
            })];
        }

        return View("Form", await WithContextAsync(form, dilemma, cancellationToken));
    }

    [HttpPost("/dilemmas/{number}/besluit")]
    public async Task<IActionResult> Decide(string number, DecisionForm form, [FromServices] DecisionActions decisions, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        if (ChangeAgreements(form) is { } focus)
        {
            // Afspraak toevoegen/verwijderen saves nothing, but shows the form only to who may decide.
            var opened = await dilemmas.OpenAsync(number, actor, DilemmaAction.Decide, cancellationToken);
            if (!opened.IsDone || opened.Value is not { } dilemma)
            {
                return this.Answer(opened, _ => NotFound());
            }

            ModelState.Clear();
            ViewData[FormFieldTagHelper.FocusKey] = focus;
            return View("Form", await WithContextAsync(form, dilemma, cancellationToken));
        }

        var outcome = await decisions.DecideAsync(number, actor, form, form.Version, cancellationToken);
        if (outcome.IsLostRace)
        {
            ModelState.AddModelError(string.Empty, outcome.Reason == DecisionActions.DecidedMeanwhile
                ? "Een collega heeft intussen al een besluit over dit dilemma vastgelegd. Uw besluit is niet opgeslagen; uw tekst staat hieronder nog. Lees het vastgelegde besluit en kies zo nodig Besluit herzien."
                : "Het dilemma is gewijzigd terwijl u het besluit schreef. Uw besluit is niet opgeslagen; uw tekst staat hieronder nog. Bekijk de wijziging en leg het besluit opnieuw vast.");
            // The dilemma as stored now: the next save is compared with the colleague's version.
            form.Version = outcome.Value!.Version;
            return View("Form", await WithContextAsync(form, outcome.Value, cancellationToken));
        }

        var shown = outcome.Value is { } about ? await WithContextAsync(form, about, cancellationToken) : form;
        return this.Answer(outcome, dilemma =>
        {
            TempData["Melding"] = dilemma.Decisions.Count > 1
                ? $"Het besluit over dilemma {dilemma.Number} is herzien."
                : $"Het besluit over dilemma {dilemma.Number} is vastgelegd.";
            return Redirect(form.TeamMeetingId is { } meeting ? $"/werkoverleggen/{meeting}" : $"/dilemmas/{dilemma.Number}");
        }, again: _ => View("Form", shown));
    }

    /// <summary>
    /// Afspraak toevoegen / verwijderen without JavaScript: the form comes back with one agreement more or less, and the
    /// name of the field to focus, so the user carries on where they were instead of at the top of the page.
    /// </summary>
    private static string? ChangeAgreements(DecisionForm form)
    {
        if (form.Command == AddAgreement)
        {
            if (form.Agreements.Count < DecisionFormValidator.MaxAgreements)
            {
                form.Agreements.Add(new AgreementForm());
            }

            return $"Agreements[{form.Agreements.Count - 1}].Description";
        }

        if (form.Command?.StartsWith(RemoveAgreementPrefix, StringComparison.Ordinal) == true
            && int.TryParse(form.Command.AsSpan(RemoveAgreementPrefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var index)
            && index >= 0 && index < form.Agreements.Count)
        {
            form.Agreements.RemoveAt(index);
            return form.Agreements.Count == 0 ? AddAgreement : $"Agreements[{Math.Min(index, form.Agreements.Count - 1)}].Description";
        }

        return null;
    }

    private async Task<DecisionForm> WithContextAsync(DecisionForm form, Dilemma dilemma, CancellationToken cancellationToken)
    {
        var municipalityId = tenant.MunicipalityId!.Value;
        var vision = await db.Municipalities.AsNoTracking().Where(m => m.Id == municipalityId).Select(m => m.Vision).SingleAsync(cancellationToken);
        var colleagues = await db.Users.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.DisplayName).Select(u => u.DisplayName).ToListAsync(cancellationToken);
        form.Context = new DecisionFormContext(dilemma, vision, colleagues, dilemma.Status == DilemmaStatus.Decided);
        return form;
    }
}
