using Npgsql;
using NpgsqlTypes;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// "Geen dilemma met alle woorden; dit zijn de beste treffers met een deel ervan": when all words of a search together
/// find fewer than a handful, the dilemmas that hold the most telling part of them. A consulent types a question ("wat
/// doen we als iemand geen wisseldiensten wil draaien") in which one word missing from the text empties the page.
/// </summary>
/// <remarks>
/// A word counts by how rare it is among the dilemmas that hold any of the words (inverse document frequency): the
/// rare word of a question ("wisseldiensten") says what it is about, the common ones ("gemeente", "huur") hardly. Those
/// numbers come from at most <see cref="Read"/> of those dilemmas, so a common word costs no pass over the register;
/// when the sample is cut short the rare words weigh a little more, which is the side to err on.
/// </remarks>
public sealed class SearchPartial(AppDbContext db, SearchCapabilities capabilities)
{
    /// <summary>How many partial matches are shown under the full ones.</summary>
    public const int Shown = 10;

    /// <summary>The most dilemmas read to weigh the words, and the most candidates ranked.</summary>
    private const int Read = 5_000;

    /// <summary>A word in more than this share of the dilemmas read does not make a dilemma a candidate on its own.</summary>
    private const double Telling = 0.25;

    /// <summary>Decided dilemmas go first when the partial score is close (a smaller step than for full matches: the score is a sum of word weights).</summary>
    private const double DecidedBoost = 1.1;

    private sealed record WordCount(int Word, long Count);

    private sealed record Scored(Guid DilemmaId, double Score);

    /// <summary>
    /// The best partial matches (at most <see cref="Shown"/>) within <paramref name="scope"/> (who may see what and the
    /// user's filters, without the words), leaving out those that hold every word; empty for a query of one word.
    /// </summary>
    public async Task<List<(Guid Id, double? Score)>> BestAsync(SqlFilter scope, NpgsqlTsQuery tsQuery, CancellationToken cancellationToken)
    {
        var words = SearchTerms.WordsOf(tsQuery);
        if (words.Count < 2)
        {
            return [];
        }

        var excluded = SearchTerms.ExcludedOf(tsQuery);
        if (excluded is not null)
        {
            scope = scope.And("NOT (s.document @@ @excluded)", new NpgsqlParameter("excluded", NpgsqlDbType.TsQuery) { Value = excluded });
        }

        var any = words.Skip(1).Aggregate(words[0], (or, word) => new NpgsqlTsQueryOr(or, word));
        NpgsqlParameter Words(IEnumerable<NpgsqlTsQuery> of) => new("words", NpgsqlDbType.Array | NpgsqlDbType.TsQuery) { Value = of.ToArray() };
        NpgsqlParameter Any(NpgsqlTsQuery of) => new("any", NpgsqlDbType.TsQuery) { Value = of };

        // Word 0 counts the dilemmas read; word i (from 1) those holding the i-th word.
        var counts = await db.QueryAsync<WordCount>($"""
            WITH m AS MATERIALIZED (SELECT s.document FROM dilemma_search s WHERE {scope.Sql} AND s.document @@ @any LIMIT {Read})
            SELECT 0 AS word, count(*) AS count FROM m
            UNION ALL
            SELECT x.i::int, count(*) FILTER (WHERE m.document @@ x.q) FROM unnest(@words) WITH ORDINALITY AS x (q, i) CROSS JOIN m GROUP BY x.i
            """, [.. scope.Parameters, Any(any), Words(words)], cancellationToken);
        var read = counts.Single(c => c.Word == 0).Count;
        if (read == 0)
        {
            return [];
        }

        var frequency = counts.Where(c => c.Word > 0).ToDictionary(c => c.Word - 1, c => c.Count);
        var weights = words.Select((_, i) => Math.Log((read + 1.0) / (frequency.GetValueOrDefault(i) + 0.5))).ToArray();
        var present = Enumerable.Range(0, words.Count).Where(i => frequency.GetValueOrDefault(i) > 0).ToList();
        var telling = present.Where(i => frequency[i] <= Telling * read).ToList();
        if (telling.Count == 0)
        {
            telling = [.. present.OrderBy(i => frequency[i]).Take(1)];
        }

        var candidates = telling.Skip(1).Aggregate(words[telling[0]], (or, i) => new NpgsqlTsQueryOr(or, words[i]));
        // With rum the candidates come in rank order, so a large register gives its best ones rather than any.
        var order = await capabilities.UseRumAsync(db, cancellationToken) ? "ORDER BY s.document <=> @any" : string.Empty;
        var boost = DecidedBoost.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var scored = await db.QueryAsync<Scored>($"""
            WITH c AS MATERIALIZED (
                SELECT s.dilemma_id, s.status, s.document, s.updated_at FROM dilemma_search s
                WHERE {scope.Sql} AND s.document @@ @candidates AND NOT (s.document @@ @all) {order} LIMIT {Read})
            SELECT c.dilemma_id,
                   (SELECT sum(x.w) FROM unnest(@words, @weights) AS x (q, w) WHERE c.document @@ x.q)
                   * CASE WHEN c.status = 'Decided' THEN {boost} ELSE 1 END AS score
            FROM c ORDER BY score DESC, ts_rank_cd(c.document, @any) DESC, c.updated_at DESC, c.dilemma_id LIMIT {Shown}
            """,
            [.. scope.Parameters, Any(any), Words(words),
                new NpgsqlParameter("weights", weights),
                new NpgsqlParameter("candidates", NpgsqlDbType.TsQuery) { Value = candidates },
                new NpgsqlParameter("all", NpgsqlDbType.TsQuery) { Value = tsQuery }],
            cancellationToken);
        return [.. scored.Select(s => (s.DilemmaId, (double?)s.Score))];
    }
}
