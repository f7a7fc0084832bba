using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>What each result of a page shows, its snippet included: the part of the search that presents hits.</summary>
public sealed class SearchHits(AppDbContext db)
{
    // One stretch per field, whole words: the snippet shows the solution and the situation each with its own label.
    private const string HeadlineOptions = "StartSel=\uE000, StopSel=\uE001, MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=1, FragmentDelimiter=\" … \"";

    /// <summary>
    /// What a result shows, for the rows of one page only, in the page's order, in one round trip: number, title,
    /// status, domains, date of the current decision, the snippet (ts_headline, only for these rows: it re-reads and
    /// re-parses the text, too costly for every match) and, for rows that came in a fixed order, their rank as score.
    /// ts_headline gets the text HTML-encoded because it drops anything that looks like a tag, and the user's words
    /// must stay as written.
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> ForAsync(Guid municipalityId, List<(Guid Id, double? Score)> page, NpgsqlTsQuery? tsQuery, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var parameters = new List<NpgsqlParameter> { new("municipality", municipalityId), new("ids", page.Select(p => p.Id).ToArray()) };
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
                new NpgsqlParameter("headline_query", NpgsqlDbType.TsQuery) { Value = SearchTerms.AnyWordOf(tsQuery) },
                new NpgsqlParameter("headline_options", HeadlineOptions),
                SqlFilter.RankParameter(tsQuery)]);
        }

        var rows = (await db.QueryAsync<HitRow>($"""
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
}
