using Npgsql;
using NpgsqlTypes;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>Which dilemmas a search may and should consider: the part of the search that turns who asks and the filters into SQL.</summary>
public static class SearchFilters
{
    /// <summary>
    /// The WHERE clause over dilemma_search (alias s) for this user and query: the own gemeente only, no one else's
    /// Concepts, the words, Alleen met besluit and, unless <paramref name="userFilters"/> is false, the user's filters.
    /// </summary>
    public static SqlFilter For(Guid municipalityId, Actor actor, SearchQuery query, NpgsqlTsQuery? tsQuery, bool userFilters = true)
    {
        var filter = new SqlFilter("s.municipality_id = @municipality AND (s.status <> 'Draft' OR s.author_id = @me)",
            [new NpgsqlParameter("municipality", municipalityId), new NpgsqlParameter("me", actor.UserId)]);
        if (tsQuery is not null)
        {
            filter = filter.And(SqlFilter.MatchCondition, new NpgsqlParameter("query", NpgsqlDbType.TsQuery) { Value = tsQuery });
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
    public static (Dictionary<string, string> Conditions, NpgsqlParameter[] Parameters) UserFilters(SearchQuery query, string alias)
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
}
