using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Api;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// Search over the dilemmas this user may see, shared by Zoeken and the API: PostgreSQL full-text search with a Dutch
/// configuration (stemming, accents folded) over the weighted document in dilemma_search. Compounds, synonyms and
/// "Bedoelde u …?" follow in the search issue, behind the same signature.
/// </summary>
public sealed partial class DilemmaSearch(AppDbContext db)
{
    public async Task<(IReadOnlyList<SearchHit> Hits, int Total)> SearchAsync(Actor actor, SearchQuery query, CancellationToken cancellationToken)
    {
        var dilemmas = Filtered(actor, query, except: null);

        // Full text: websearch syntax ("…", OR, -woord), Dutch stems, accents folded; decided dilemmas with a
        // solution rank above open ones when relevance is close.
        var ranked = query.Text is null
            ? dilemmas.Select(d => new { Dilemma = d, Rank = 0.0 })
            : from d in dilemmas
              join s in db.DilemmaSearch on d.Id equals s.DilemmaId
              let tsQuery = EF.Functions.WebSearchToTsQuery(DilemmaSearchDocument.TextSearchConfiguration, query.Text)
              select new { Dilemma = d, Rank = (double)s.Document.RankCoverDensity(tsQuery) * (d.Status == DilemmaStatus.Decided ? 1.5 : 1.0) };

        var total = await ranked.CountAsync(cancellationToken).ConfigureAwait(false);
        var ordered = query.Newest || query.Text is null
            ? ranked.OrderByDescending(x => x.Dilemma.UpdatedAt)
            : ranked.OrderByDescending(x => x.Rank).ThenByDescending(x => x.Dilemma.UpdatedAt);
        var rows = await ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(x => new
            {
                x.Dilemma.Year, x.Dilemma.Sequence, x.Dilemma.Title, x.Dilemma.Status, x.Dilemma.Situation, x.Rank,
                Areas = x.Dilemma.PolicyAreas.OrderBy(p => p.SortOrder).Select(p => p.Name).ToList(),
                DecidedAt = x.Dilemma.Decisions.Where(d => d.SupersededAt == null).Select(d => (DateTimeOffset?)d.DecidedAt).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return ([.. rows.Select(r => new SearchHit(new DilemmaNumber(r.Year, r.Sequence), r.Title, r.Status, Snippets.Make(r.Situation, query.Terms),
            r.Areas, r.DecidedAt, Math.Round(r.Rank, 4)))], total);
    }

    /// <summary>
    /// Up to five dilemmas most like the given text (title and situation or question), the dilemma itself excluded:
    /// its words joined with OR, ranked by how much of them each document holds, decided ones first when close.
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> SimilarAsync(Actor actor, string? title, string? text, Guid? exclude, CancellationToken cancellationToken)
    {
        var words = WordPattern().Matches($"{title} {title} {text}")
            .Select(m => m.Value.ToLowerInvariant())
            .Where(w => w.Length >= 4)
            .Distinct()
            .Take(40)
            .ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var orQuery = string.Join(" OR ", words);
        var rows = await (from d in Filtered(actor, new SearchQuery(null, null, null, null, null, false, false, 1, 5), except: null)
                          join s in db.DilemmaSearch on d.Id equals s.DilemmaId
                          let tsQuery = EF.Functions.WebSearchToTsQuery(DilemmaSearchDocument.TextSearchConfiguration, orQuery)
                          where d.Id != exclude && s.Document.Matches(tsQuery)
                          let rank = (double)s.Document.Rank(tsQuery) * (d.Status == DilemmaStatus.Decided ? 1.5 : 1.0)
                          orderby rank descending
                          select new
                          {
                              d.Year, d.Sequence, d.Title, d.Status, d.Situation, Rank = rank,
                              Areas = d.PolicyAreas.OrderBy(p => p.SortOrder).Select(p => p.Name).ToList(),
                              DecidedAt = d.Decisions.Where(x => x.SupersededAt == null).Select(x => (DateTimeOffset?)x.DecidedAt).FirstOrDefault(),
                          })
            .Take(5).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new SearchHit(new DilemmaNumber(r.Year, r.Sequence), r.Title, r.Status, Snippets.Make(r.Situation, []), r.Areas, r.DecidedAt, Math.Round(r.Rank, 4)))];
    }

    /// <summary>Counts per filter value for the current search; each facet ignores its own filter so the user can switch.</summary>
    public async Task<SearchFacets> FacetsAsync(Actor actor, SearchQuery query, CancellationToken cancellationToken)
    {
        var areas = await Filtered(actor, query, except: nameof(SearchQuery.PolicyArea)).SelectMany(d => d.PolicyAreas)
            .GroupBy(p => p.Name).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);
        var statuses = await Filtered(actor, query, except: nameof(SearchQuery.Status))
            .GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key.ToString(), g => g.Count, cancellationToken).ConfigureAwait(false);
        var phases = await Filtered(actor, query, except: nameof(SearchQuery.Phase))
            .GroupBy(d => d.Phase).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key.ToString(), g => g.Count, cancellationToken).ConfigureAwait(false);
        var years = await Filtered(actor, query, except: nameof(SearchQuery.Year))
            .GroupBy(d => d.Year).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);
        return new SearchFacets(areas, statuses, phases, years);
    }

    /// <summary>Visible dilemmas that match the text and every filter except <paramref name="except"/>.</summary>
    private IQueryable<Dilemma> Filtered(Actor actor, SearchQuery query, string? except)
    {
        var dilemmas = db.Dilemmas.AsNoTracking().Where(d => d.Status != DilemmaStatus.Draft || d.AuthorId == actor.UserId);
        if (query.Text is { } text)
        {
            dilemmas = dilemmas.Where(d => db.DilemmaSearch.Any(s => s.DilemmaId == d.Id
                && s.Document.Matches(EF.Functions.WebSearchToTsQuery(DilemmaSearchDocument.TextSearchConfiguration, text))));
        }

        if (except != nameof(SearchQuery.Status) && query.Status is { } status)
        {
            dilemmas = dilemmas.Where(d => d.Status == status);
        }

        if (except != nameof(SearchQuery.Phase) && query.Phase is { } phase)
        {
            dilemmas = dilemmas.Where(d => d.Phase == phase);
        }

        if (except != nameof(SearchQuery.PolicyArea) && query.PolicyArea is { } area)
        {
            dilemmas = dilemmas.Where(d => d.PolicyAreas.Any(p => p.Name == area));
        }

        if (except != nameof(SearchQuery.Year) && query.Year is { } year)
        {
            dilemmas = dilemmas.Where(d => d.Year == year);
        }

        if (query.DecidedOnly)
        {
            dilemmas = dilemmas.Where(d => d.Status == DilemmaStatus.Decided);
        }

        return dilemmas;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}[\p{L}\-]*")]
    private static partial System.Text.RegularExpressions.Regex WordPattern();
}
