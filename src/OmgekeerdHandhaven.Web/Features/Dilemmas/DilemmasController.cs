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
        var opened = await actions.OpenAsync(number, User.ToActor(), DilemmaAction.Edit, cancellationToken);
        return opened.Value is { } dilemma && opened.IsDone
            ? View("Form", await WithChoicesAsync(ToForm(dilemma), cancellationToken, dilemma))
            : this.Answer(opened, _ => NotFound());
    }

    [HttpPost("{number}/wijzigen")]
    public async Task<IActionResult> Edit(string number, DilemmaForm form, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        if (form.Command == AddOption || form.Command?.StartsWith(RemoveOptionPrefix, StringComparison.Ordinal) == true)
        {
            // Optie toevoegen/verwijderen saves nothing, but shows the form only to who may change the dilemma.
            var opened = await actions.OpenAsync(number, actor, DilemmaAction.Edit, cancellationToken);
            return opened.Value is { } dilemma && opened.IsDone
                ? await ChangeOptionsAsync(form, cancellationToken, dilemma) ?? View("Form", await WithChoicesAsync(form, cancellationToken, dilemma))
                : this.Answer(opened, _ => NotFound());
        }

        // Against the version the user started from: a colleague's save in between is reported, not overwritten.
        var outcome = await actions.EditAsync(number, actor, form.Version, form.Command == SaveAndSubmit,
            dilemma => DilemmaContentBuilder.BuildAsync(db, validator, form, cancellationToken, dilemma), cancellationToken);
        var shown = outcome.Value is { } current ? await WithChoicesAsync(form, cancellationToken, current) : form;
        if (outcome.IsLostRace)
        {
            // The colleague's version is what the next save is compared with; the user's own input stays in the form.
            shown.Version = outcome.Value?.Version ?? form.Version;
            ModelState.AddModelError(string.Empty,
                "Iemand anders heeft dit dilemma gewijzigd terwijl u ermee bezig was. Uw invoer staat hieronder nog; " +
                "open het dilemma in een nieuw tabblad om de wijziging van uw collega te zien, en sla daarna opnieuw op.");
            return View("Form", shown);
        }

        return this.Answer(outcome,
            dilemma => Done(dilemma, dilemma.Status == DilemmaStatus.UnderDiscussion && form.Command == SaveAndSubmit
                ? $"Dilemma {dilemma.Number} is opgeslagen en ingediend."
                : $"Dilemma {dilemma.Number} is opgeslagen."),
            again: _ => View("Form", shown));
    }

    [HttpPost("{number}/indienen")]
    public async Task<IActionResult> Submit(string number, CancellationToken cancellationToken) =>
        this.Answer(await actions.SubmitAsync(number, User.ToActor(), cancellationToken), dilemma => Done(dilemma, $"Dilemma {dilemma.Number} is ingediend en staat ter bespreking."));

    [HttpGet("{number}/intrekken")]
    public async Task<IActionResult> Withdraw(string number, CancellationToken cancellationToken) =>
        this.Answer(await actions.OpenAsync(number, User.ToActor(), DilemmaAction.Withdraw, cancellationToken),
            dilemma => View("Withdraw", new ReasonForm { Number = number, Title = dilemma.Title }));

    [HttpPost("{number}/intrekken")]
    public async Task<IActionResult> Withdraw(string number, ReasonForm form, CancellationToken cancellationToken) =>
        this.Answer(await actions.WithdrawAsync(number, User.ToActor(), form, cancellationToken),
            dilemma => Done(dilemma, $"Dilemma {dilemma.Number} is ingetrokken."),
            again: dilemma => ReasonFormAgain("Withdraw", number, dilemma, form));

    [HttpGet("{number}/terugsturen")]
    [Authorize(Policy = Policies.ReturnDilemma)]
    public async Task<IActionResult> Return(string number, [FromQuery(Name = "werkoverleg")] Guid? teamMeetingId, CancellationToken cancellationToken) =>
        this.Answer(await actions.OpenAsync(number, User.ToActor(), DilemmaAction.Return, cancellationToken),
            dilemma => View("Return", new ReasonForm { Number = number, Title = dilemma.Title, TeamMeetingId = teamMeetingId }));

    /// <summary>Sent back during a werkoverleg (the form names it), back to that werkoverleg.</summary>
    [HttpPost("{number}/terugsturen")]
    [Authorize(Policy = Policies.ReturnDilemma)]
    public async Task<IActionResult> Return(string number, ReasonForm form, CancellationToken cancellationToken) =>
        this.Answer(await actions.ReturnAsync(number, User.ToActor(), form, cancellationToken),
            dilemma => Done(dilemma, $"Dilemma {dilemma.Number} is teruggestuurd naar de opsteller.", form.TeamMeetingId is { } meeting ? $"/werkoverleggen/{meeting}" : null),
            again: dilemma => ReasonFormAgain("Return", number, dilemma, form));

    private RedirectResult Done(Dilemma dilemma, string message, string? url = null)
    {
        TempData["Melding"] = message;
        return Redirect(url ?? $"/dilemmas/{dilemma.Number}");
    }

    /// <summary>The reason form again, with what was typed, under the dilemma's title.</summary>
    private ViewResult ReasonFormAgain(string view, string number, Dilemma? dilemma, ReasonForm form)
    {
        form.Number = number;
        form.Title = dilemma?.Title;
        return View(view, form);
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

    private async Task<DilemmaContent?> ValidateAsync(DilemmaForm form, CancellationToken cancellationToken)
    {
        var (content, validation) = await DilemmaContentBuilder.BuildAsync(db, validator, form, cancellationToken);
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
