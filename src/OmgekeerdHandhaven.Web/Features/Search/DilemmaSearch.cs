using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// Search over the dilemmas this user may see, shared by Zoeken, the API, casusboekjes and oefensets: PostgreSQL
/// full-text search with a Dutch configuration (stemming, accents folded) over the weighted document in dilemma_search,
/// which also carries the parts of compounds and the columns filters need; the query is widened with the gemeente's
/// synonyms and with compounds written apart. Ranking uses the rum index when the database has it and ts_rank_cd
/// otherwise. Written in SQL: the rum operator and the one-pass facets have no LINQ.
/// <para>
/// One call answers one search, whole: the words (<see cref="SearchTerms"/>) and who may see what
/// (<see cref="SearchFilters"/>) once, then the counts and facets (<see cref="SearchCounter"/>), the page
/// (<see cref="SearchPager"/>), what each hit shows (<see cref="SearchHits"/>) and, when little was found, "Bedoelde u …?".
/// </para>
/// </summary>
public sealed partial class DilemmaSearch(AppDbContext db, ITenantContext tenant, SearchCapabilities capabilities, SpellingSuggestions spelling)
{
    /// <summary>Fewer results than this with every word: the page adds the best partial matches under them.</summary>
    public const int Handful = 3;

    /// <summary>Decided dilemmas with a solution rank above open ones when relevance is close.</summary>
    public const double DecidedBoost = 1.5;

    private readonly SearchCounter _counter = new(db, capabilities);
    private readonly SearchPager _pager = new(db, capabilities);
    private readonly SearchHits _hits = new(db);
    private readonly SearchPartial _partial = new(db, capabilities);

    /// <summary>
    /// The page of hits, the total and the facets. Never an empty page when something is close: words that found nothing
    /// but have a confident spelling correction give the correction's results (<see cref="SearchMatch.Corrected"/>), and
    /// fewer than <see cref="Handful"/> results on the first page of a ranked search get the best partial matches under
    /// them (<see cref="SearchMatch.Partial"/>); below a handful the page also offers "Bedoelde u …?".
    /// </summary>
    public Task<SearchResultPage> SearchAsync(Actor actor, SearchQuery query, CancellationToken cancellationToken) =>
        OnOneConnectionAsync(() => SearchCloseAsync(actor, query, cancellationToken), cancellationToken);

    private async Task<SearchResultPage> SearchCloseAsync(Actor actor, SearchQuery query, CancellationToken cancellationToken)
    {
        var (page, tsQuery) = await SearchOpenAsync(actor, query, cancellationToken);
        if (query.Text is null || page.Total >= Handful || query.Page > 1 || query.Cursor is not null)
        {
            return page;
        }

        var suggestion = await spelling.SuggestAsync(query.Terms, cancellationToken);
        if (page.Total == 0 && !query.AsTyped && suggestion is { Confident: true, Text: var corrected })
        {
            var correctedQuery = query with { Text = corrected };
            var (better, correctedWords) = await SearchOpenAsync(actor, correctedQuery, cancellationToken);
            if (better.Total > 0)
            {
                return await WithPartialAsync(
                    actor, correctedQuery, correctedWords, better with { Match = SearchMatch.Corrected, SearchedFor = corrected, DidYouMean = corrected }, cancellationToken);
            }
        }

        return await WithPartialAsync(actor, query, tsQuery, page with { DidYouMean = suggestion?.Text }, cancellationToken, confidentSuggestion: suggestion?.Confident == true);
    }

    /// <summary>
    /// The best partial matches under fewer than a handful of full ones (most telling first, "Nieuwste eerst" too). A
    /// suggestion that is no small slip ("Piet jaren" for "Piet Jansen") is dropped when they are there: it is noise then.
    /// </summary>
    private async Task<SearchResultPage> WithPartialAsync(
        Actor actor, SearchQuery query, NpgsqlTsQuery? tsQuery, SearchResultPage page, CancellationToken cancellationToken, bool confidentSuggestion = true)
    {
        if (page.Total >= Handful || tsQuery is null)
        {
            return page;
        }

        var best = await _partial.BestAsync(SearchFilters.For(MunicipalityId, actor, query, tsQuery: null), tsQuery, cancellationToken);
        return best.Count == 0 ? page : page with
        {
            Partial = await _hits.ForAsync(MunicipalityId, best, SearchTerms.AnyWordOf(tsQuery), cancellationToken),
            Match = page.Match == SearchMatch.All ? SearchMatch.Partial : page.Match,
            DidYouMean = confidentSuggestion ? page.DidYouMean : null,
        };
    }

    /// <summary>
    /// Runs a search's statements (three to six) on one connection: EF would otherwise hand it back to the pool after
    /// each, and Npgsql resets a returned connection (DISCARD ALL) before its next statement.
    /// </summary>
    private async Task<T> OnOneConnectionAsync<T>(Func<Task<T>> search, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await search();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>One search of the words as given: the page, and the words as a tsquery (for the partial matches, not read again).</summary>
    private async Task<(SearchResultPage Page, NpgsqlTsQuery? Words)> SearchOpenAsync(Actor actor, SearchQuery query, CancellationToken cancellationToken)
    {
        var tsQuery = await SearchTerms.TsQueryAsync(db, MunicipalityId, query.Text, cancellationToken);
        // Counting and the fixed orders only match; ranking (and its page) keeps the full query, which it weighs.
        var matching = tsQuery is null ? null : SearchTerms.WithoutRepeats(tsQuery);
        var counted = await _counter.CountAsync(MunicipalityId, actor, query, matching, cancellationToken);
        var total = (int)Math.Round(counted.Total);
        var offset = (query.Page - 1) * query.PageSize;
        SearchResultPage page;
        // Broad: the words alone match more than BroadSearch. Ranking a broad search would mean ranking every match:
        // rum's ordered scan still reads them all (at 100 000 dilemmas, 80 000 matches of "bijstand" with its synonyms
        // took 270–340 ms, bench/results/search-100000.md), so a broad search lists decided dilemmas first, newest
        // first, straight from an index, and stops after one page. Its words say little about which dilemma is meant.
        var broad = counted.All > capabilities.BroadSearch;
        var narrowed = query.PolicyArea is not null || query.Status is not null || query.Phase is not null || query.Year is not null;
        if (tsQuery is not null && !query.Newest && !broad)
        {
            // Ranked pages: at most BroadSearch matches, so even the last page is near; the page number suffices.
            var ranked = await _pager.RankedAsync(SearchFilters.For(MunicipalityId, actor, query, tsQuery), tsQuery, offset, query.PageSize, indexOrder: !narrowed, cancellationToken);
            var rankedHits = await _hits.ForAsync(MunicipalityId, ranked, tsQuery, cancellationToken);
            page = new SearchResultPage(rankedHits, Shown(total, counted.Estimated, offset, rankedHits.Count), TotalEstimated: counted.Estimated);
        }
        else
        {
            var order = tsQuery is null || query.Newest ? SearchPager.Order.Newest : SearchPager.Order.DecidedThenNewest;
            var (keys, first, last) = await _pager.OrderedAsync(
                SearchFilters.For(MunicipalityId, actor, query, matching), order, query.Cursor, offset, query.PageSize, SearchPager.PlanFor(broad, total, counted.Sample), cancellationToken);
            var hits = await _hits.ForAsync(MunicipalityId, keys, tsQuery, cancellationToken);
            page = new SearchResultPage(hits, Shown(total, counted.Estimated, offset, hits.Count), first, last, counted.Estimated)
            {
                Order = order == SearchPager.Order.Newest ? SearchOrder.Newest : SearchOrder.DecidedThenNewest,
            };
        }

        return (page with { Facets = counted.Facets }, tsQuery);
    }

    /// <summary>
    /// An estimated total is rounded, and never below what the pages up to this one show: a filter value the sample
    /// missed must not read "ca. 0" above the dilemmas found.
    /// </summary>
    private static int Shown(int total, bool estimated, int offset, int shown) =>
        estimated ? Math.Max(Estimates.Round(total), offset + shown) : total;

    /// <summary>
    /// Up to five dilemmas most like the given text (title and situation or question), the dilemma itself excluded:
    /// its distinctive words joined with OR, ranked by how much of them each document holds, decided ones first when close.
    /// </summary>
    public Task<IReadOnlyList<SearchHit>> SimilarAsync(Actor actor, string? title, string? text, Guid? exclude, CancellationToken cancellationToken) =>
        OnOneConnectionAsync(() => SimilarOpenAsync(actor, title, text, exclude, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<SearchHit>> SimilarOpenAsync(Actor actor, string? title, string? text, Guid? exclude, CancellationToken cancellationToken)
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

        // The text's words joined with OR, without the words in more than 5 % of all dilemmas: those say little about
        // what is alike and, in a large register, would make every dilemma a candidate (PostgreSQL's own statistics of
        // the documents tell which; in a small register every word counts).
        var common = (await capabilities.CommonLexemesAsync(db, cancellationToken))
            .Where(l => l.Value > 0.05).Select(l => l.Key).ToArray();
        var orQuery = await db.Database.SqlQuery<NpgsqlTsQuery>($"""
            SELECT coalesce(string_agg(quote_literal(w.l), ' | '), '')::tsquery AS "Value"
            FROM (SELECT DISTINCT l FROM unnest(tsvector_to_array(to_tsvector('dutch_unaccent', {string.Join(' ', words)}))) l WHERE length(l) >= 3 LIMIT 40) w
            WHERE (SELECT reltuples FROM pg_class WHERE oid = 'dilemma_search'::regclass) < 10000 OR w.l <> ALL ({common})
            """).SingleAsync(cancellationToken);
        if (orQuery is NpgsqlTsQueryEmpty)
        {
            return [];
        }

        var filter = SearchFilters.For(MunicipalityId, actor, new SearchQuery(null, null, null, null, null, false, false, 1, 5), orQuery);
        if (exclude is { } id)
        {
            filter = filter.And("s.dilemma_id <> @exclude", new NpgsqlParameter("exclude", id));
        }

        var page = await _pager.RankedAsync(filter, orQuery, offset: 0, pageSize: 5, indexOrder: true, cancellationToken);
        return await _hits.ForAsync(MunicipalityId, page, tsQuery: null, cancellationToken);
    }

    private Guid MunicipalityId => tenant.MunicipalityId ?? throw new InvalidOperationException("Search needs a gemeente.");

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}[\p{L}\-]*")]
    private static partial System.Text.RegularExpressions.Regex WordPattern();
}
