using System.Data;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Api;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

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

    private const string HeadlineOptions = "StartSel=\uE000, StopSel=\uE001, MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

    private readonly Dictionary<string, NpgsqlTsQuery> _queries = new(StringComparer.Ordinal);

    public async Task<(IReadOnlyList<SearchHit> Hits, int Total)> SearchAsync(Actor actor, SearchQuery query, CancellationToken cancellationToken)
    {
        var tsQuery = await TsQueryAsync(query.Text, cancellationToken).ConfigureAwait(false);
        var filter = Filter(actor, query, tsQuery, except: null);
        var total = await ScalarAsync<long>($"SELECT count(*) FROM dilemma_search s WHERE {filter.Sql}", filter.Parameters, cancellationToken).ConfigureAwait(false);
        var offset = (query.Page - 1) * query.PageSize;
        var page = tsQuery is null || query.Newest
            ? await NewestAsync(filter, offset, query.PageSize, cancellationToken).ConfigureAwait(false)
            : await RankedAsync(filter, tsQuery, offset, query.PageSize, cancellationToken).ConfigureAwait(false);
        return (await HitsAsync(page, tsQuery, cancellationToken).ConfigureAwait(false), (int)total);
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

        var orQuery = await db.Database.SqlQuery<NpgsqlTsQuery>($"SELECT websearch_to_tsquery('dutch_unaccent', {string.Join(" OR ", words)}) AS \"Value\"")
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        var filter = Filter(actor, new SearchQuery(null, null, null, null, null, false, false, 1, 5), orQuery, except: null);
        if (exclude is { } id)
        {
            filter = filter.And("s.dilemma_id <> @exclude", new NpgsqlParameter("exclude", id));
        }

        var page = await RankedAsync(filter, orQuery, offset: 0, pageSize: 5, cancellationToken).ConfigureAwait(false);
        return await HitsAsync(page, tsQuery: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Counts per filter value for the current search; each facet ignores its own filter so the user can switch.
    /// One pass: the matches are read once (small rows of dilemma_search) and counted four ways.
    /// </summary>
    public async Task<SearchFacets> FacetsAsync(Actor actor, SearchQuery query, CancellationToken cancellationToken)
    {
        var tsQuery = await TsQueryAsync(query.Text, cancellationToken).ConfigureAwait(false);
        var matches = Filter(actor, query with { PolicyArea = null, Status = null, Phase = null, Year = null }, tsQuery, except: null);
        var own = Filter(actor, query, tsQuery: null, except: null);
        string Except(string facet) => Filter(actor, query, tsQuery: null, except: facet).ExtraSql("m");
        var sql = $"""
            WITH m AS MATERIALIZED (
                SELECT s.status, s.phase, s.year, s.policy_area_ids, s.author_id FROM dilemma_search s WHERE {matches.Sql})
            SELECT 'status', m.status, count(*) FROM m WHERE {Except(nameof(SearchQuery.Status))} GROUP BY m.status
            UNION ALL SELECT 'phase', m.phase, count(*) FROM m WHERE {Except(nameof(SearchQuery.Phase))} GROUP BY m.phase
            UNION ALL SELECT 'year', m.year::text, count(*) FROM m WHERE {Except(nameof(SearchQuery.Year))} GROUP BY m.year
            UNION ALL SELECT 'area', p.name, count(*) FROM m CROSS JOIN LATERAL unnest(m.policy_area_ids) a JOIN policy_areas p ON p.id = a
                WHERE {Except(nameof(SearchQuery.PolicyArea))} GROUP BY p.name
            """;
        var facets = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal)
        {
            ["status"] = [], ["phase"] = [], ["year"] = [], ["area"] = [],
        };
        await ReadAsync(sql, [.. matches.Parameters, .. own.Parameters], reader =>
        {
            facets[reader.GetString(0)][reader.GetString(1)] = (int)reader.GetInt64(2);
        }, cancellationToken).ConfigureAwait(false);
        return new SearchFacets(
            facets["area"], facets["status"], facets["phase"],
            facets["year"].ToDictionary(y => int.Parse(y.Key, System.Globalization.CultureInfo.InvariantCulture), y => y.Value));
    }

    /// <summary>The newest first (also the order when there is no search text).</summary>
    private async Task<List<(Guid Id, double Score)>> NewestAsync(SqlFilter filter, int offset, int pageSize, CancellationToken cancellationToken)
    {
        var rows = new List<(Guid, double)>();
        await ReadAsync($"SELECT s.dilemma_id FROM dilemma_search s WHERE {filter.Sql} ORDER BY s.updated_at DESC, s.dilemma_id LIMIT {pageSize} OFFSET {offset}",
            filter.Parameters, reader => rows.Add((reader.GetGuid(0), 0)), cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>
    /// Most relevant first. With rum the index yields the matches in rank order and only a window around the page is
    /// read, then re-ordered with the boost for decided dilemmas; without rum every match is ranked.
    /// </summary>
    private async Task<List<(Guid Id, double Score)>> RankedAsync(SqlFilter filter, NpgsqlTsQuery tsQuery, int offset, int pageSize, CancellationToken cancellationToken)
    {
        var rows = new List<(Guid Id, double Score, int Order)>();
        var parameters = filter.Parameters.Append(new NpgsqlParameter("rank_query", NpgsqlDbType.TsQuery) { Value = tsQuery }).ToArray();
        if (await capabilities.UseRumAsync(db, cancellationToken).ConfigureAwait(false))
        {
            // Boosting moves a dilemma at most from rank r to r / 1.5, so twice the page end (plus a margin) holds it.
            var window = (2 * (offset + pageSize)) + 20;
            await ReadAsync($"""
                SELECT s.dilemma_id, s.status, s.document <=> @rank_query FROM dilemma_search s WHERE {filter.Sql}
                ORDER BY s.document <=> @rank_query LIMIT {window}
                """, parameters, reader =>
            {
                var distance = reader.GetFloat(2);
                var score = float.IsInfinity(distance) || distance <= 0 ? 0 : 1.0 / distance;
                rows.Add((reader.GetGuid(0), score * (reader.GetString(1) == nameof(DilemmaStatus.Decided) ? DecidedBoost : 1.0), rows.Count));
            }, cancellationToken).ConfigureAwait(false);
            return [.. rows.OrderByDescending(r => r.Score).ThenBy(r => r.Order).Skip(offset).Take(pageSize).Select(r => (r.Id, r.Score))];
        }

        await ReadAsync($"""
            SELECT s.dilemma_id, ts_rank_cd(s.document, @rank_query) * CASE WHEN s.status = 'Decided' THEN {DecidedBoost.ToString(System.Globalization.CultureInfo.InvariantCulture)} ELSE 1 END AS score
            FROM dilemma_search s WHERE {filter.Sql}
            ORDER BY score DESC, s.updated_at DESC, s.dilemma_id LIMIT {pageSize} OFFSET {offset}
            """, parameters, reader => rows.Add((reader.GetGuid(0), reader.GetFloat(1), rows.Count)), cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => (r.Id, r.Score))];
    }

    /// <summary>What a result shows, for the rows of one page only, in the page's order.</summary>
    private async Task<IReadOnlyList<SearchHit>> HitsAsync(List<(Guid Id, double Score)> page, NpgsqlTsQuery? tsQuery, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var ids = page.Select(p => p.Id).ToList();
        var rows = await db.Dilemmas.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new
            {
                d.Id, d.Year, d.Sequence, d.Title, d.Status, d.Situation,
                Areas = d.PolicyAreas.OrderBy(p => p.SortOrder).Select(p => p.Name).ToList(),
                DecidedAt = d.Decisions.Where(x => x.SupersededAt == null).Select(x => (DateTimeOffset?)x.DecidedAt).FirstOrDefault(),
            })
            .ToDictionaryAsync(r => r.Id, cancellationToken).ConfigureAwait(false);
        var headlines = tsQuery is null ? [] : await HeadlinesAsync([.. ids], tsQuery, cancellationToken).ConfigureAwait(false);
        return [.. page.Where(p => rows.ContainsKey(p.Id)).Select(p =>
        {
            var r = rows[p.Id];
            return new SearchHit(new DilemmaNumber(r.Year, r.Sequence), r.Title, r.Status,
                headlines.TryGetValue(r.Id, out var headline) ? Snippets.FromHeadline(headline) : Snippets.Make(r.Situation, []),
                r.Areas, r.DecidedAt, Math.Round(p.Score, 4));
        })];
    }

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
                .SingleAsync(cancellationToken).ConfigureAwait(false);
            _queries[text] = tsQuery;
        }

        return tsQuery;
    }

    /// <summary>
    /// ts_headline only for the rows shown: it re-reads and re-parses the text, too costly for every match. The text goes
    /// in HTML-encoded because ts_headline drops anything that looks like a tag, and the user's words must stay as written.
    /// </summary>
    private async Task<Dictionary<Guid, string>> HeadlinesAsync(Guid[] ids, NpgsqlTsQuery tsQuery, CancellationToken cancellationToken)
    {
        // The query goes in as an explicit tsquery parameter: its runtime type (NpgsqlTsQueryOr, …) has no mapping of its own.
        var query = new NpgsqlParameter("query", NpgsqlDbType.TsQuery) { Value = AnyWordOf(tsQuery) };
        var rows = await db.Database.SqlQuery<Headline>($"""
            SELECT d.id AS "Id", ts_headline('dutch_unaccent', replace(replace(replace(translate(d.situation || E'\n' || coalesce(x.solution, ''), U&'\E000\E001', ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), {query}, {HeadlineOptions}) AS "Text"
            FROM dilemmas d LEFT JOIN decisions x ON x.dilemma_id = d.id AND x.superseded_at IS NULL
            WHERE d.id = ANY ({ids})
            """).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Id, r => r.Text);
    }

    private sealed record Headline(Guid Id, string Text);

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
    /// The WHERE clause over dilemma_search (alias s) for this user and query, every filter but <paramref name="except"/>:
    /// the own gemeente only, no one else's Concepts, withdrawn ones only when asked for by status.
    /// </summary>
    private SqlFilter Filter(Actor actor, SearchQuery query, NpgsqlTsQuery? tsQuery, string? except)
    {
        var filter = new SqlFilter("s.municipality_id = @municipality AND (s.status <> 'Draft' OR s.author_id = @me)",
            [new NpgsqlParameter("municipality", MunicipalityId), new NpgsqlParameter("me", actor.UserId)]);
        if (tsQuery is not null)
        {
            filter = filter.And("s.document @@ @query", new NpgsqlParameter("query", NpgsqlDbType.TsQuery) { Value = tsQuery });
        }

        if (query.DecidedOnly)
        {
            filter = filter.And("s.status = 'Decided'");
        }

        if (except != nameof(SearchQuery.Status) && query.Status is { } status)
        {
            filter = filter.Extra("s.status = @status", new NpgsqlParameter("status", status.ToString()));
        }

        if (except != nameof(SearchQuery.Phase) && query.Phase is { } phase)
        {
            filter = filter.Extra("s.phase = @phase", new NpgsqlParameter("phase", phase.ToString()));
        }

        if (except != nameof(SearchQuery.Year) && query.Year is { } year)
        {
            filter = filter.Extra("s.year = @year", new NpgsqlParameter("year", year));
        }

        if (except != nameof(SearchQuery.PolicyArea) && query.PolicyArea is { } area)
        {
            filter = filter.Extra(
                "(SELECT p.id FROM policy_areas p WHERE p.municipality_id = @municipality AND p.name = @area) = ANY (s.policy_area_ids)",
                new NpgsqlParameter("area", area));
        }

        return filter;
    }

    private async Task<T> ScalarAsync<T>(string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        T result = default!;
        await ReadAsync(sql, parameters, reader => result = reader.GetFieldValue<T>(0), cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task ReadAsync(string sql, IEnumerable<NpgsqlParameter> parameters, Action<NpgsqlDataReader> row, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            foreach (var parameter in parameters.DistinctBy(p => p.ParameterName))
            {
                command.Parameters.Add(parameter.Clone());
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                row(reader);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// A WHERE clause with its parameters. "Extra" conditions are the user's filters, which the facets re-apply one by
    /// one over the matches (alias m).
    /// </summary>
    private sealed record SqlFilter(string Base, NpgsqlParameter[] Parameters, string[]? Extras = null)
    {
        public string Sql => string.Join(" AND ", new[] { Base }.Concat(Extras ?? []));

        public SqlFilter And(string condition, params NpgsqlParameter[] parameters) => this with { Base = $"{Base} AND {condition}", Parameters = [.. Parameters, .. parameters] };

        public SqlFilter Extra(string condition, params NpgsqlParameter[] parameters) => this with { Extras = [.. Extras ?? [], condition], Parameters = [.. Parameters, .. parameters] };

        public string ExtraSql(string alias)
        {
            var builder = new StringBuilder("TRUE");
            foreach (var extra in Extras ?? [])
            {
                builder.Append(" AND ").Append(extra.Replace("s.", alias + ".", StringComparison.Ordinal));
            }

            return builder.ToString();
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}[\p{L}\-]*")]
    private static partial System.Text.RegularExpressions.Regex WordPattern();
}
