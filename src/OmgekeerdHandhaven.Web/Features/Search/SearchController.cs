using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Dilemmas;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>Zoeken: a consulent at the front desk types a few words and finds past dilemmas with their solution.</summary>
public sealed class SearchController(AppDbContext db, DilemmaSearch search, SearchMisses misses) : Controller
{
    public const int PageSize = 20;

    [HttpGet("/zoeken")]
    public async Task<IActionResult> Index(
        [FromQuery(Name = "zoekterm")] string? text, [FromQuery(Name = "domein")] string? policyArea, [FromQuery(Name = "status")] string? status,
        [FromQuery(Name = "fase")] string? phase, [FromQuery(Name = "jaar")] int? year, [FromQuery(Name = "besloten")] bool decidedOnly = false,
        [FromQuery(Name = "sorteer")] string? sort = null, [FromQuery(Name = "pagina")] int page = 1,
        [FromQuery(Name = "na")] string? after = null, [FromQuery(Name = "voor")] string? before = null,
        [FromQuery(Name = "letterlijk")] string? asTyped = null, CancellationToken cancellationToken = default)
    {
        var query = new SearchQuery(
            SearchQuery.TextOf(text),
            string.IsNullOrWhiteSpace(policyArea) ? null : policyArea,
            Enum.TryParse<DilemmaStatus>(status, out var s) && Enum.IsDefined(s) ? s : null,
            Enum.TryParse<ChainPhase>(phase, out var p) && Enum.IsDefined(p) ? p : null,
            year is >= 2000 and <= 2100 ? year : null,
            decidedOnly,
            sort == "nieuwste",
            Math.Clamp(page, 1, 10_000),
            PageSize,
            SearchCursor.Parse(after, backward: false) ?? SearchCursor.Parse(before, backward: true))
        {
            // "ja" from the link "zoek toch naar …"; the form carries the words themselves, so a changed filter keeps
            // searching the words as typed, but new words typed in the box are corrected again.
            AsTyped = asTyped == "ja" || (asTyped is not null && asTyped == SearchQuery.TextOf(text)),
        };
        var searched = query.Text is not null || query.PolicyArea is not null || query.Status is not null || query.Phase is not null || query.Year is not null || query.DecidedOnly;
        var result = searched
            ? await search.SearchAsync(User.ToActor(), query, cancellationToken)
            : new SearchResultPage([], 0);
        var (hits, total) = result;
        // The words alone found fewer than a handful (no filter narrowed them, no correction stood in): a gap in the
        // register's language for Beheer › Synoniemen.
        if (query.Text is { } words && query.Page == 1 && query.Cursor is null && total < DilemmaSearch.Handful && result.Match != SearchMatch.Corrected && !query.AsTyped
            && query is { PolicyArea: null, Status: null, Phase: null, Year: null, DecidedOnly: false })
        {
            await misses.RecordAsync(words, total, cancellationToken);
        }

        var areas = await db.PolicyAreaChoicesAsync(cancellationToken);
        // Every year with a dilemma has a number counter: a handful of rows instead of a pass over all dilemmas.
        var years = await db.DilemmaNumberCounters.Select(c => c.Year).OrderByDescending(y => y).ToListAsync(cancellationToken);
        // Counts of 0 beside every filter would contradict the partial matches listed: then the filters go without.
        var facets = total == 0 && result.Partial.Count > 0 ? null : result.Facets;
        return View(new SearchPageViewModel(query, hits, total, facets, areas, years, searched, result.DidYouMean, result.First, result.Last, result.TotalEstimated)
        {
            Match = result.Match,
            SearchedFor = result.SearchedFor,
            Partial = result.Partial,
            DecidedFirstForMany = result.DecidedFirstForMany,
        });
    }
}
