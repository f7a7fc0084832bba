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

    /// <summary>
    /// The most dilemmas read to weigh the words, and the most candidates ranked: at 100 000 dilemmas 5 000 cost 170 ms
    /// a search (bench/results/search-100000.md), 1 000 a fifth of that, and a word's rarity is told as well by 1 000.
    /// </summary>
    private const int Read = 1_000;

    /// <summary>A word in more than this share of the dilemmas read does not make a dilemma a candidate on its own.</summary>
    private const double Telling = 0.25;

    /// <summary>
    /// The least share of all words' weight a partial match must hold: a dilemma that shares only a common part of a
    /// compound ("kosten" of "kostendelersnorm") is no lead worth showing.
    /// </summary>
    private const double Enough = 0.12;

    /// <summary>Decided dilemmas go first when the partial score is close (a smaller step than for full matches: the score is a sum of word weights).</summary>
    private const double DecidedBoost = 1.1;

    private sealed record WordCount(int Word, long Count);

    private sealed record Scored(Guid DilemmaId, double Score);

    /// <summary>
    /// The best partial matches (at most <see cref="Shown"/>) within <paramref name="scope"/> (who may see what and the
    /// user's filters, without the words) for the words of <paramref name="tsQuery"/>, leaving out those that hold every
    /// word (listed above them already); empty for fewer than two words.
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

        // A word's loose form: any of its lexemes. A compound typed as one word ("wisseldiensten") or a phrase counts
        // half when only a part of it occurs ("ploegendienst" holds "dienst"): a lead, weaker than the word itself.
        var loose = words.Select(SearchTerms.AnyWordOf).ToList();
        NpgsqlTsQuery AnyOf(IEnumerable<NpgsqlTsQuery> of) => of.Skip(1).Aggregate(of.First(), (or, word) => new NpgsqlTsQueryOr(or, word));
        var any = AnyOf(loose);
        NpgsqlParameter Words(string name, IEnumerable<NpgsqlTsQuery> of) => new(name, NpgsqlDbType.Array | NpgsqlDbType.TsQuery) { Value = of.ToArray() };
        NpgsqlParameter Any(NpgsqlTsQuery of) => new("any", NpgsqlDbType.TsQuery) { Value = of };

        // Word 0 counts the dilemmas read; word i (from 1) those holding the i-th word, word n + i its loose form.
        var counts = await db.QueryAsync<WordCount>($"""
            WITH m AS MATERIALIZED (SELECT s.document FROM dilemma_search s WHERE {scope.Sql} AND s.document @@ @any LIMIT {Read})
            SELECT 0 AS word, count(*) AS count FROM m
            UNION ALL
            SELECT x.i::int, count(*) FILTER (WHERE m.document @@ x.q) FROM unnest(@words || @loose) WITH ORDINALITY AS x (q, i) CROSS JOIN m GROUP BY x.i
            """, [.. scope.Parameters, Any(any), Words("words", words), Words("loose", loose)], cancellationToken);
        var read = counts.Single(c => c.Word == 0).Count;
        if (read == 0)
        {
            return [];
        }

        var frequency = counts.Where(c => c.Word > 0).ToDictionary(c => c.Word - 1, c => c.Count);
        double Weight(int i) => Math.Log((read + 1.0) / (frequency.GetValueOrDefault(i) + 0.5));
        var weights = words.Select((_, i) => Weight(i)).ToArray();
        var looseWeights = words.Select((_, i) => Weight(words.Count + i) / 2).ToArray();
        // A word not met among the dilemmas read may still be in others (a common word can fill the sample): it is the
        // rarest then, and makes candidates like any telling word.
        var all = Enumerable.Range(0, 2 * words.Count).ToList();
        var telling = all.Where(i => frequency.GetValueOrDefault(i) <= Telling * read).ToList();
        if (!telling.Any(i => frequency.GetValueOrDefault(i) > 0))
        {
            // Every word met is common (a small register): the least common of them makes candidates too.
            telling.AddRange(all.Where(i => frequency.GetValueOrDefault(i) > 0).OrderBy(i => frequency[i]).Take(1));
        }

        var candidates = AnyOf(telling.Select(i => i < words.Count ? words[i] : loose[i - words.Count]));
        // With rum the candidates come in rank order, so a large register gives its best ones rather than any.
        var order = await capabilities.UseRumAsync(db, cancellationToken) ? "ORDER BY s.document <=> @any" : string.Empty;
        var boost = DecidedBoost.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var scored = await db.QueryAsync<Scored>($"""
            WITH c AS MATERIALIZED (
                SELECT s.dilemma_id, s.status, s.document, s.updated_at FROM dilemma_search s
                WHERE {scope.Sql} AND s.document @@ @candidates AND NOT (s.document @@ @all) {order} LIMIT {Read})
            SELECT r.dilemma_id, r.score * CASE WHEN r.status = 'Decided' THEN {boost} ELSE 1 END AS score
            FROM (SELECT c.dilemma_id, c.status, c.updated_at, ts_rank_cd(c.document, @any) AS tie,
                         (SELECT sum(CASE WHEN c.document @@ x.q THEN x.w WHEN c.document @@ x.l THEN x.lw ELSE 0 END)
                          FROM unnest(@words, @weights, @loose, @loose_weights) AS x (q, w, l, lw)) AS score
                  FROM c) r
            WHERE r.score >= @minimum
            ORDER BY 2 DESC, r.tie DESC, r.updated_at DESC, r.dilemma_id LIMIT {Shown}
            """,
            [.. scope.Parameters, Any(any), Words("words", words), Words("loose", loose),
                new NpgsqlParameter("weights", weights),
                new NpgsqlParameter("loose_weights", looseWeights),
                new NpgsqlParameter("minimum", Enough * weights.Sum()),
                new NpgsqlParameter("candidates", NpgsqlDbType.TsQuery) { Value = candidates },
                new NpgsqlParameter("all", NpgsqlDbType.TsQuery) { Value = tsQuery }],
            cancellationToken);
        return [.. scored.Select(s => (s.DilemmaId, (double?)s.Score))];
    }
}
