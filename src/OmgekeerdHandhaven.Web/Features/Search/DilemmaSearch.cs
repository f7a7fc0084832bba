using System.Data;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// Search over the dilemmas this user may see, shared by Zoeken and the API: PostgreSQL full-text search with a Dutch
/// configuration (stemming, accents folded) over the weighted document in dilemma_search, which also carries the parts
/// of compounds and the columns filters need; the query is widened with the gemeente's synonyms and with compounds
/// written apart. Ranking uses the rum index when the database has it (the top comes out of the index in rank order)
/// and ts_rank_cd over the matches otherwise. Written in SQL: the rum operator and the one-pass facets have no LINQ.
/// </summary>
public sealed partial class DilemmaSearch(AppDbContext db, ITenantContext tenant, SearchCapabilities capabilities)
{
    /// <summary>Decided dilemmas with a solution rank above open ones when relevance is close.</summary>
    public const double DecidedBoost = 1.5;

    // One stretch per field, whole words: the snippet shows the solution and the situation each with its own label.
    private const string HeadlineOptions = "StartSel=\uE000, StopSel=\uE001, MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=1, FragmentDelimiter=\" … \"";

    private readonly Dictionary<string, NpgsqlTsQuery> _queries = new(StringComparer.Ordinal);

    private readonly Dictionary<string, Counted> _counts = new(StringComparer.Ordinal);

    public Task<SearchResultPage> SearchAsync(Actor actor, SearchQuery query, CancellationToken cancellationToken) =>
        OnOneConnectionAsync(() => SearchOpenAsync(actor, query, cancellationToken), cancellationToken);

    /// <summary>
    /// Runs a search's statements (three to five) on one connection: EF would otherwise hand it back to the pool after
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

    private async Task<SearchResultPage> SearchOpenAsync(Actor actor, SearchQuery query, CancellationToken cancellationToken)
    {
        var tsQuery = await TsQueryAsync(query.Text, cancellationToken);
        var filter = Filter(actor, query, tsQuery);
        var counted = await CountAsync(actor, query, tsQuery, cancellationToken);
        var total = (int)Math.Round(counted.Total);
        var offset = (query.Page - 1) * query.PageSize;
        // Broad: the words alone match more than BroadSearch. Filters that narrow a broad search down do not make its
        // words say more about which dilemma is meant, and ranking the matches would mean finding every one of them
        // first (thousands of rows for a common word in one year), while the index order stops after one page.
        var broad = counted.All > capabilities.BroadSearch;
        if (tsQuery is not null && !query.Newest && !broad)
        {
            // Ranked pages: at most BroadSearch matches, so even the last page is near; the page number suffices.
            var narrowed = query.PolicyArea is not null || query.Status is not null || query.Phase is not null || query.Year is not null;
            var ranked = await RankedAsync(filter, tsQuery, offset, query.PageSize, indexOrder: !narrowed, cancellationToken);
            var rankedHits = await HitsAsync(ranked, tsQuery, cancellationToken);
            return new SearchResultPage(rankedHits, Shown(total, counted.Estimated, offset, rankedHits.Count), TotalEstimated: counted.Estimated);
        }

        var order = tsQuery is null || query.Newest ? Order.Newest : Order.DecidedThenNewest;
        var (page, first, last) = await OrderedAsync(
            filter, order, query.Cursor, offset, query.PageSize, PlanFor(broad, total, counted.Sample), cancellationToken);
        var hits = await HitsAsync(page, tsQuery, cancellationToken);
        return new SearchResultPage(hits, Shown(total, counted.Estimated, offset, hits.Count), first, last, counted.Estimated);
    }

    /// <summary>
    /// How to find a page in a fixed order. Few matches (not broad): take them all and sort. Many, at least 1 % of the
    /// gemeente's dilemmas: walking the index in page order meets a match every hundred rows at worst, so the page is
    /// full after a few thousand rows at most — and the planner must not be left to guess, since for words it has no
    /// statistics on ("tante") it expects a few hundred matches and reads all 4 600 instead. In between: the planner.
    /// </summary>
    private static PagePlan PlanFor(bool broad, int total, SearchSample? sample) =>
        !broad ? PagePlan.SortMatches
        : sample is not null && total >= sample.Dilemmas / 100 ? PagePlan.WalkIndex
        : PagePlan.Planner;

    private enum PagePlan
    {
        SortMatches,
        WalkIndex,
        Planner,
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

        var filter = Filter(actor, new SearchQuery(null, null, null, null, null, false, false, 1, 5), orQuery);
        if (exclude is { } id)
        {
            filter = filter.And("s.dilemma_id <> @exclude", new NpgsqlParameter("exclude", id));
        }

        var page = await RankedAsync(filter, orQuery, offset: 0, pageSize: 5, indexOrder: true, cancellationToken);
        return await HitsAsync(page, tsQuery: null, cancellationToken);
    }

    /// <summary>
    /// Counts per filter value for the current search; each facet ignores its own filter so the user can switch.
    /// Counted with the total, in one pass over the matches per request; estimated when the search is broad.
    /// </summary>
    public async Task<SearchFacets> FacetsAsync(Actor actor, SearchQuery query, CancellationToken cancellationToken)
    {
        var tsQuery = await TsQueryAsync(query.Text, cancellationToken);
        return (await CountAsync(actor, query, tsQuery, cancellationToken)).Facets;
    }

    /// <summary>
    /// The total and the facet counts, in one statement: the matches are taken once (a materialised CTE) and counted
    /// with every filter (the total), with every filter but each facet's own (the facets), and with none (whether the
    /// words alone make the search broad). Up to BroadSearch matches they are counted exactly. A broad search (from
    /// half of BroadSearch) in a large gemeente is counted in a sample of the register instead: counting 60 000
    /// matches exactly means reading 60 000 rows for every page shown (over 100 ms at 100 000 dilemmas), while a sample
    /// of a few thousand rows gives the same picture within a few percent, in a few milliseconds. The sample is the
    /// same pages every time (REPEATABLE), so the numbers do not jump from one page of results to the next.
    /// </summary>
    private async Task<Counted> CountAsync(Actor actor, SearchQuery query, NpgsqlTsQuery? tsQuery, CancellationToken cancellationToken)
    {
        var key = $"{query.Text}|{query.DecidedOnly}|{query.PolicyArea}|{query.Status}|{query.Phase}|{query.Year}";
        if (_counts.TryGetValue(key, out var cached))
        {
            return cached;
        }

        // The matches without the user's filters (withdrawn ones included); those are applied per count below.
        var matches = Filter(actor, query, tsQuery, userFilters: false);
        var (conditions, filterParameters) = UserFilters(query, "m");
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
        Counted? sampled = null;
        if (await capabilities.SampleAsync(db, MunicipalityId, cancellationToken) is { } sample)
        {
            async Task<Counted> InAsync(SearchSample of) => Counted.Of(await QueryAsync<FacetRow>(
                Sql($"SELECT {Columns} FROM dilemma_search s {of.Clause} WHERE {matches.Sql}"), parameters, cancellationToken), of);
            // The coarse sample serves when both the words and the filters leave it enough matches. A search not
            // expected to match that many skips it, and so does one filtered on a year: a year's dilemmas lie together
            // in the table, so a quarter of the pages meets too few of them to go by.
            var expected = SearchSample.ExpectedShare(tsQuery, await capabilities.CommonLexemesAsync(db, cancellationToken));
            if (query.Year is null && sample.CoarseFor(expected) is { } coarse && await InAsync(coarse) is var rough
                && rough.Sampled.All >= SearchSample.CoarseEnough && rough.Sampled.Total >= SearchSample.CoarseEnough / 4)
            {
                return _counts[key] = rough;
            }

            sampled = await InAsync(sample);
            if (sampled.All > limit / 2)
            {
                return _counts[key] = sampled;
            }
        }

        // Few matches (or a small gemeente): count them exactly, reading at most one more than a broad search has.
        var counted = Counted.Of(await QueryAsync<FacetRow>(
            Sql($"SELECT {Columns} FROM dilemma_search s WHERE {matches.Sql} LIMIT {limit + 1}"), parameters, cancellationToken), sample: null);
        if (counted.All > limit)
        {
            counted = sampled ?? Counted.Of(await QueryAsync<FacetRow>(
                Sql($"SELECT {Columns} FROM dilemma_search s WHERE {matches.Sql}"), parameters, cancellationToken), sample: null);
        }

        return _counts[key] = counted;
    }

    private sealed record FacetRow(string Facet, string? Value, long Count);

    /// <summary>
    /// The counts of a search: <see cref="All"/> matches of its words alone, <see cref="Total"/> with every filter, and
    /// the facets; <see cref="Sample"/> is the sample they were counted in (every count scaled up), null when exact.
    /// </summary>
    private sealed record Counted(double All, double Total, SearchFacets Facets, SearchSample? Sample)
    {
        public bool Estimated => Sample is not null;

        /// <summary>Matches of the words alone, and with every filter, as met in the sample itself (unscaled).</summary>
        public (double All, double Total) Sampled => (All / (Sample?.Scale ?? 1), Total / (Sample?.Scale ?? 1));

        public static Counted Of(List<FacetRow> rows, SearchSample? sample)
        {
            var scale = sample?.Scale ?? 1;
            Dictionary<string, int> Facet(string facet) =>
                rows.Where(r => r.Facet == facet && r.Value is not null && r.Count > 0).ToDictionary(r => r.Value!, r => (int)Math.Round(r.Count * scale), StringComparer.Ordinal);
            var facets = new SearchFacets(
                Facet("area"), Facet("status"), Facet("phase"),
                Facet("year").ToDictionary(y => int.Parse(y.Key, System.Globalization.CultureInfo.InvariantCulture), y => y.Value),
                sample?.Scale);
            return new Counted(rows.Single(r => r.Facet == "all").Count * scale, rows.Single(r => r.Facet == "total").Count * scale, facets, sample);
        }
    }

    private sealed record PageRow(Guid DilemmaId, string Status, float Score);

    private enum Order
    {
        Newest,
        DecidedThenNewest,
    }

    private sealed record KeyRow(Guid DilemmaId, string Status, DateTimeOffset UpdatedAt);

    /// <summary>
    /// The page in a fixed order: newest first, or decided and then newest for a broad search, found as
    /// <paramref name="plan"/> says (<see cref="PlanFor"/>). With few matches the planner would still walk the index,
    /// hoping to fill the page early, and pass most of the register; so those are taken first (materialised) and sorted.
    /// With a cursor the walk starts at the cursor (a seek: every key column runs descending in the index, so a row
    /// comparison serves).
    /// </summary>
    private async Task<(List<(Guid Id, double? Score)> Page, SearchCursor? First, SearchCursor? Last)> OrderedAsync(
        SqlFilter filter, Order order, SearchCursor? cursor, int offset, int pageSize, PagePlan plan, CancellationToken cancellationToken)
    {
        var keys = order == Order.Newest ? "s.updated_at, s.dilemma_id" : "(s.status = 'Decided'), s.updated_at, s.dilemma_id";
        var backward = cursor?.Backward == true;
        var direction = backward ? "ASC" : "DESC";
        var orderBy = string.Join(", ", keys.Split(", ").Select(k => $"{k} {direction}"));
        var parameters = filter.Parameters.ToList();
        var seek = "TRUE";
        if (cursor is not null)
        {
            seek = order == Order.Newest
                ? $"(s.updated_at, s.dilemma_id) {(backward ? ">" : "<")} (@after_at, @after_id)"
                : $"((s.status = 'Decided'), s.updated_at, s.dilemma_id) {(backward ? ">" : "<")} (@after_decided, @after_at, @after_id)";
            parameters.AddRange([
                new NpgsqlParameter("after_decided", cursor.Decided), new NpgsqlParameter("after_at", cursor.UpdatedAt), new NpgsqlParameter("after_id", cursor.Id)]);
            offset = 0;
        }

        // The walk tests each row with the function behind @@: an index can only serve the operator, so this leaves the
        // planner one way in, the index in page order.
        var where = plan == PagePlan.WalkIndex ? filter.Sql.Replace(MatchCondition, "ts_match_vq(s.document, @query)", StringComparison.Ordinal) : filter.Sql;
        var sql = plan == PagePlan.SortMatches
            ? $"""
                WITH s AS MATERIALIZED (SELECT s.dilemma_id, s.updated_at, s.status FROM dilemma_search s WHERE {where})
                SELECT s.dilemma_id, s.status, s.updated_at FROM s WHERE {seek} ORDER BY {orderBy} LIMIT {pageSize} OFFSET {offset}
                """
            : $"SELECT s.dilemma_id, s.status, s.updated_at FROM dilemma_search s WHERE {where} AND {seek} ORDER BY {orderBy} LIMIT {pageSize} OFFSET {offset}";
        var rows = await QueryAsync<KeyRow>(sql, parameters, cancellationToken);
        if (backward)
        {
            rows.Reverse();
        }

        SearchCursor? CursorOf(KeyRow? row) => row is null ? null : new SearchCursor(row.Status == nameof(DilemmaStatus.Decided), row.UpdatedAt, row.DilemmaId);
        var (first, last) = (CursorOf(rows.FirstOrDefault()), CursorOf(rows.LastOrDefault()));
        // No score yet: the rows shown get their rank with what they show (HitsAsync), in the same round trip.
        return ([.. rows.Select(r => (r.DilemmaId, (double?)null))], first, last);
    }

    /// <summary>
    /// Most relevant first. With rum the index yields the matches in rank order and only a window around the page is
    /// read, then re-ordered with the boost for decided dilemmas; without rum every match is ranked. A filter (domain,
    /// year, …) turns the index order off: the walk in rank order would pass every match the filter drops (thousands
    /// for a common word in one year), while ranking just the few that pass is quick.
    /// </summary>
    private async Task<List<(Guid Id, double? Score)>> RankedAsync(SqlFilter filter, NpgsqlTsQuery tsQuery, int offset, int pageSize, bool indexOrder, CancellationToken cancellationToken)
    {
        NpgsqlParameter[] parameters = [.. filter.Parameters, RankParameter(tsQuery)];
        if (indexOrder && await capabilities.UseRumAsync(db, cancellationToken))
        {
            // rum yields distances (1 / rank) in index order; boosting moves a dilemma at most from rank r to r / 1.5,
            // so twice the page end (plus a margin) holds every dilemma that can end up on the page.
            var window = (2 * (offset + pageSize)) + 20;
            var inIndexOrder = await QueryAsync<PageRow>($"""
                SELECT s.dilemma_id AS dilemma_id, s.status AS status, s.document <=> @rank_query AS score FROM dilemma_search s WHERE {filter.Sql}
                ORDER BY s.document <=> @rank_query LIMIT {window}
                """, parameters, cancellationToken);
            return [.. inIndexOrder
                .Select(r => (r.DilemmaId, Score: (float.IsInfinity(r.Score) || r.Score <= 0 ? 0 : 1.0 / r.Score) * (r.Status == nameof(DilemmaStatus.Decided) ? DecidedBoost : 1.0)))
                .OrderByDescending(r => r.Score) // a stable sort: equal scores keep the index order
                .Skip(offset).Take(pageSize)
                .Select(r => (r.DilemmaId, (double?)r.Score))];
        }

        var ranked = await QueryAsync<PageRow>($"""
            SELECT s.dilemma_id AS dilemma_id, s.status AS status,
                   ts_rank_cd(s.document, @rank_query) * CASE WHEN s.status = 'Decided' THEN {DecidedBoost.ToString(System.Globalization.CultureInfo.InvariantCulture)} ELSE 1 END AS score
            FROM dilemma_search s WHERE {filter.Sql}
            ORDER BY score DESC, s.updated_at DESC, s.dilemma_id LIMIT {pageSize} OFFSET {offset}
            """, parameters, cancellationToken);
        return [.. ranked.Select(r => (r.DilemmaId, (double?)r.Score))];
    }

    /// <summary>
    /// What a result shows, for the rows of one page only, in the page's order, in one round trip: number, title,
    /// status, domains, date of the current decision, the snippet (ts_headline, only for these rows: it re-reads and
    /// re-parses the text, too costly for every match) and, for rows that came in a fixed order, their rank as score.
    /// ts_headline gets the text HTML-encoded because it drops anything that looks like a tag, and the user's words
    /// must stay as written.
    /// </summary>
    private async Task<IReadOnlyList<SearchHit>> HitsAsync(List<(Guid Id, double? Score)> page, NpgsqlTsQuery? tsQuery, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var parameters = new List<NpgsqlParameter> { new("municipality", MunicipalityId), new("ids", page.Select(p => p.Id).ToArray()) };
        var (headline, solutionHeadline, rank) = ("NULL::text", "NULL::text", "NULL::real");
        if (tsQuery is not null)
        {
            // ts_headline drops whatever looks like an HTML tag, so & < > go in escaped (SearchSnippet decodes them); the hit
            // markers are taken out of the text first, so no text can fake one. The result is plain text, never markup.
            const string Escaped = "replace(replace(replace(translate({0}, U&'\\E000\\E001', ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";
            headline = $"ts_headline('dutch_unaccent', {string.Format(CultureInfo.InvariantCulture, Escaped, "d.situation")}, @headline_query, @headline_options)";
            solutionHeadline = $"CASE WHEN x.solution IS NULL THEN NULL ELSE ts_headline('dutch_unaccent', {string.Format(CultureInfo.InvariantCulture, Escaped, "x.solution")}, @headline_query, @headline_options) END";
            rank = "(SELECT ts_rank_cd(s.document, @rank_query) FROM dilemma_search s WHERE s.dilemma_id = d.id)";
            // The query goes in as an explicit tsquery parameter: its runtime type (NpgsqlTsQueryOr, …) has no mapping of its own.
            parameters.AddRange([
                new NpgsqlParameter("headline_query", NpgsqlDbType.TsQuery) { Value = AnyWordOf(tsQuery) },
                new NpgsqlParameter("headline_options", HeadlineOptions),
                RankParameter(tsQuery)]);
        }

        var rows = (await QueryAsync<HitRow>($"""
                SELECT d.id, d.year, d.sequence, d.title, d.status, d.situation, x.solution, d.source_gemeente, x.decided_at,
                       ARRAY(SELECT p.name FROM dilemma_policy_areas dp JOIN policy_areas p ON p.id = dp.policy_area_id
                             WHERE dp.dilemma_id = d.id ORDER BY p.sort_order) AS policy_areas,
                       {headline} AS headline, {solutionHeadline} AS solution_headline, {rank} AS rank
                FROM dilemmas d LEFT JOIN decisions x ON x.dilemma_id = d.id AND x.superseded_at IS NULL
                WHERE d.id = ANY (@ids) AND d.municipality_id = @municipality
                """, parameters, cancellationToken))
            .ToDictionary(r => r.Id);
        return [.. page.Where(p => rows.ContainsKey(p.Id)).Select(p =>
        {
            var r = rows[p.Id];
            return new SearchHit(new DilemmaNumber(r.Year, r.Sequence), r.Title, Enum.Parse<DilemmaStatus>(r.Status),
                SearchSnippet.From(r.Solution, r.SolutionHeadline, r.Situation, r.Headline),
                r.PolicyAreas, r.DecidedAt, Math.Round(p.Score ?? r.Rank ?? 0, 4), r.SourceGemeente);
        })];
    }

    private sealed record HitRow(
        Guid Id, int Year, int Sequence, string Title, string Status, string Situation, string? Solution, string? SourceGemeente, DateTimeOffset? DecidedAt,
        string[] PolicyAreas, string? Headline, string? SolutionHeadline, float? Rank);

    /// <summary>
    /// What the Zoekterm means for this gemeente (websearch syntax, synonyms, compounds; dilemma_tsquery in the
    /// database), computed once per request and then passed to every query as a value.
    /// </summary>
    private async Task<NpgsqlTsQuery?> TsQueryAsync(string? text, CancellationToken cancellationToken)
    {
        if (text is null)
        {
            return null;
        }

        if (!_queries.TryGetValue(text, out var tsQuery))
        {
            tsQuery = await db.Database.SqlQuery<NpgsqlTsQuery>($"SELECT dilemma_tsquery({MunicipalityId}, {text}) AS \"Value\"")
                .SingleAsync(cancellationToken);
            _queries[text] = tsQuery;
        }

        return tsQuery;
    }

    /// <summary>
    /// The query's words joined with OR: ts_headline marks words only inside a stretch that satisfies the whole query,
    /// and a hit may have matched in the title or a comment, not in the text shown. Excluded words (-woord) stay out.
    /// </summary>
    private static NpgsqlTsQuery AnyWordOf(NpgsqlTsQuery query)
    {
        var lexemes = new List<NpgsqlTsQueryLexeme>();
        Collect(query);
        return lexemes.Count == 0 ? query : lexemes.Skip(1).Aggregate((NpgsqlTsQuery)lexemes[0], (any, lexeme) => new NpgsqlTsQueryOr(any, lexeme));

        void Collect(NpgsqlTsQuery node)
        {
            switch (node)
            {
                case NpgsqlTsQueryLexeme lexeme:
                    lexemes.Add(lexeme);
                    break;
                case NpgsqlTsQueryBinOp binary:
                    Collect(binary.Left);
                    Collect(binary.Right);
                    break;
            }
        }
    }

    private Guid MunicipalityId => tenant.MunicipalityId ?? throw new InvalidOperationException("Search needs a gemeente.");

    /// <summary>
    /// The WHERE clause over dilemma_search (alias s) for this user and query: the own gemeente only, no one else's
    /// Concepts, the words, Alleen met besluit and, unless <paramref name="userFilters"/> is false, the user's filters.
    /// </summary>
    private SqlFilter Filter(Actor actor, SearchQuery query, NpgsqlTsQuery? tsQuery, bool userFilters = true)
    {
        var filter = new SqlFilter("s.municipality_id = @municipality AND (s.status <> 'Draft' OR s.author_id = @me)",
            [new NpgsqlParameter("municipality", MunicipalityId), new NpgsqlParameter("me", actor.UserId)]);
        if (tsQuery is not null)
        {
            filter = filter.And(MatchCondition, new NpgsqlParameter("query", NpgsqlDbType.TsQuery) { Value = tsQuery });
        }

        if (query.DecidedOnly)
        {
            filter = filter.And("s.status = 'Decided'");
        }

        if (userFilters)
        {
            var (conditions, parameters) = UserFilters(query, "s");
            filter = filter.And(string.Join(" AND ", conditions.Values), parameters);
        }

        return filter;
    }

    /// <summary>
    /// The user's filters (Status, Fase, Jaar, Domein) as conditions on the dilemma_search columns of
    /// <paramref name="alias"/>, keyed by the SearchQuery property, with their parameters; a filter not set is TRUE,
    /// except status: withdrawn dilemmas are history, not advice, so only a search for status Ingetrokken shows them.
    /// </summary>
    private static (Dictionary<string, string> Conditions, NpgsqlParameter[] Parameters) UserFilters(SearchQuery query, string alias)
    {
        var conditions = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [nameof(SearchQuery.Status)] = query.Status is null ? $"{alias}.status <> 'Withdrawn'" : $"{alias}.status = @status",
            [nameof(SearchQuery.Phase)] = query.Phase is null ? "TRUE" : $"{alias}.phase = @phase",
            [nameof(SearchQuery.Year)] = query.Year is null ? "TRUE" : $"{alias}.year = @year",
            [nameof(SearchQuery.PolicyArea)] = query.PolicyArea is null ? "TRUE"
                : $"(SELECT p.id FROM policy_areas p WHERE p.municipality_id = @municipality AND p.name = @area) = ANY ({alias}.policy_area_ids)",
        };
        NpgsqlParameter?[] parameters =
        [
            query.Status is { } status ? new("status", status.ToString()) : null,
            query.Phase is { } phase ? new("phase", phase.ToString()) : null,
            query.Year is { } year ? new("year", year) : null,
            query.PolicyArea is { } area ? new("area", area) : null,
        ];
        return (conditions, [.. parameters.OfType<NpgsqlParameter>()]);
    }

    private const string MatchCondition = "s.document @@ @query";

    private static NpgsqlParameter RankParameter(NpgsqlTsQuery tsQuery) => new("rank_query", NpgsqlDbType.TsQuery) { Value = tsQuery };

    /// <summary>
    /// Raw SQL through EF, so its logging and interceptors see it; result columns are named in snake_case, as the
    /// naming convention maps the row records' properties. Parameters are cloned: one NpgsqlParameter cannot
    /// belong to two commands, and the filters reuse theirs.
    /// </summary>
    private Task<List<T>> QueryAsync<T>(string sql, IEnumerable<NpgsqlParameter> parameters, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<T>(sql, [.. parameters.DistinctBy(p => p.ParameterName).Select(object (p) => p.Clone())]).ToListAsync(cancellationToken);

    /// <summary>A WHERE clause with its parameters.</summary>
    private sealed record SqlFilter(string Sql, NpgsqlParameter[] Parameters)
    {
        public SqlFilter And(string condition, params NpgsqlParameter[] parameters) => this with { Sql = $"{Sql} AND {condition}", Parameters = [.. Parameters, .. parameters] };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}[\p{L}\-]*")]
    private static partial System.Text.RegularExpressions.Regex WordPattern();
}
