using System.Globalization;

namespace OmgekeerdHandhaven.IntegrationTests.Search;

/// <summary>
/// The relevance suite's two sets, each seeded in a gemeente of its own: the fixtures written with the search
/// (<see cref="RelevanceFixtures"/>, kind "bestaand") and the blind set (Blind/*.tsv), written by someone who never saw
/// the thesaurus, the domain words or the search code, in the kinds of misses #18 names.
/// </summary>
internal sealed record RelevanceSet(string Name, string Code, int Year, IReadOnlyList<RelevanceFixtures.Case> Cases, IReadOnlyList<RelevanceSet.KindQuery> Queries)
{
    public sealed record KindQuery(string Kind, string Text, string Expected, string Point);

    /// <summary>The kinds in the order the report shows them.</summary>
    public static readonly string[] Kinds = ["synonym", "compound", "derivation", "question", "typo", "plain", "bestaand"];

    public static readonly RelevanceSet Existing = new(
        "bestaand", "GM7001", 2025, RelevanceFixtures.Cases,
        [.. RelevanceFixtures.Queries.Select(q => new KindQuery("bestaand", q.Text, q.Expected, q.Point))]);

    public static readonly RelevanceSet Blind = LoadBlind();

    public static IEnumerable<RelevanceSet> All => [Existing, Blind];

    private static RelevanceSet LoadBlind()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Search", "Blind");
        var cases = Rows(Path.Combine(folder, "dilemmas.tsv"))
            .Select(f => new RelevanceFixtures.Case(f[0], f[1], f[2], f[3], f.Length > 4 && f[4].Length > 0 ? f[4] : null))
            .ToList();
        var queries = Rows(Path.Combine(folder, "queries.tsv"))
            .Select(f => new KindQuery(f[0], f[1], f[2], f.Length > 3 ? f[3] : string.Empty))
            .ToList();
        var keys = cases.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var unknown = queries.Where(q => !keys.Contains(q.Expected)).Select(q => q.Expected).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"Blind queries expect unknown dilemmas: {string.Join(", ", unknown)}");
        }

        return new RelevanceSet("blind", "GM7105", 2024, cases, queries);
    }

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'));

    /// <summary>Mean reciprocal rank within the first ten results (0 when the dilemma meant is not among them).</summary>
    public static double Mrr(IEnumerable<int?> ranks) =>
        ranks.Select(r => r is { } rank && rank <= 10 ? 1.0 / rank : 0).DefaultIfEmpty(0).Average();

    public static string Format(double mrr) => mrr.ToString("F3", CultureInfo.InvariantCulture);
}
