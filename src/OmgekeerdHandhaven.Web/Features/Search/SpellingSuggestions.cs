using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// "Bedoelde u …?": each word of a query that does not occur in the gemeente's own texts is replaced by the most similar
/// word that does (pg_trgm and levenshtein over search_vocabulary, which the search triggers keep per gemeente).
/// </summary>
public sealed class SpellingSuggestions(AppDbContext db, ITenantContext tenant)
{
    private const double MinimumSimilarity = 0.3;
    private const int MaximumEdits = 3;

    public async Task<string?> SuggestAsync(IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var municipalityId = tenant.MunicipalityId ?? throw new InvalidOperationException("Suggestions need a gemeente.");
        var words = terms.Where(t => t.Length >= 3 && t.All(char.IsLetter)).Select(t => t.ToLowerInvariant()).Distinct().ToList();
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            // The trigram index finds candidates that share enough letter triples; the fewest edits then decide, so
            // "jeugdhlup" becomes "jeugdhulp" rather than the shorter "jeugd".
            var best = await db.Database.SqlQuery<string>($"""
                SELECT word AS "Value" FROM (
                    SELECT word, similarity(word, {word}) AS score FROM search_vocabulary
                    WHERE municipality_id = {municipalityId} AND (word = {word} OR word % {word})
                    ORDER BY word = {word} DESC, score DESC LIMIT 20) candidates
                WHERE word = {word} OR (score > {MinimumSimilarity} AND levenshtein(word, {word}) <= {MaximumEdits})
                ORDER BY word = {word} DESC, levenshtein(word, {word}), score DESC, word
                LIMIT 1
                """).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (best is not null && best != word)
            {
                corrections[word] = best;
            }
        }

        return corrections.Count == 0
            ? null
            : string.Join(' ', terms.Select(t => corrections.TryGetValue(t.ToLowerInvariant(), out var better) ? better : t));
    }
}
