using Npgsql;
using NpgsqlTypes;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>How many dilemmas a search finds, per filter value too: the part of the search that counts and estimates.</summary>
public sealed class SearchCounter(AppDbContext db, SearchCapabilities capabilities)
{
    /// <summary>
    /// The total and the facet counts, in one statement: the matches are taken once (a materialised CTE) and counted
    /// with every filter (the total), with every filter but each facet's own (the facets), and with none (whether the
    /// words alone make the search broad). Up to BroadSearch matches they are counted exactly. A broad search (from
    /// half of BroadSearch) in a large gemeente is counted in a sample of the register instead: counting 60 000
    /// matches exactly means reading 60 000 rows for every page shown (over 100 ms at 100 000 dilemmas), while a sample
    /// of a few thousand rows gives the same picture within a few percent, in a few milliseconds. The sample is the
    /// same pages every time (REPEATABLE), so the numbers do not jump from one page of results to the next.
    /// </summary>
    public async Task<SearchCounts> CountAsync(Guid municipalityId, Actor actor, SearchQuery query, NpgsqlTsQuery? tsQuery, CancellationToken cancellationToken)
    {
        // The matches without the user's filters (withdrawn ones included); those are applied per count below.
        var matches = SearchFilters.For(municipalityId, actor, query, tsQuery, userFilters: false);
        var (conditions, filterParameters) = SearchFilters.UserFilters(query, "m");
        NpgsqlParameter[] parameters = [.. matches.Parameters, .. filterParameters];
        string Where(string? except = null) => string.Join(" AND ", conditions.Where(c => c.Key != except).Select(c => c.Value));
        // One pass for status, phase, year and the totals (grouping sets; grouping() tells which set a row is of: 3 =
        // by status, 5 = by phase, 6 = by year, 7 = all), one for the domains (a dilemma can have several): counted
        // per domain id first and named after, since joining the names per match cost a hash lookup per row (2 ms
        // for the ~2 700 sampled matches of "boete").
        string Sql(string source) => $"""
            WITH m AS MATERIALIZED ({source}),
            g AS (
                SELECT grouping(m.status, m.phase, m.year) AS set, m.status, m.phase, m.year, count(*) AS all_matches,
                       count(*) FILTER (WHERE {Where()}) AS total, count(*) FILTER (WHERE {Where(nameof(SearchQuery.Status))}) AS by_status,
                       count(*) FILTER (WHERE {Where(nameof(SearchQuery.Phase))}) AS by_phase, count(*) FILTER (WHERE {Where(nameof(SearchQuery.Year))}) AS by_year
                FROM m GROUP BY GROUPING SETS ((m.status), (m.phase), (m.year), ()))
            SELECT 'all' AS facet, NULL::text AS value, all_matches AS count FROM g WHERE set = 7
            UNION ALL SELECT 'total', NULL, total FROM g WHERE set = 7
            UNION ALL SELECT 'status', status, by_status FROM g WHERE set = 3
            UNION ALL SELECT 'phase', phase, by_phase FROM g WHERE set = 5
            UNION ALL SELECT 'year', year::text, by_year FROM g WHERE set = 6
            UNION ALL SELECT 'area', p.name, a.count FROM (
                SELECT a.id, count(*) AS count FROM (SELECT unnest(m.policy_area_ids) AS id FROM m WHERE {Where(nameof(SearchQuery.PolicyArea))}) a GROUP BY a.id) a
                JOIN policy_areas p ON p.id = a.id AND p.municipality_id = @municipality
            """;
        const string Columns = "s.status, s.phase, s.year, s.policy_area_ids";
        var limit = capabilities.BroadSearch;

        // In a large gemeente the sample comes first: it tells whether the search is broad without reading its matches.
        // Near the limit too the estimate stands: counting 1 000 to 2 000 matches exactly costs more than the whole
        // rest of the search, and a sample that guessed low must not lead to counting them all after all.
        SearchCounts? sampled = null;
        if (await capabilities.SampleAsync(db, municipalityId, cancellationToken) is { } sample)
        {
            async Task<SearchCounts> InAsync(SearchSample of) => SearchCounts.Of(await db.QueryAsync<FacetRow>(
                Sql($"SELECT {Columns} FROM dilemma_search s {of.Clause} WHERE {matches.Sql}"), parameters, cancellationToken), of);
            var shares = await capabilities.CommonLexemesAsync(db, cancellationToken);
            var expected = SearchSample.ExpectedShare(tsQuery, shares);
            // A search that cannot match many (a word PostgreSQL does not count among the commonest: a misspelling, a
            // specific word; or such a word with others) is counted exactly first, reading at most half a broad
            // search's matches: that is cheaper than testing every sampled dilemma against it, and exact. Only when it
            // turns out to match more does the sample decide, as for common words.
            if (SearchSample.UpperShare(tsQuery, shares) * sample.Dilemmas < limit / 4)
            {
                var few = SearchCounts.Of(await db.QueryAsync<FacetRow>(
                    Sql($"SELECT {Columns} FROM dilemma_search s WHERE {matches.Sql} LIMIT {limit / 2 + 1}"), parameters, cancellationToken), sample: null);
                if (few.All <= limit / 2)
                {
                    return few;
                }
            }

            // The coarse sample serves when both the words and the filters leave it enough matches. A search not
            // expected to match that many skips it, and so does one filtered on a year: a year's dilemmas lie together
            // in the table, so a quarter of the pages meets too few of them to go by.
            if (query.Year is null && sample.CoarseFor(expected) is { } coarse && await InAsync(coarse) is var rough
                && rough.Sampled.All >= SearchSample.CoarseEnough && rough.Sampled.Total >= SearchSample.CoarseEnough / 4)
            {
                return rough;
            }

            sampled = await InAsync(sample);
            if (sampled.All > limit / 2)
            {
                return sampled;
            }
        }

        // Few matches (or a small gemeente): count them exactly, reading at most one more than a broad search has.
        var counted = SearchCounts.Of(await db.QueryAsync<FacetRow>(
            Sql($"SELECT {Columns} FROM dilemma_search s WHERE {matches.Sql} LIMIT {limit + 1}"), parameters, cancellationToken), sample: null);
        if (counted.All > limit)
        {
            counted = sampled ?? SearchCounts.Of(await db.QueryAsync<FacetRow>(
                Sql($"SELECT {Columns} FROM dilemma_search s WHERE {matches.Sql}"), parameters, cancellationToken), sample: null);
        }

        return counted;
    }

    internal sealed record FacetRow(string Facet, string? Value, long Count);
}

/// <summary>
/// The counts of a search: <see cref="All"/> matches of its words alone, <see cref="Total"/> with every filter, and
/// the facets; <see cref="Sample"/> is the sample they were counted in (every count scaled up), null when exact.
/// </summary>
public sealed record SearchCounts(double All, double Total, SearchFacets Facets, SearchSample? Sample)
{
    public bool Estimated => Sample is not null;

    /// <summary>Matches of the words alone, and with every filter, as met in the sample itself (unscaled).</summary>
    public (double All, double Total) Sampled => (All / (Sample?.Scale ?? 1), Total / (Sample?.Scale ?? 1));

    internal static SearchCounts Of(List<SearchCounter.FacetRow> rows, SearchSample? sample)
    {
        var scale = sample?.Scale ?? 1;
        Dictionary<string, int> Facet(string facet) =>
            rows.Where(r => r.Facet == facet && r.Value is not null && r.Count > 0).ToDictionary(r => r.Value!, r => (int)Math.Round(r.Count * scale), StringComparer.Ordinal);
        var facets = new SearchFacets(
            Facet("area"), Facet("status"), Facet("phase"),
            Facet("year").ToDictionary(y => int.Parse(y.Key, System.Globalization.CultureInfo.InvariantCulture), y => y.Value),
            sample?.Scale);
        return new SearchCounts(rows.Single(r => r.Facet == "all").Count * scale, rows.Single(r => r.Facet == "total").Count * scale, facets, sample);
    }
}
