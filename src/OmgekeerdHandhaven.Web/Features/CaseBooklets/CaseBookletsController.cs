using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Search;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.CaseBooklets;

/// <summary>
/// Casusboekjes: compose an edition of decided dilemmas (chosen with search), order it by domain, publish it (frozen
/// from then on), and take it along as PDF, Word or a print view. Everyone in the team reads; a Handhaver or Beslisser composes.
/// </summary>
[Authorize(Policy = Policies.Team)]
[Route("casusboekjes")]
public sealed class CaseBookletsController(AppDbContext db, CaseBookletActions actions, ITenantContext tenant, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var booklets = await db.CaseBooklets.AsNoTracking().OrderByDescending(b => b.CreatedAt)
            .Select(b => new CaseBookletListItem(b.Id, b.Title, b.Status, b.ValidUntil, b.Entries.Count, b.PublishedAt))
            .Take(200).ToListAsync(cancellationToken);
        return View(new CaseBookletListViewModel(booklets, CaseBooklet.CanCompose(User.ToActor())));
    }

    [HttpGet("nieuw")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        if (!CaseBooklet.CanCompose(User.ToActor()))
        {
            return Forbid();
        }

        // The introduction starts from the gemeente's Visie op handhaving: the booklet's solutions follow from it.
        var vision = await db.Municipalities.AsNoTracking().Where(m => m.Id == MunicipalityId).Select(m => m.Vision).SingleAsync(cancellationToken);
        var form = new CaseBookletForm
        {
            Introduction = vision,
            ValidUntil = DutchTime.Today(clock).AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        return View("Form", new CaseBookletFormViewModel(null, form));
    }

    [HttpPost("nieuw")]
    public async Task<IActionResult> Create(CaseBookletForm form, CancellationToken cancellationToken) =>
        this.Answer(await actions.CreateAsync(User.ToActor(), form, cancellationToken), booklet =>
        {
            TempData["Melding"] = "Het casusboekje is aangemaakt. Kies nu de dilemma's.";
            return Redirect($"/casusboekjes/{booklet.Id}");
        }, _ => View("Form", new CaseBookletFormViewModel(null, form)), prefix: nameof(CaseBookletFormViewModel.Form));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(
        Guid id, [FromServices] DilemmaSearch search, [FromQuery(Name = "zoekterm")] string? text, [FromQuery(Name = "domein")] string? policyArea,
        CancellationToken cancellationToken)
    {
        var booklet = await db.CaseBooklets.AsNoTracking().Include(b => b.Entries).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (booklet is null)
        {
            return NotFound();
        }

        var actor = User.ToActor();
        var canCompose = CaseBooklet.CanCompose(actor) && !booklet.IsPublished;
        text = SearchQuery.TextOf(text);
        policyArea = string.IsNullOrWhiteSpace(policyArea) ? null : policyArea;
        var (hits, total) = canCompose && (text is not null || policyArea is not null)
            ? await search.SearchAsync(actor, new SearchQuery(text, policyArea, null, null, null, DecidedOnly: true, Newest: false, Page: 1, PageSize: 50), cancellationToken)
            : new SearchResultPage([], 0);
        var areas = await db.PolicyAreas.AsNoTracking().OrderBy(p => p.SortOrder).Select(p => p.Name).ToListAsync(cancellationToken);
        return View(new CaseBookletPageViewModel(booklet, canCompose, text, policyArea, areas, hits, total,
            booklet.Entries.Select(e => e.Number).ToHashSet(StringComparer.Ordinal)));
    }

    [HttpGet("{id:guid}/wijzigen")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken) =>
        this.Answer(await actions.OpenAsync(id, User.ToActor(), cancellationToken), booklet => View("Form", new CaseBookletFormViewModel(id, new CaseBookletForm
        {
            Title = booklet.Title,
            Introduction = booklet.Introduction,
            ValidUntil = booklet.ValidUntil.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        })));

    [HttpPost("{id:guid}/wijzigen")]
    public async Task<IActionResult> Edit(Guid id, CaseBookletForm form, CancellationToken cancellationToken)
    {
        var outcome = await actions.ChangeAsync(id, User.ToActor(), form, cancellationToken);
        return outcome.Kind == OutcomeKind.Refused
            ? this.Answer(outcome, _ => Ok(), _ => View("Form", new CaseBookletFormViewModel(id, form)), prefix: nameof(CaseBookletFormViewModel.Form))
            : this.AnswerOnPage(outcome, $"/casusboekjes/{id}");
    }

    /// <summary>Toevoegen: the decided dilemmas ticked in the search results, by number.</summary>
    [HttpPost("{id:guid}/dilemmas")]
    public async Task<IActionResult> Add(Guid id, [FromForm(Name = "dilemmas")] List<string> numbers, CancellationToken cancellationToken) =>
        this.AnswerOnPage(await actions.AddAsync(id, User.ToActor(), numbers, cancellationToken), $"/casusboekjes/{id}");

    [HttpPost("{id:guid}/dilemmas/{entryId:guid}/omhoog")]
    public async Task<IActionResult> MoveUp(Guid id, Guid entryId, CancellationToken cancellationToken) =>
        this.AnswerOnPage(await actions.MoveAsync(id, entryId, -1, User.ToActor(), cancellationToken), $"/casusboekjes/{id}");

    [HttpPost("{id:guid}/dilemmas/{entryId:guid}/omlaag")]
    public async Task<IActionResult> MoveDown(Guid id, Guid entryId, CancellationToken cancellationToken) =>
        this.AnswerOnPage(await actions.MoveAsync(id, entryId, +1, User.ToActor(), cancellationToken), $"/casusboekjes/{id}");

    [HttpPost("{id:guid}/dilemmas/{entryId:guid}/verwijderen")]
    public async Task<IActionResult> Remove(Guid id, Guid entryId, CancellationToken cancellationToken) =>
        this.AnswerOnPage(await actions.RemoveAsync(id, entryId, User.ToActor(), cancellationToken), $"/casusboekjes/{id}");

    [HttpPost("{id:guid}/domeinen/omhoog")]
    public async Task<IActionResult> GroupUp(Guid id, [FromForm(Name = "domein")] string group, CancellationToken cancellationToken) =>
        this.AnswerOnPage(await actions.MoveGroupAsync(id, group, -1, User.ToActor(), cancellationToken), $"/casusboekjes/{id}");

    [HttpPost("{id:guid}/domeinen/omlaag")]
    public async Task<IActionResult> GroupDown(Guid id, [FromForm(Name = "domein")] string group, CancellationToken cancellationToken) =>
        this.AnswerOnPage(await actions.MoveGroupAsync(id, group, +1, User.ToActor(), cancellationToken), $"/casusboekjes/{id}");

    [HttpGet("{id:guid}/publiceren")]
    public async Task<IActionResult> Publish(Guid id, CancellationToken cancellationToken) =>
        this.Answer(await actions.OpenAsync(id, User.ToActor(), cancellationToken), booklet => View(booklet));

    [HttpPost("{id:guid}/publiceren")]
    [ActionName(nameof(Publish))]
    public async Task<IActionResult> PublishConfirmed(Guid id, CancellationToken cancellationToken) =>
        this.AnswerOnPage(await actions.PublishAsync(id, User.ToActor(), cancellationToken), $"/casusboekjes/{id}");

    [HttpGet("{id:guid}/afdrukken")]
    public async Task<IActionResult> Print(Guid id, CancellationToken cancellationToken)
    {
        var booklet = await db.CaseBooklets.AsNoTracking().Include(b => b.Entries).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (booklet is null)
        {
            return NotFound();
        }

        var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Id == MunicipalityId).Select(m => m.Name).SingleAsync(cancellationToken);
        return View(BookletDocument.From(booklet, municipality));
    }

    /// <summary>Downloaden als PDF of Word: queued for the worker; the next page shows the progress.</summary>
    [HttpPost("{id:guid}/export/{format}")]
    public async Task<IActionResult> Export(Guid id, string format, CancellationToken cancellationToken) =>
        !Enum.TryParse<BookletFormat>(format, ignoreCase: true, out var kind) || !Enum.IsDefined(kind)
            ? NotFound()
            : this.Answer(await actions.RequestExportAsync(id, kind, User.ToActor(), cancellationToken), export => Redirect($"/casusboekjes/{id}/export/{export.Id}"));

    /// <summary>
    /// Waits up to a second for the file: a small booklet downloads straight away; a large one shows its progress on
    /// a page that follows it with a small script (and a Vernieuwen link without one).
    /// </summary>
    [HttpGet("{id:guid}/export/{exportId:guid}")]
    public async Task<IActionResult> ExportStatus(Guid id, Guid exportId, CancellationToken cancellationToken)
    {
        // Wall-clock time the user waits, not the application's (possibly simulated) time.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var export = await db.BookletExports.AsNoTracking().Where(e => e.Id == exportId && e.CaseBookletId == id)
                .Select(e => new { e.Status, e.Progress, e.Format, e.RequestedById }).SingleOrDefaultAsync(cancellationToken);
            if (export is null || export.RequestedById != User.ToActor().UserId)
            {
                return NotFound();
            }

            if (export.Status == BookletExportStatus.Done)
            {
                return Redirect($"/casusboekjes/{id}/export/{exportId}/bestand");
            }

            if (export.Status == BookletExportStatus.Failed || waited.Elapsed >= TimeSpan.FromSeconds(1))
            {
                var title = await db.CaseBooklets.AsNoTracking().Where(b => b.Id == id).Select(b => b.Title).SingleAsync(cancellationToken);
                return View(new BookletExportViewModel(id, title, exportId, export.Format, export.Status, export.Progress));
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>The waiting page's script asks here how far the file is, instead of the page reloading itself (WCAG 2.2.1).</summary>
    [HttpGet("{id:guid}/export/{exportId:guid}/voortgang")]
    public async Task<IActionResult> ExportProgress(Guid id, Guid exportId, CancellationToken cancellationToken)
    {
        var export = await db.BookletExports.AsNoTracking().Where(e => e.Id == exportId && e.CaseBookletId == id)
            .Select(e => new { e.Status, e.Progress, e.RequestedById }).SingleOrDefaultAsync(cancellationToken);
        if (export is null || export.RequestedById != User.ToActor().UserId)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return Json(new
        {
            status = export.Status switch
            {
                BookletExportStatus.Done => "klaar",
                BookletExportStatus.Failed => "mislukt",
                _ => "bezig",
            },
            progress = export.Progress,
            download = export.Status == BookletExportStatus.Done ? $"/casusboekjes/{id}/export/{exportId}/bestand" : null,
        });
    }

    [HttpGet("{id:guid}/export/{exportId:guid}/bestand")]
    public async Task<IActionResult> Download(Guid id, Guid exportId, CancellationToken cancellationToken)
    {
        var export = await db.BookletExports.AsNoTracking().SingleOrDefaultAsync(e => e.Id == exportId && e.CaseBookletId == id, cancellationToken);
        if (export is not { Status: BookletExportStatus.Done, Content: { } content } || export.RequestedById != User.ToActor().UserId)
        {
            return NotFound();
        }

        var title = await db.CaseBooklets.AsNoTracking().Where(b => b.Id == id).Select(b => b.Title).SingleAsync(cancellationToken);
        var name = FileName(title) + (export.Format == BookletFormat.Pdf ? ".pdf" : ".docx");
        return File(content, export.Format == BookletFormat.Pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name);
    }

    private Guid MunicipalityId => tenant.MunicipalityId ?? throw new InvalidOperationException("A colleague always has a gemeente.");

    /// <summary>A file name from the title: letters, digits and dashes only, so no path or header tricks get through.</summary>
    private static string FileName(string title)
    {
        var cleaned = new string([.. title.Select(c => char.IsLetterOrDigit(c) ? c : '-')]);
        while (cleaned.Contains("--", StringComparison.Ordinal))
        {
            cleaned = cleaned.Replace("--", "-", StringComparison.Ordinal);
        }

        cleaned = cleaned.Trim('-');
        return cleaned.Length == 0 ? "casusboekje" : cleaned[..Math.Min(cleaned.Length, 80)];
    }
}
