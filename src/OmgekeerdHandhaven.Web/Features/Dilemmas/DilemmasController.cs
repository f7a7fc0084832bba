using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

/// <summary>Nieuw dilemma, the dilemma page, wijzigen, indienen and intrekken.</summary>
[Route("/dilemmas")]
public sealed class DilemmasController(AppDbContext db, DilemmaActions actions, Search.DilemmaSearch search, IValidator<DilemmaForm> validator) : Controller
{
    public const string AddOption = "optie-toevoegen";
    public const string RemoveOptionPrefix = "optie-verwijderen-";
    public const string SaveDraft = "concept";
    public const string SaveAndSubmit = "indienen";
    public const string Save = "opslaan";
    public const string FindSimilar = "vergelijkbaar";

    public const int PageSize = 25;

    [HttpGet("")]
    public async Task<IActionResult> Index(
        [FromQuery(Name = "status")] string? status,
        [FromQuery(Name = "domein")] Guid? policyArea,
        [FromQuery(Name = "fase")] string? phase,
        [FromQuery(Name = "pagina")] int page = 1,
        CancellationToken cancellationToken = default)
    {
        var filter = new DilemmaListFilter(
            Enum.TryParse<DilemmaStatus>(status, out var s) && Enum.IsDefined(s) ? s : null,
            policyArea,
            Enum.TryParse<ChainPhase>(phase, out var p) && Enum.IsDefined(p) ? p : null);
        page = Math.Clamp(page, 1, 10_000);
        var actor = User.ToActor();
        var (items, total) = await db.ListAsync(actor, filter, page, PageSize, cancellationToken);
        // The filter lists every domain: older dilemmas keep one Beheer has deactivated since.
        var areas = await db.PolicyAreaChoicesAsync(cancellationToken);
        return View(new DilemmaListViewModel(items, total, page, PageSize, filter, areas, actor.IsHandhaver || actor.IsConsulent));
    }

    [HttpGet("{number}")]
    public async Task<IActionResult> Details(string number, [FromServices] DilemmaPageBuilder pages, CancellationToken cancellationToken)
    {
        var dilemma = await db.FindVisibleAsync(number, User.ToActor(), cancellationToken);
        return dilemma is null ? NotFound() : View(await pages.BuildAsync(dilemma, User.ToActor(), cancellationToken));
    }

    /// <summary>The list of similar dilemmas as an HTML fragment, for the form's script while typing (same list as the button gives).</summary>
    [HttpGet("vergelijkbaar")]
    public async Task<IActionResult> Similar([FromQuery(Name = "titel")] string? title, [FromQuery(Name = "situatie")] string? situation, CancellationToken cancellationToken)
    {
        var hits = await search.SimilarAsync(User.ToActor(), Truncate(title, 150), Truncate(situation, 2_000), exclude: null, cancellationToken);
        return PartialView("_SimilarList", hits);
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];

    [HttpGet("nieuw")]
    [Authorize(Policy = Policies.CreateDilemma)]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Form", await WithChoicesAsync(new DilemmaForm(), cancellationToken));

    [HttpPost("nieuw")]
    [Authorize(Policy = Policies.CreateDilemma)]
    public async Task<IActionResult> Create(DilemmaForm form, CancellationToken cancellationToken)
    {
        if (await ChangeOptionsAsync(form, cancellationToken) is { } rerender)
        {
            return rerender;
        }

        if (form.Command == FindSimilar)
        {
            // Without JavaScript: show what already exists before anyone asks again; nothing is saved.
            form.Similar = await search.SimilarAsync(User.ToActor(), form.Title, form.Situation, exclude: null, cancellationToken);
            return View("Form", await WithChoicesAsync(form, cancellationToken));
        }

        var content = await ValidateAsync(form, cancellationToken);
        if (content is null)
        {
            return View("Form", await WithChoicesAsync(form, cancellationToken));
        }

        var submit = form.Command == SaveAndSubmit;
        var dilemma = await actions.CreateAsync(User.ToActor(), content, submit, cancellationToken);

        TempData["Melding"] = submit
            ? $"Dilemma {dilemma.Number} is ingediend en staat ter bespreking."
            : $"Dilemma {dilemma.Number} is opgeslagen als concept. Alleen u ziet het, tot u het indient.";
        return Redirect($"/dilemmas/{dilemma.Number}");
    }

    [HttpGet("{number}/wijzigen")]
    public async Task<IActionResult> Edit(string number, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var dilemma = await db.FindVisibleAsync(number, actor, cancellationToken);
        if (dilemma is null)
        {
            return NotFound();
        }

        if (!dilemma.CanEdit(actor))
        {
            return Forbid();
        }

        return View("Form", await WithChoicesAsync(ToForm(dilemma), cancellationToken, dilemma));
    }

    [HttpPost("{number}/wijzigen")]
    public async Task<IActionResult> Edit(string number, DilemmaForm form, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var dilemma = await db.FindVisibleAsync(number, actor, cancellationToken);
        if (dilemma is null)
        {
            return NotFound();
        }

        if (!dilemma.CanEdit(actor))
        {
            return Forbid();
        }

        if (await ChangeOptionsAsync(form, cancellationToken, dilemma) is { } rerender)
        {
            return rerender;
        }

        var content = await ValidateAsync(form, cancellationToken, dilemma);
        if (content is null)
        {
            return View("Form", await WithChoicesAsync(form, cancellationToken, dilemma));
        }

        var submit = form.Command == SaveAndSubmit && dilemma.CanSubmit(actor);
        try
        {
            // Against the version the user started from: a colleague's save in between is reported, not overwritten.
            await actions.EditAsync(dilemma, actor, content, form.Version, submit, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty,
                "Iemand anders heeft dit dilemma gewijzigd terwijl u ermee bezig was. Uw invoer staat hieronder nog; " +
                "open het dilemma in een nieuw tabblad om de wijziging van uw collega te zien, en sla daarna opnieuw op.");
            var current = await db.FindVisibleAsync(number, actor, cancellationToken);
            form.Version = current?.Version ?? form.Version;
            return View("Form", await WithChoicesAsync(form, cancellationToken, current ?? dilemma));
        }

        TempData["Melding"] = submit ? $"Dilemma {dilemma.Number} is opgeslagen en ingediend." : $"Dilemma {dilemma.Number} is opgeslagen.";
        return Redirect($"/dilemmas/{dilemma.Number}");
    }

    [HttpPost("{number}/indienen")]
    public async Task<IActionResult> Submit(string number, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var dilemma = await db.FindVisibleAsync(number, actor, cancellationToken);
        if (dilemma is null)
        {
            return NotFound();
        }

        if (!dilemma.CanSubmit(actor))
        {
            return Forbid();
        }

        await actions.SubmitAsync(dilemma, actor, cancellationToken);
        TempData["Melding"] = $"Dilemma {dilemma.Number} is ingediend en staat ter bespreking.";
        return Redirect($"/dilemmas/{dilemma.Number}");
    }

    [HttpGet("{number}/intrekken")]
    public Task<IActionResult> Withdraw(string number, CancellationToken cancellationToken) =>
        ShowReasonFormAsync(number, "Withdraw", (d, a) => d.CanWithdraw(a), cancellationToken);

    [HttpPost("{number}/intrekken")]
    public Task<IActionResult> Withdraw(string number, ReasonForm form, [FromServices] IValidator<ReasonForm> reasonValidator, CancellationToken cancellationToken) =>
        ActWithReasonAsync(number, form, "Withdraw", reasonValidator, (d, a) => d.CanWithdraw(a),
            (d, a) => actions.WithdrawAsync(d, a, form.Reason, cancellationToken), "Dilemma {0} is ingetrokken.", cancellationToken);

    [HttpGet("{number}/terugsturen")]
    [Authorize(Policy = Policies.Beslisser)]
    public Task<IActionResult> Return(string number, [FromQuery(Name = "werkoverleg")] Guid? teamMeetingId, CancellationToken cancellationToken) =>
        ShowReasonFormAsync(number, "Return", (d, a) => d.CanReturn(a), cancellationToken, teamMeetingId);

    [HttpPost("{number}/terugsturen")]
    [Authorize(Policy = Policies.Beslisser)]
    public async Task<IActionResult> Return(string number, ReasonForm form, [FromServices] IValidator<ReasonForm> reasonValidator, CancellationToken cancellationToken)
    {
        // Sent back during a werkoverleg: its agenda item records the outcome with the same save.
        TeamMeeting? meeting = null;
        if (form.TeamMeetingId is { } meetingId)
        {
            meeting = await db.TeamMeetings.Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
            if (meeting is null)
            {
                return NotFound();
            }
        }

        return await ActWithReasonAsync(number, form, "Return", reasonValidator, (d, a) => d.CanReturn(a),
            (d, a) => actions.ReturnAsync(d, a, form.Reason, meeting, cancellationToken), "Dilemma {0} is teruggestuurd naar de opsteller.", cancellationToken,
            doneUrl: meeting is null ? null : $"/werkoverleggen/{meeting.Id}");
    }

    /// <summary>Intrekken and terugsturen share one flow: a confirmation page asking for the reason.</summary>
    private async Task<IActionResult> ShowReasonFormAsync(string number, string view, Func<Dilemma, Actor, bool> mayAct, CancellationToken cancellationToken, Guid? teamMeetingId = null)
    {
        var actor = User.ToActor();
        var dilemma = await db.FindVisibleAsync(number, actor, cancellationToken);
        if (dilemma is null)
        {
            return NotFound();
        }

        return mayAct(dilemma, actor) ? View(view, new ReasonForm { Number = number, Title = dilemma.Title, TeamMeetingId = teamMeetingId }) : Forbid();
    }

    private async Task<IActionResult> ActWithReasonAsync(
        string number, ReasonForm form, string view, IValidator<ReasonForm> reasonValidator, Func<Dilemma, Actor, bool> mayAct,
        Func<Dilemma, Actor, Task> act, string doneMessage, CancellationToken cancellationToken, string? doneUrl = null)
    {
        var actor = User.ToActor();
        var dilemma = await db.FindVisibleAsync(number, actor, cancellationToken);
        if (dilemma is null)
        {
            return NotFound();
        }

        if (!mayAct(dilemma, actor))
        {
            return Forbid();
        }

        var validation = await reasonValidator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            form.Number = number;
            form.Title = dilemma.Title;
            return View(view, form);
        }

        try
        {
            await act(dilemma, actor);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
            form.Number = number;
            form.Title = dilemma.Title;
            return View(view, form);
        }

        TempData["Melding"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, doneMessage, dilemma.Number);
        return Redirect(doneUrl ?? $"/dilemmas/{dilemma.Number}");
    }

    /// <summary>
    /// Optie toevoegen / verwijderen: re-show the form with one option more or less, saving nothing, with the focus on the
    /// new option (or where the removed one was), so the user does not start again at the top of the page.
    /// </summary>
    private async Task<IActionResult?> ChangeOptionsAsync(DilemmaForm form, CancellationToken cancellationToken, Dilemma? dilemma = null)
    {
        if (form.Command == AddOption)
        {
            if (form.Options.Count < DilemmaContent.MaxOptions)
            {
                form.Options.Add(new OptionForm());
            }

            ViewData[FormFieldTagHelper.FocusKey] = $"Options[{form.Options.Count - 1}].Description";
        }
        else if (form.Command?.StartsWith(RemoveOptionPrefix, StringComparison.Ordinal) == true
            && int.TryParse(form.Command.AsSpan(RemoveOptionPrefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var index)
            && index >= 0 && index < form.Options.Count && form.Options.Count > 1)
        {
            form.Options.RemoveAt(index);
            ViewData[FormFieldTagHelper.FocusKey] = $"Options[{Math.Min(index, form.Options.Count - 1)}].Description";
        }
        else
        {
            return null;
        }

        // The fields are re-numbered, so the posted values in ModelState no longer line up with them.
        ModelState.Clear();
        return View("Form", await WithChoicesAsync(form, cancellationToken, dilemma));
    }

    private async Task<DilemmaContent?> ValidateAsync(DilemmaForm form, CancellationToken cancellationToken, Dilemma? dilemma = null)
    {
        var (content, validation) = await DilemmaContentBuilder.BuildAsync(db, validator, form, cancellationToken, dilemma);
        ModelState.AddErrors(validation);
        return content;
    }

    private async Task<DilemmaForm> WithChoicesAsync(DilemmaForm form, CancellationToken cancellationToken, Dilemma? dilemma = null)
    {
        form.Choices = await db.FormChoicesAsync(cancellationToken, dilemma);

        // Free tags are not checkboxes: show them in the "andere risicosignalen" box.
        var listed = form.Choices.RiskSignals.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var free = form.RiskSignals.Where(r => !listed.Contains(r)).ToList();
        if (free.Count > 0)
        {
            form.RiskSignals = [.. form.RiskSignals.Where(listed.Contains)];
            form.OtherRiskSignals = string.Join(", ", free.Concat((form.OtherRiskSignals ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.OrdinalIgnoreCase));
        }
        if (dilemma is not null)
        {
            form.Number = dilemma.Number.ToString();
            form.CanSubmit = dilemma.CanSubmit(User.ToActor());
        }

        if (form.Options.Count == 0)
        {
            form.Options.Add(new OptionForm());
        }

        return form;
    }

    private static DilemmaForm ToForm(Dilemma dilemma) =>
        new()
        {
            Title = dilemma.Title,
            Situation = dilemma.Situation,
            Question = dilemma.Question,
            Interests = dilemma.Interests,
            PolicyAreaIds = [.. dilemma.PolicyAreas.Select(p => p.Id)],
            Phase = dilemma.Phase.ToString(),
            RiskSignals = [.. dilemma.RiskSignals],
            Options = [.. dilemma.Options.Select(o => new OptionForm { Description = o.Description, Consequences = o.Consequences })],
            Proposal = dilemma.Proposal,
            LegalBasis = dilemma.LegalBasis,
            Version = dilemma.Version,
        };
}
