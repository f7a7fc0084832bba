using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// "Bedoelde u …?": each word of a query that does not occur in the gemeente's own texts is replaced by the most similar
/// word that does (pg_trgm and levenshtein over search_vocabulary, which the search triggers keep per gemeente).
/// </summary>
public sealed class SpellingSuggestions(AppDbContext db, ITenantContext tenant)
{
    private const double MinimumSimilarity = 0.3;
    private const int MaximumEdits = 3;

    private sealed record Correction(string Word, string Best, int Edits);

    /// <summary>
    /// The search text with each word the gemeente's texts do not hold replaced by the nearest one that they do.
    /// <see cref="Confident"/>: every replacement is a small slip for the word's length (one letter in a short word, two
    /// in a longer, three from twelve letters: "schuldhlup", "ontheffnig"), so the search may show its results at once.
    /// </summary>
    public sealed record Suggestion(string Text, bool Confident);

    /// <summary>"Bedoelde u …?" for the words of a search; null when every word occurs or none has a near word.</summary>
    public async Task<Suggestion?> SuggestAsync(IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var municipalityId = tenant.MunicipalityId ?? throw new InvalidOperationException("Suggestions need a gemeente.");
        var words = terms.Where(t => t.Length >= 3 && t.All(char.IsLetter)).Select(t => t.ToLowerInvariant()).Distinct().ToList();
        if (words.Count == 0)
        {
            return null;
        }

        // One query for all words. Per word, the trigram index finds candidates that share enough letter triples; the
        // fewest edits then decide, so "jeugdhlup" becomes "jeugdhulp" rather than the shorter "jeugd".
        var best = await db.Database.SqlQuery<Correction>($"""
            SELECT w.word AS word, b.word AS best, levenshtein(b.word, w.word) AS edits
            FROM unnest({words.ToArray()}) AS w (word)
            CROSS JOIN LATERAL (
                SELECT c.word FROM (
                    SELECT v.word, similarity(v.word, w.word) AS score FROM search_vocabulary v
                    WHERE v.municipality_id = {municipalityId} AND (v.word = w.word OR v.word % w.word)
                    ORDER BY v.word = w.word DESC, score DESC LIMIT 20) c
                WHERE c.word = w.word OR (c.score > {MinimumSimilarity} AND levenshtein(c.word, w.word) <= {MaximumEdits})
                ORDER BY c.word = w.word DESC, levenshtein(c.word, w.word), c.score DESC, c.word
                LIMIT 1) b
            """).ToListAsync(cancellationToken);
        var corrections = best.Where(c => c.Best != c.Word).ToDictionary(c => c.Word, StringComparer.Ordinal);
        if (corrections.Count == 0)
        {
            return null;
        }

        var text = string.Join(' ', terms.Select(t => corrections.TryGetValue(t.ToLowerInvariant(), out var better) ? better.Best : t));
        return new Suggestion(text, corrections.Values.All(c => c.Edits <= SmallSlip(c.Word.Length)));
    }

    private static int SmallSlip(int length) => length switch
    {
        < 6 => 1,
        < 12 => 2,
        _ => 3,
    };
}
