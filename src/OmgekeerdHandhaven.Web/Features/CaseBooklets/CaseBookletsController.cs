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

namespace OmgekeerdHandhaven.Web.Features.CaseBooklets;

/// <summary>
/// Casusboekjes: compose an edition of decided dilemmas (chosen with search), order it by domain, publish it (frozen
/// from then on), and take it along as PDF, Word or a print view. Everyone in the team reads; a Handhaver or Beslisser composes.
/// </summary>
[Authorize(Policy = Policies.Team)]
[Route("casusboekjes")]
public sealed class CaseBookletsController(
    AppDbContext db, AuditLog audit, ITenantContext tenant, TimeProvider clock, BookletExportWorker exports) : Controller
{
    private const string ConflictMessage = "Een collega heeft dit casusboekje intussen gewijzigd. Bekijk het zoals het nu is en probeer het opnieuw.";

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
    public async Task<IActionResult> Create(CaseBookletForm form, [FromServices] IValidator<CaseBookletForm> validator, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        if (!CaseBooklet.CanCompose(actor))
        {
            return Forbid();
        }

        if (!await ValidAsync(form, validator, cancellationToken))
        {
            return View("Form", new CaseBookletFormViewModel(null, form));
        }

        var booklet = new CaseBooklet(MunicipalityId, form.Title!, form.Introduction!, form.ParsedValidUntil, actor, clock.GetUtcNow());
        db.CaseBooklets.Add(booklet);
        Record(booklet, $"Casusboekje \"{booklet.Title}\" aangemaakt.");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Melding"] = "Het casusboekje is aangemaakt. Kies nu de dilemma's.";
        return Redirect($"/casusboekjes/{booklet.Id}");
    }

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
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var (booklet, refusal) = await FindForChangeAsync(id, cancellationToken);
        if (booklet is null)
        {
            return refusal;
        }

        var form = new CaseBookletForm
        {
            Title = booklet.Title,
            Introduction = booklet.Introduction,
            ValidUntil = booklet.ValidUntil.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        return View("Form", new CaseBookletFormViewModel(id, form));
    }

    [HttpPost("{id:guid}/wijzigen")]
    public async Task<IActionResult> Edit(Guid id, CaseBookletForm form, [FromServices] IValidator<CaseBookletForm> validator, CancellationToken cancellationToken)
    {
        var (booklet, refusal) = await FindForChangeAsync(id, cancellationToken);
        if (booklet is null)
        {
            return refusal;
        }

        if (!await ValidAsync(form, validator, cancellationToken))
        {
            return View("Form", new CaseBookletFormViewModel(id, form));
        }

        return await ChangeAsync(booklet, (b, actor, now) =>
        {
            b.Change(form.Title!, form.Introduction!, form.ParsedValidUntil, actor, now);
            return Task.FromResult("De gegevens van het casusboekje zijn gewijzigd.");
        }, cancellationToken);
    }

    /// <summary>Toevoegen: the decided dilemmas ticked in the search results, by number.</summary>
    [HttpPost("{id:guid}/dilemmas")]
    public Task<IActionResult> Add(Guid id, [FromForm(Name = "dilemmas")] List<string> numbers, CancellationToken cancellationToken) =>
        ChangeAsync(id, async (booklet, actor, now) =>
        {
            var parsed = numbers.Distinct(StringComparer.Ordinal).Take(CaseBooklet.MaxEntries + 1)
                .Select(n => DilemmaNumber.TryParse(n, out var number) ? number : (DilemmaNumber?)null).ToList();
            if (parsed.Count == 0 || parsed.Any(n => n is null))
            {
                throw new DomainException("Kies ten minste één besloten dilemma om toe te voegen.");
            }

            var order = parsed.Select(n => DilemmaQueries.Key(n!.Value)).ToList();
            var dilemmas = await db.Dilemmas.WithNumbers([.. parsed.Select(n => n!.Value)])
                .Include(d => d.PolicyAreas).Include(d => d.Decisions).ThenInclude(x => x.Agreements).AsSplitQuery()
                .ToListAsync(cancellationToken);
            if (dilemmas.Count != parsed.Count)
            {
                throw new DomainException("Een van de gekozen dilemma's bestaat niet (meer). Zoek en kies opnieuw.");
            }

            foreach (var dilemma in dilemmas.OrderBy(d => order.IndexOf(DilemmaQueries.Key(d.Number))))
            {
                booklet.Add(dilemma, null, actor, now);
            }

            return dilemmas.Count == 1 ? $"Dilemma {dilemmas[0].Number} is toegevoegd." : $"{dilemmas.Count} dilemma's zijn toegevoegd.";
        }, cancellationToken);

    [HttpPost("{id:guid}/dilemmas/{entryId:guid}/omhoog")]
    public Task<IActionResult> MoveUp(Guid id, Guid entryId, CancellationToken cancellationToken) =>
        ChangeAsync(id, (b, actor, now) => Done(() => b.Move(entryId, -1, actor, now), "Het dilemma staat een plaats hoger."), cancellationToken);

    [HttpPost("{id:guid}/dilemmas/{entryId:guid}/omlaag")]
    public Task<IActionResult> MoveDown(Guid id, Guid entryId, CancellationToken cancellationToken) =>
        ChangeAsync(id, (b, actor, now) => Done(() => b.Move(entryId, +1, actor, now), "Het dilemma staat een plaats lager."), cancellationToken);

    [HttpPost("{id:guid}/dilemmas/{entryId:guid}/verwijderen")]
    public Task<IActionResult> Remove(Guid id, Guid entryId, CancellationToken cancellationToken) =>
        ChangeAsync(id, (b, actor, now) => Done(() => b.Remove(entryId, actor, now), "Het dilemma is uit het casusboekje gehaald."), cancellationToken);

    [HttpPost("{id:guid}/domeinen/omhoog")]
    public Task<IActionResult> GroupUp(Guid id, [FromForm(Name = "domein")] string group, CancellationToken cancellationToken) =>
        ChangeAsync(id, (b, actor, now) => Done(() => b.MoveGroup(group, -1, actor, now), $"{group} staat een plaats hoger."), cancellationToken);

    [HttpPost("{id:guid}/domeinen/omlaag")]
    public Task<IActionResult> GroupDown(Guid id, [FromForm(Name = "domein")] string group, CancellationToken cancellationToken) =>
        ChangeAsync(id, (b, actor, now) => Done(() => b.MoveGroup(group, +1, actor, now), $"{group} staat een plaats lager."), cancellationToken);

    [HttpGet("{id:guid}/publiceren")]
    public async Task<IActionResult> Publish(Guid id, CancellationToken cancellationToken)
    {
        var (booklet, refusal) = await FindForChangeAsync(id, cancellationToken);
        return booklet is null ? refusal : View(booklet);
    }

    [HttpPost("{id:guid}/publiceren")]
    [ActionName(nameof(Publish))]
    public Task<IActionResult> PublishConfirmed(Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async (booklet, actor, now) =>
        {
            var ids = booklet.Entries.Select(e => e.DilemmaId).ToList();
            var dilemmas = await db.Dilemmas.Include(d => d.Decisions).ThenInclude(x => x.Agreements).AsSplitQuery()
                .Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
            booklet.Publish(dilemmas, actor, now);
            return "Het casusboekje is gepubliceerd. Deze editie verandert niet meer, ook niet als een besluit later wordt herzien.";
        }, cancellationToken);

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
    public async Task<IActionResult> Export(Guid id, string format, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<BookletFormat>(format, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            return NotFound();
        }

        if (!await db.CaseBooklets.AnyAsync(b => b.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var export = new BookletExport(MunicipalityId, id, kind, User.ToActor().UserId, clock.GetUtcNow());
        db.BookletExports.Add(export);
        await db.SaveChangesAsync(cancellationToken);
        exports.Wake();
        return Redirect($"/casusboekjes/{id}/export/{export.Id}");
    }

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

    private static Task<string> Done(Action change, string message)
    {
        change();
        return Task.FromResult(message);
    }

    private async Task<(CaseBooklet? Booklet, IActionResult Refusal)> FindForChangeAsync(Guid id, CancellationToken cancellationToken)
    {
        var booklet = await db.CaseBooklets.Include(b => b.Entries).SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        return booklet is null ? (null, NotFound())
            : !CaseBooklet.CanCompose(User.ToActor()) ? (null, Forbid())
            : booklet.IsPublished ? (null, Conflict())
            : (booklet, Ok());
    }

    private async Task<IActionResult> ChangeAsync(Guid id, Func<CaseBooklet, Actor, DateTimeOffset, Task<string>> change, CancellationToken cancellationToken)
    {
        var (booklet, refusal) = await FindForChangeAsync(id, cancellationToken);
        return booklet is null ? refusal : await ChangeAsync(booklet, change, cancellationToken);
    }

    /// <summary>One change as one save; a refusal or a colleague's change in between saves nothing.</summary>
    private async Task<IActionResult> ChangeAsync(CaseBooklet booklet, Func<CaseBooklet, Actor, DateTimeOffset, Task<string>> change, CancellationToken cancellationToken)
    {
        try
        {
            var message = await change(booklet, User.ToActor(), clock.GetUtcNow());
            Record(booklet, $"Casusboekje \"{booklet.Title}\": {message}");
            await db.SaveChangesAsync(cancellationToken);
            TempData["Melding"] = message;
        }
        catch (DomainException ex)
        {
            TempData["Fout"] = ex.Message;
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Fout"] = ConflictMessage;
        }

        return Redirect($"/casusboekjes/{booklet.Id}");
    }

    private async Task<bool> ValidAsync(CaseBookletForm form, IValidator<CaseBookletForm> validator, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        ModelState.AddErrors(validation, prefix: nameof(CaseBookletFormViewModel.Form));
        return validation.IsValid;
    }

    private void Record(CaseBooklet booklet, string summary) =>
        audit.Record(MunicipalityId, User.ToActor().UserId, AuditActions.CaseBooklet, "Casusboekje", booklet.Id.ToString(), summary);
}
