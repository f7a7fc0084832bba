using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>A WHERE clause over dilemma_search (alias s) with its parameters.</summary>
public sealed record SqlFilter(string Sql, NpgsqlParameter[] Parameters)
{
    /// <summary>The words of the search (the rank-free operator an index serves).</summary>
    public const string MatchCondition = "s.document @@ @query";

    public SqlFilter And(string condition, params NpgsqlParameter[] parameters) => this with { Sql = $"{Sql} AND {condition}", Parameters = [.. Parameters, .. parameters] };

    public static NpgsqlParameter RankParameter(NpgsqlTsQuery tsQuery) => new("rank_query", NpgsqlDbType.TsQuery) { Value = tsQuery };
}

/// <summary>The search parts' way to PostgreSQL.</summary>
public static class SearchSql
{
    /// <summary>
    /// Raw SQL through EF, so its logging and interceptors see it; result columns are named in snake_case, as the
    /// naming convention maps the row records' properties. Parameters are cloned: one NpgsqlParameter cannot
    /// belong to two commands, and the filters reuse theirs.
    /// </summary>
    public static Task<List<T>> QueryAsync<T>(this AppDbContext db, string sql, IEnumerable<NpgsqlParameter> parameters, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<T>(sql, [.. parameters.DistinctBy(p => p.ParameterName).Select(object (p) => p.Clone())]).ToListAsync(cancellationToken);
}
