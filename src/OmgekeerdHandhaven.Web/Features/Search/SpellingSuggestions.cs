using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// "Bedoelde u …?": each word of a query that does not occur in the gemeente's own texts is replaced by the most similar
/// word that does (pg_trgm similarity). The vocabulary is read with ts_stat per request — fine at this size; the search
/// issue's benchmark will want it kept in a table.
/// </summary>
public sealed class SpellingSuggestions(AppDbContext db, ITenantContext tenant)
{
    private const double MinimumSimilarity = 0.4;

    public async Task<string?> SuggestAsync(IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var municipalityId = tenant.MunicipalityId ?? throw new InvalidOperationException("Suggestions need a gemeente.");
        var words = terms.Where(t => t.Length >= 3 && t.All(char.IsLetter)).Select(t => t.ToLowerInvariant()).Distinct().ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var word in words)
            {
                // The gemeente id is a Guid we format ourselves: safe to place inside ts_stat's query text.
                await using var command = new NpgsqlCommand(
                    $"""
                    SELECT v.word, v.word = @word AS exact
                    FROM ts_stat('SELECT to_tsvector(''simple'', title || '' '' || question || '' '' || situation) FROM dilemmas WHERE municipality_id = ''{municipalityId:D}''') v
                    WHERE v.word = @word OR similarity(v.word, @word) > {MinimumSimilarity.ToString(System.Globalization.CultureInfo.InvariantCulture)}
                    ORDER BY v.word = @word DESC, similarity(v.word, @word) DESC, v.nentry DESC
                    LIMIT 1
                    """, connection);
                command.Parameters.AddWithValue("word", word);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && !reader.GetBoolean(1))
                {
                    corrections[word] = reader.GetString(0);
                }
            }

            if (corrections.Count == 0)
            {
                return null;
            }

            return string.Join(' ', terms.Select(t => corrections.TryGetValue(t.ToLowerInvariant(), out var better) ? better : t));
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
    }
}
