using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Decisions;
using OmgekeerdHandhaven.Web.Features.Dilemmas;
using OmgekeerdHandhaven.Web.Features.Search;
using OmgekeerdHandhaven.Web.Infrastructure.Security;
using OmgekeerdHandhaven.Web.Infrastructure.Web;

namespace OmgekeerdHandhaven.Web.Features.Api;

/// <summary>
/// JSON API v1 for dilemmas (spec/api.md). Same domain rules, validators, logboek and meldingen as the screens:
/// everything goes through <see cref="DilemmaActions"/>. Bearer tokens only; no cookies, so no antiforgery.
/// </summary>
[ApiController]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(ApiRateLimit.PolicyName)]
[Route("/api/v1/dilemmas")]
[Tags("Dilemma's")]
[Authorize(AuthenticationSchemes = AccessTokenAuthenticationHandler.SchemeName, Policy = Policies.AnyRole)]
[IgnoreAntiforgeryToken]
public sealed class DilemmasApiController(AppDbContext db, DilemmaActions actions, ApiMapping mapping, DilemmaSearch search) : ControllerBase
{
    private static readonly string[] Sorts = ["relevance", "newest"];

    [HttpGet("")]
    public async Task<ActionResult<SearchResult>> Search(
        [FromQuery] string? q, [FromQuery] string? policyArea, [FromQuery] string? status, [FromQuery] string? phase, [FromQuery] int? year,
        [FromQuery] bool decidedOnly = false, [FromQuery] string sort = "relevance", [FromQuery] int page = 1, [FromQuery] int pageSize = 20,
        [FromQuery] bool asTyped = false, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        DilemmaStatus? statusFilter = null;
        ChainPhase? phaseFilter = null;
        if (status is not null)
        {
            if (Enum.TryParse<DilemmaStatus>(status, out var s) && Enum.IsDefined(s))
            {
                statusFilter = s;
            }
            else
            {
                errors["status"] = [$"Onbekende status. Kies uit: {string.Join(", ", Enum.GetNames<DilemmaStatus>())}."];
            }
        }

        if (phase is not null)
        {
            if (Enum.TryParse<ChainPhase>(phase, out var p) && Enum.IsDefined(p))
            {
                phaseFilter = p;
            }
            else
            {
                errors["phase"] = [$"Onbekende fase. Kies uit: {string.Join(", ", Enum.GetNames<ChainPhase>())}."];
            }
        }

        if (!Sorts.Contains(sort))
        {
            errors["sort"] = ["Kies relevance of newest."];
        }

        if (page < 1 || page > 10_000)
        {
            errors["page"] = ["De pagina is een getal van 1 tot 10.000."];
        }

        if (pageSize is < 1 or > 100)
        {
            errors["pageSize"] = ["pageSize is een getal van 1 tot 100."];
        }

        if (q is { Length: > 500 })
        {
            errors["q"] = ["De zoekterm mag hoogstens 500 tekens lang zijn."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors);
        }

        var query = new SearchQuery(q, policyArea, statusFilter, phaseFilter, year, decidedOnly, sort == "newest", page, pageSize) { AsTyped = asTyped };
        var result = await search.SearchAsync(User.ToActor(), query, cancellationToken);
        var (hits, total) = result;
        return new SearchResult(
            [.. hits.Select(ToItem)], total, page, pageSize, result.DidYouMean, result.TotalEstimated,
            result.Match.ToString(), result.SearchedFor, [.. result.Partial.Select(ToItem)], result.Order.ToString());
    }

    [HttpGet("{number}")]
    public async Task<ActionResult<DilemmaOutput>> Get(string number, CancellationToken cancellationToken)
    {
        var dilemma = await db.FindVisibleAsync(number, User.ToActor(), cancellationToken);
        return dilemma is null ? NotFoundProblem() : await OutputAsync(dilemma, cancellationToken);
    }

    /// <summary>Up to five dilemmas like this one (itself excluded), same item shape as search.</summary>
    [HttpGet("{number}/similar")]
    public async Task<ActionResult<IReadOnlyList<SearchItem>>> Similar(string number, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var dilemma = await db.FindVisibleAsync(number, actor, cancellationToken);
        if (dilemma is null)
        {
            return NotFoundProblem();
        }

        var hits = await search.SimilarAsync(actor, dilemma.Title, dilemma.Question, dilemma.Id, cancellationToken);
        return hits.Select(ToItem).ToList();
    }

    /// <summary>Similar dilemmas for a title and situation not yet saved (Nieuw dilemma in another system).</summary>
    [HttpPost("similar")]
    public async Task<ActionResult<IReadOnlyList<SearchItem>>> SimilarTo(SimilarInput input, CancellationToken cancellationToken)
    {
        if ((input.Title?.Length ?? 0) > 150 || (input.Situation?.Length ?? 0) > 10_000)
        {
            return ApiProblems.Validation(new Dictionary<string, string[]> { ["body"] = ["Titel hoogstens 150 en situatie hoogstens 10.000 tekens."] });
        }

        var hits = await search.SimilarAsync(User.ToActor(), input.Title, input.Situation, exclude: null, cancellationToken);
        return hits.Select(ToItem).ToList();
    }

    private static SearchItem ToItem(SearchHit h) => new(
        h.Number.ToString(), h.Title, h.Status.ToString(), h.Snippet.ToHtml(),
        [.. h.Snippet.Parts.Select(p => new SnippetPartOutput(p.Label, p.Text, [.. p.Highlights.Select(r => new HighlightOutput(r.Start, r.Length))]))],
        h.PolicyAreas, h.DecidedAt, h.Score);

    [HttpPost("")]
    [Authorize(Policy = Policies.CreateDilemma)]
    public async Task<IActionResult> Create(DilemmaInput input, [FromServices] IValidator<DilemmaForm> validator, CancellationToken cancellationToken)
    {
        var (content, validation) = await ToContentAsync(input, validator, cancellationToken);
        if (!validation.IsValid)
        {
            return ApiProblems.Validation(validation, ApiMapping.DilemmaField);
        }

        var dilemma = await actions.CreateAsync(User.ToActor(), content!, submit: false, cancellationToken);
        var output = await mapping.ToOutputAsync(dilemma, cancellationToken);
        Response.Headers.ETag = $"\"{dilemma.Version}\"";
        return Created($"/api/v1/dilemmas/{dilemma.Number}", output);
    }

    [HttpPut("{number}")]
    public async Task<IActionResult> Update(string number, DilemmaInput input, [FromServices] IValidator<DilemmaForm> validator, CancellationToken cancellationToken)
    {
        uint? version = null;
        if (Request.Headers.IfMatch.Count > 0)
        {
            if (!uint.TryParse(Request.Headers.IfMatch.ToString().Trim().Trim('"'), out var expected))
            {
                return ApiProblems.Validation(new Dictionary<string, string[]> { ["If-Match"] = ["If-Match moet de version van het dilemma zijn."] });
            }

            version = expected;
        }

        var outcome = await actions.EditAsync(number, User.ToActor(), version, submit: false, dilemma => ToContentAsync(input, validator, cancellationToken, dilemma), cancellationToken);
        return await this.AnswerAsync(outcome, d => ChangedAsync(d, cancellationToken), ApiMapping.DilemmaField);
    }

    [HttpPost("{number}/submit")]
    public async Task<IActionResult> Submit(string number, CancellationToken cancellationToken) =>
        await this.AnswerAsync(await actions.SubmitAsync(number, User.ToActor(), cancellationToken), d => ChangedAsync(d, cancellationToken));

    [HttpPost("{number}/return")]
    [Authorize(Policy = Policies.ReturnDilemma)]
    public async Task<IActionResult> Return(string number, ReasonInput input, CancellationToken cancellationToken) =>
        await this.AnswerAsync(await actions.ReturnAsync(number, User.ToActor(), new ReasonForm { Reason = input.Reason ?? string.Empty }, cancellationToken),
            d => ChangedAsync(d, cancellationToken));

    [HttpPost("{number}/withdraw")]
    public async Task<IActionResult> Withdraw(string number, ReasonInput input, CancellationToken cancellationToken) =>
        await this.AnswerAsync(await actions.WithdrawAsync(number, User.ToActor(), new ReasonForm { Reason = input.Reason ?? string.Empty }, cancellationToken),
            d => ChangedAsync(d, cancellationToken));

    [HttpPost("{number}/decision")]
    [Authorize(Policy = Policies.DecideDilemma)]
    public async Task<IActionResult> Decide(string number, DecisionInput input, [FromServices] DecisionActions decisions, CancellationToken cancellationToken) =>
        await this.AnswerAsync(await decisions.DecideAsync(number, User.ToActor(), ApiMapping.ToForm(input), expectedVersion: null, cancellationToken),
            d => ChangedAsync(d, cancellationToken));

    [HttpGet("{number}/comments")]
    public async Task<ActionResult<IReadOnlyList<CommentOutput>>> Comments(string number, CancellationToken cancellationToken)
    {
        var dilemma = await db.FindVisibleAsync(number, User.ToActor(), cancellationToken);
        if (dilemma is null)
        {
            return NotFoundProblem();
        }

        var rows = await (from comment in db.Comments.AsNoTracking()
                          join user in db.Users on comment.AuthorId equals user.Id
                          where comment.DilemmaId == dilemma.Id
                          orderby comment.CreatedAt
                          select new CommentOutput(comment.Id, comment.Kind.ToString(), comment.Body, user.DisplayName, comment.CreatedAt))
            .ToListAsync(cancellationToken);
        return rows;
    }

    [HttpPost("{number}/comments")]
    public async Task<IActionResult> Comment(string number, CommentInput input, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var outcome = await actions.CommentAsync(number, actor, new CommentForm { Body = input.Body ?? string.Empty, Kind = input.Kind }, cancellationToken);
        return await this.AnswerAsync(outcome, async dilemma =>
        {
            var comment = dilemma.Comments[^1];
            var author = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
            return Created($"/api/v1/dilemmas/{dilemma.Number}/comments", new CommentOutput(comment.Id, comment.Kind.ToString(), comment.Body, author, comment.CreatedAt));
        });
    }

    /// <summary>After a change, the dilemma as it now stands (read again: its version moved on).</summary>
    private async Task<IActionResult> ChangedAsync(Dilemma dilemma, CancellationToken cancellationToken)
    {
        var fresh = await db.FindVisibleAsync(dilemma.Number.ToString(), User.ToActor(), cancellationToken);
        return await OutputAsync(fresh!, cancellationToken);
    }

    private async Task<ObjectResult> OutputAsync(Dilemma dilemma, CancellationToken cancellationToken)
    {
        Response.Headers.ETag = $"\"{dilemma.Version}\"";
        return Ok(await mapping.ToOutputAsync(dilemma, cancellationToken));
    }

    /// <summary>The screens' own builder; the API only adds that domains come by name, and unknown names are named back.</summary>
    private async Task<(DilemmaContent? Content, ValidationResult Validation)> ToContentAsync(
        DilemmaInput input, IValidator<DilemmaForm> validator, CancellationToken cancellationToken, Dilemma? current = null)
    {
        var names = (input.PolicyAreas ?? []).Where(n => n is not null).Distinct().ToList();
        var areas = await db.PolicyAreas.AsNoTracking().Where(p => names.Contains(p.Name)).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var (content, validation) = await DilemmaContentBuilder.BuildAsync(db, validator, ApiMapping.ToForm(input, areas.Select(a => a.Id)), cancellationToken, current);
        var unknown = names.Except(areas.Select(a => a.Name)).ToList();
        if (unknown.Count > 0)
        {
            validation.Errors.Add(new ValidationFailure(nameof(DilemmaForm.PolicyAreaIds), $"Onbekend domein: {string.Join(", ", unknown)}. Gebruik de namen uit de lijst van uw gemeente."));
        }

        return (validation.IsValid ? content : null, validation);
    }

    private static ObjectResult NotFoundProblem() => ApiProblems.Status(StatusCodes.Status404NotFound, "Niet gevonden", ApiOutcomes.DilemmaNotFound);
}
