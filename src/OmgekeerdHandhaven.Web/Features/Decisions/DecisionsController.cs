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
[Authorize(Policy = Policies.Beslisser)]
public sealed class DecisionsController(AppDbContext db, DilemmaActions actions, ITenantContext tenant) : Controller
{
    public const string AddAgreement = "afspraak-toevoegen";
    public const string RemoveAgreementPrefix = "afspraak-verwijderen-";

    [HttpGet("/dilemmas/{number}/besluit")]
    public async Task<IActionResult> Decide(string number, [FromQuery(Name = "werkoverleg")] Guid? teamMeetingId, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var dilemma = await db.FindVisibleAsync(number, actor, cancellationToken);
        if (dilemma is null)
        {
            return NotFound();
        }

        if (!dilemma.CanDecide(actor))
        {
            return Forbid();
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
    public async Task<IActionResult> Decide(string number, DecisionForm form, [FromServices] IValidator<DecisionForm> validator, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var dilemma = await db.FindVisibleAsync(number, actor, cancellationToken);
        if (dilemma is null)
        {
            return NotFound();
        }

        if (!dilemma.CanDecide(actor))
        {
            return Forbid();
        }

        TeamMeeting? meeting = null;
        if (form.TeamMeetingId is { } meetingId)
        {
            meeting = await db.TeamMeetings.Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
            if (meeting is null || !meeting.HasOnAgenda(dilemma.Id))
            {
                return NotFound();
            }
        }

        if (ChangeAgreements(form) is { } focus)
        {
            ModelState.Clear();
            ViewData[FormFieldTagHelper.FocusKey] = focus;
            return View("Form", await WithContextAsync(form, dilemma, cancellationToken));
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return View("Form", await WithContextAsync(form, dilemma, cancellationToken));
        }

        var terms = await AgreementTermsBuilder.BuildAsync(db, form.Agreements, cancellationToken);
        var revising = dilemma.Status == DilemmaStatus.Decided;
        try
        {
            await actions.DecideAsync(dilemma, actor, form.Solution, form.Rationale, terms, form.Version, cancellationToken, meeting);
        }
        catch (ConcurrencyConflictException)
        {
            var fresh = await db.FindVisibleAsync(number, actor, cancellationToken);
            ModelState.AddModelError(string.Empty, fresh?.Status == DilemmaStatus.Decided && !revising
                ? "Een collega heeft intussen al een besluit over dit dilemma vastgelegd. Uw besluit is niet opgeslagen; uw tekst staat hieronder nog. Lees het vastgelegde besluit en kies zo nodig Besluit herzien."
                : "Het dilemma is gewijzigd terwijl u het besluit schreef. Uw besluit is niet opgeslagen; uw tekst staat hieronder nog. Bekijk de wijziging en leg het besluit opnieuw vast.");
            form.Version = fresh?.Version ?? form.Version;
            return View("Form", await WithContextAsync(form, fresh ?? dilemma, cancellationToken));
        }

        TempData["Melding"] = revising ? $"Het besluit over dilemma {dilemma.Number} is herzien." : $"Het besluit over dilemma {dilemma.Number} is vastgelegd.";
        return Redirect(meeting is null ? $"/dilemmas/{dilemma.Number}" : $"/werkoverleggen/{meeting.Id}");
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
