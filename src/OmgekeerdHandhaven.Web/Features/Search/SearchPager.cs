using Npgsql;
using NpgsqlTypes;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>Which dilemmas make up the page asked for, in which order: the part of the search that ranks and pages.</summary>
public sealed class SearchPager(AppDbContext db, SearchCapabilities capabilities)
{
    /// <summary>
    /// How to find a page in a fixed order. Few matches (not broad): take them all and sort. Many, at least 1 % of the
    /// gemeente's dilemmas: walking the index in page order meets a match every hundred rows at worst, so the page is
    /// full after a few thousand rows at most — and the planner must not be left to guess, since for words it has no
    /// statistics on ("tante") it expects a few hundred matches and reads all 4 600 instead. In between: the planner.
    /// </summary>
    public static PagePlan PlanFor(bool broad, int total, SearchSample? sample) =>
        !broad ? PagePlan.SortMatches
        : sample is not null && total >= sample.Dilemmas / 100 ? PagePlan.WalkIndex
        : PagePlan.Planner;

    public enum PagePlan
    {
        SortMatches,
        WalkIndex,
        Planner,
    }

    private sealed record PageRow(Guid DilemmaId, string Status, float Score);

    public enum Order
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
    public async Task<(List<(Guid Id, double? Score)> Page, SearchCursor? First, SearchCursor? Last)> OrderedAsync(
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
        var where = plan == PagePlan.WalkIndex ? filter.Sql.Replace(SqlFilter.MatchCondition, "ts_match_vq(s.document, @query)", StringComparison.Ordinal) : filter.Sql;
        var sql = plan == PagePlan.SortMatches
            ? $"""
                WITH s AS MATERIALIZED (SELECT s.dilemma_id, s.updated_at, s.status FROM dilemma_search s WHERE {where})
                SELECT s.dilemma_id, s.status, s.updated_at FROM s WHERE {seek} ORDER BY {orderBy} LIMIT {pageSize} OFFSET {offset}
                """
            : $"SELECT s.dilemma_id, s.status, s.updated_at FROM dilemma_search s WHERE {where} AND {seek} ORDER BY {orderBy} LIMIT {pageSize} OFFSET {offset}";
        var rows = await db.QueryAsync<KeyRow>(sql, parameters, cancellationToken);
        if (backward)
        {
            rows.Reverse();
        }

        SearchCursor? CursorOf(KeyRow? row) => row is null ? null : new SearchCursor(row.Status == nameof(DilemmaStatus.Decided), row.UpdatedAt, row.DilemmaId);
        var (first, last) = (CursorOf(rows.FirstOrDefault()), CursorOf(rows.LastOrDefault()));
        // No score yet: the rows shown get their rank with what they show (SearchHits), in the same round trip.
        return ([.. rows.Select(r => (r.DilemmaId, (double?)null))], first, last);
    }

    /// <summary>
    /// Most relevant first. With rum the index yields the matches in rank order and only a window around the page is
    /// read, then re-ordered with the boost for decided dilemmas; without rum every match is ranked. A filter (domain,
    /// year, …) turns the index order off: the walk in rank order would pass every match the filter drops (thousands
    /// for a common word in one year), while ranking just the few that pass is quick.
    /// </summary>
    public async Task<List<(Guid Id, double? Score)>> RankedAsync(SqlFilter filter, NpgsqlTsQuery tsQuery, int offset, int pageSize, bool indexOrder, CancellationToken cancellationToken)
    {
        NpgsqlParameter[] parameters = [.. filter.Parameters, SqlFilter.RankParameter(tsQuery)];
        if (indexOrder && await capabilities.UseRumAsync(db, cancellationToken))
        {
            // rum yields distances (1 / rank) in index order; boosting moves a dilemma at most from rank r to r / 1.5,
            // so twice the page end (plus a margin) holds every dilemma that can end up on the page.
            var window = (2 * (offset + pageSize)) + 20;
            var inIndexOrder = await db.QueryAsync<PageRow>($"""
                SELECT s.dilemma_id AS dilemma_id, s.status AS status, s.document <=> @rank_query AS score FROM dilemma_search s WHERE {filter.Sql}
                ORDER BY s.document <=> @rank_query LIMIT {window}
                """, parameters, cancellationToken);
            return [.. inIndexOrder
                .Select(r => (r.DilemmaId, Score: (float.IsInfinity(r.Score) || r.Score <= 0 ? 0 : 1.0 / r.Score) * (r.Status == nameof(DilemmaStatus.Decided) ? DilemmaSearch.DecidedBoost : 1.0)))
                .OrderByDescending(r => r.Score) // a stable sort: equal scores keep the index order
                .Skip(offset).Take(pageSize)
                .Select(r => (r.DilemmaId, (double?)r.Score))];
        }

        var ranked = await db.QueryAsync<PageRow>($"""
            SELECT s.dilemma_id AS dilemma_id, s.status AS status,
                   ts_rank_cd(s.document, @rank_query) * CASE WHEN s.status = 'Decided' THEN {DilemmaSearch.DecidedBoost.ToString(System.Globalization.CultureInfo.InvariantCulture)} ELSE 1 END AS score
            FROM dilemma_search s WHERE {filter.Sql}
            ORDER BY score DESC, s.updated_at DESC, s.dilemma_id LIMIT {pageSize} OFFSET {offset}
            """, parameters, cancellationToken);
        return [.. ranked.Select(r => (r.DilemmaId, (double?)r.Score))];
    }
}
