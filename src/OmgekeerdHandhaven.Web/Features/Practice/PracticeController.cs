using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Dilemmas;
using OmgekeerdHandhaven.Web.Features.Search;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Practice;

/// <summary>
/// Oefenen: a decided dilemma without its solution; the learner writes an approach, then sees the agreed solution
/// and its motivation beside it. Answers are the learner's own. A Beslisser composes practice sets.
/// </summary>
[Authorize(Policy = Policies.Team)]
[Route("oefenen")]
public sealed class PracticeController(AppDbContext db, PracticeActions actions, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var sets = await db.PracticeSets.AsNoTracking().Where(s => s.Shared || s.CreatedById == actor.UserId).OrderBy(s => s.Name)
            .Select(s => new PracticeSetItem(s.Id, s.Name, s.Description, s.DilemmaIds.Count, s.Shared, s.CreatedById == actor.UserId))
            .ToListAsync(cancellationToken);
        var answers = await (from answer in db.PracticeAnswers.AsNoTracking()
                             join dilemma in db.Dilemmas on answer.DilemmaId equals dilemma.Id
                             where answer.UserId == actor.UserId
                             orderby answer.CreatedAt descending
                             select new { answer.Id, dilemma.Year, dilemma.Sequence, dilemma.Title, answer.CreatedAt })
            .Take(100).ToListAsync(cancellationToken);
        var areas = await db.PolicyAreas.AsNoTracking().OrderBy(p => p.SortOrder).Select(p => p.Name).ToListAsync(cancellationToken);
        var decided = await db.Dilemmas.CountAsync(d => d.Status == DilemmaStatus.Decided, cancellationToken);
        return View(new PracticeIndexViewModel(areas, sets,
            [.. answers.Select(a => new PracticeAnswerItem(a.Id, new DilemmaNumber(a.Year, a.Sequence), a.Title, a.CreatedAt))], actor.IsBeslisser, decided));
    }

    /// <summary>Een willekeurig besloten dilemma, optionally within one domain.</summary>
    [HttpGet("willekeurig")]
    public async Task<IActionResult> Random([FromQuery(Name = "domein")] string? policyArea, CancellationToken cancellationToken)
    {
        var decided = db.Dilemmas.Where(d => d.Status == DilemmaStatus.Decided);
        if (!string.IsNullOrWhiteSpace(policyArea))
        {
            decided = decided.Where(d => d.PolicyAreas.Any(p => p.Name == policyArea));
        }

        var pick = await decided.OrderBy(_ => EF.Functions.Random()).Select(d => new { d.Year, d.Sequence }).FirstOrDefaultAsync(cancellationToken);
        if (pick is null)
        {
            TempData["Fout"] = string.IsNullOrWhiteSpace(policyArea)
                ? "Er zijn nog geen besloten dilemma's om mee te oefenen."
                : $"Er zijn nog geen besloten dilemma's in het domein {policyArea}. Kies een ander domein.";
            return Redirect("/oefenen");
        }

        return Redirect($"/oefenen/dilemmas/{new DilemmaNumber(pick.Year, pick.Sequence)}");
    }

    [HttpGet("sets/{id:guid}")]
    public async Task<IActionResult> StartSet(Guid id, CancellationToken cancellationToken)
    {
        var set = await VisibleSetAsync(id, cancellationToken);
        if (set is null)
        {
            return NotFound();
        }

        var first = await db.Dilemmas.Where(d => d.Id == set.DilemmaIds[0]).Select(d => new { d.Year, d.Sequence }).SingleOrDefaultAsync(cancellationToken);
        return first is null ? NotFound() : Redirect($"/oefenen/dilemmas/{new DilemmaNumber(first.Year, first.Sequence)}?set={id}");
    }

    [HttpGet("dilemmas/{number}")]
    public async Task<IActionResult> Exercise(string number, [FromQuery(Name = "set")] Guid? setId, CancellationToken cancellationToken)
    {
        var dilemma = await DecidedAsync(number, cancellationToken);
        if (dilemma is null)
        {
            return NotFound();
        }

        var set = setId is { } id ? await VisibleSetAsync(id, cancellationToken) : null;
        return View(ExerciseModel(dilemma, set, new PracticeAnswerForm { Set = set?.Id }));
    }

    [HttpPost("dilemmas/{number}")]
    public async Task<IActionResult> Answer(string number, PracticeAnswerForm form, CancellationToken cancellationToken)
    {
        var dilemma = await DecidedAsync(number, cancellationToken);
        var set = form.Set is { } id ? await VisibleSetAsync(id, cancellationToken) : null;
        return this.Answer(await actions.AnswerAsync(dilemma, set, User.ToActor(), form, cancellationToken),
            answer => Redirect($"/oefenen/antwoorden/{answer.Id}"),
            _ => View(nameof(Exercise), ExerciseModel(dilemma!, set, form)));
    }

    /// <summary>The learner's approach beside the agreed solution. Someone else's answer does not exist for you (404).</summary>
    [HttpGet("antwoorden/{id:guid}")]
    public async Task<IActionResult> Result(Guid id, CancellationToken cancellationToken)
    {
        var me = User.ToActor().UserId;
        var answer = await db.PracticeAnswers.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.UserId == me, cancellationToken);
        if (answer is null)
        {
            return NotFound();
        }

        var dilemma = await db.Dilemmas.AsNoTracking().Include(d => d.Decisions).ThenInclude(x => x.Agreements).AsSplitQuery()
            .SingleAsync(d => d.Id == answer.DilemmaId, cancellationToken);
        var decision = dilemma.CurrentDecision!;
        var decidedBy = await db.Users.Where(u => u.Id == decision.DecidedById).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        var today = DutchTime.Today(clock);
        var view = new DecisionView(decision.Solution, decision.Rationale, decidedBy ?? "onbekend", decision.DecidedAt, null,
            [.. decision.Agreements.OrderBy(a => a.DueDate).Select(a => new AgreementView(a.Id, a.Description, a.Responsible, a.DueDate, a.Fallback, a.Status, a.StatusNote, a.IsOverdue(today)))]);
        DilemmaNumber? next = null;
        if (answer.PracticeSetId is { } setId && await VisibleSetAsync(setId, cancellationToken) is { } set
            && set.After(dilemma.Id) is { } nextId)
        {
            next = await db.Dilemmas.Where(d => d.Id == nextId && d.Status == DilemmaStatus.Decided)
                .Select(d => (DilemmaNumber?)new DilemmaNumber(d.Year, d.Sequence)).SingleOrDefaultAsync(cancellationToken);
        }

        return View(new PracticeResultViewModel(answer.Id, dilemma.Number, dilemma.Title, dilemma.Question, answer.Approach, answer.CreatedAt, view, answer.PracticeSetId, next));
    }

    [HttpGet("sets/nieuw")]
    [Authorize(Policy = Policies.ComposePracticeSets)]
    public async Task<IActionResult> CreateSet([FromQuery(Name = "zoekterm")] string? text, [FromServices] DilemmaSearch search, CancellationToken cancellationToken) =>
        View("SetForm", await SetFormAsync(new PracticeSetForm(), text, search, cancellationToken));

    [HttpPost("sets/nieuw")]
    [Authorize(Policy = Policies.ComposePracticeSets)]
    public async Task<IActionResult> CreateSet(PracticeSetForm form, [FromServices] DilemmaSearch search, CancellationToken cancellationToken) =>
        await this.AnswerAsync(await actions.CreateSetAsync(User.ToActor(), form, cancellationToken), set =>
        {
            TempData["Melding"] = set.Shared ? "De oefenset is gemaakt en gedeeld met de gemeente." : "De oefenset is gemaakt; alleen u ziet hem.";
            return Redirect("/oefenen");
        }, async _ => View("SetForm", await SetFormAsync(form, null, search, cancellationToken)), prefix: nameof(PracticeSetFormViewModel.Form));

    private Task<Dilemma?> DecidedAsync(string number, CancellationToken cancellationToken) => actions.DecidedAsync(number, cancellationToken);

    private Task<PracticeSet?> VisibleSetAsync(Guid id, CancellationToken cancellationToken) => actions.VisibleSetAsync(id, User.ToActor(), cancellationToken);

    private static PracticeExerciseViewModel ExerciseModel(Dilemma dilemma, PracticeSet? set, PracticeAnswerForm form)
    {
        var index = set?.DilemmaIds.IndexOf(dilemma.Id);
        var inSet = index is >= 0;
        return new PracticeExerciseViewModel(dilemma, inSet ? set!.Name : null, inSet ? index + 1 : null, inSet ? set!.DilemmaIds.Count : null,
            inSet ? form : new PracticeAnswerForm { Approach = form.Approach });
    }

    /// <summary>The decided dilemmas to choose from: those matching the zoekterm, or else the 100 most recent.</summary>
    private async Task<PracticeSetFormViewModel> SetFormAsync(PracticeSetForm form, string? text, DilemmaSearch search, CancellationToken cancellationToken)
    {
        text = SearchQuery.TextOf(text);
        IReadOnlyList<(string Number, string Title)> choices;
        if (text is not null)
        {
            var (hits, _) = await search.SearchAsync(User.ToActor(), new SearchQuery(text, null, null, null, null, DecidedOnly: true, Newest: false, Page: 1, PageSize: 100), cancellationToken);
            choices = [.. hits.Select(h => (h.Number.ToString(), h.Title))];
        }
        else
        {
            var recent = await db.Dilemmas.AsNoTracking().Where(d => d.Status == DilemmaStatus.Decided).OrderByDescending(d => d.UpdatedAt)
                .Select(d => new { d.Year, d.Sequence, d.Title }).Take(100).ToListAsync(cancellationToken);
            choices = [.. recent.Select(d => (new DilemmaNumber(d.Year, d.Sequence).ToString(), d.Title))];
        }

        // What was ticked stays ticked, also when it is not among these choices.
        var ticked = form.Dilemmas.Where(n => choices.All(c => c.Number != n)).Select(n => (n, n));
        return new PracticeSetFormViewModel(form, text, [.. choices.Concat(ticked).Select(c => new ChoiceOption(c.Item1, $"{c.Item1} — {c.Item2}"))]);
    }
}
