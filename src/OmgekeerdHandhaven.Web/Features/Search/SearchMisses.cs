using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// The register learns its own language: Zoeken counts the searches that found no or few dilemmas with every word, per
/// gemeente and day, and Beheer › Synoniemen lists the most frequent ones with what a new synonym group would find.
/// </summary>
public sealed partial class SearchMisses(AppDbContext db, ITenantContext tenant, TimeProvider clock)
{
    public sealed record Miss(string Words, int Searches, int MostFound, DateOnly LastDay);

    public sealed record Overview(IReadOnlyList<Miss> Misses, int Withheld);

    public sealed record TermReach(string Term, int Found);

    /// <summary>What a group of terms finds: each term on its own, and the group (any of its terms) together.</summary>
    public sealed record GroupReach(IReadOnlyList<TermReach> Terms, int Together, IReadOnlyList<string> Titles);

    /// <summary>
    /// Counts one search that found <paramref name="found"/> dilemmas with every word (fewer than a handful). No user is
    /// kept. The words are kept only when the privacy guard passes them and every word is one search knows — of the
    /// word list, the thesaurus, the gemeente's own texts, or a compound of known words: a client's name typed in
    /// lower case ("jansen") passes no guard of capitals, but is no word of the language either. Otherwise the search
    /// is counted without its words.
    /// </summary>
    public async Task RecordAsync(string text, int found, CancellationToken cancellationToken)
    {
        var municipalityId = tenant.MunicipalityId ?? throw new InvalidOperationException("Search misses need a gemeente.");
        var words = Normalise(text);
        if (words.Length == 0)
        {
            return;
        }

        var known = PrivacyGuard.Scan(text).Count == 0 && await db.Database.SqlQuery<bool>($"""
            SELECT coalesce(bool_and(
                (w ~ '^[0-9]+$' AND length(w) <= 3)
                OR EXISTS (SELECT 1 FROM search_lexicon l WHERE l.word = w)
                OR EXISTS (SELECT 1 FROM search_vocabulary v WHERE v.municipality_id = {municipalityId} AND v.word = w)
                OR EXISTS (SELECT 1 FROM search_default_synonyms d WHERE w = ANY (d.terms))
                OR search_split(w) IS NOT NULL), true) AS "Value"
            FROM unnest(regexp_split_to_array(lower(unaccent({words})), '[^a-z0-9]+')) w WHERE w <> ''
            """).SingleAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO search_misses (id, municipality_id, day, words, searches, most_found)
            VALUES ({Guid.NewGuid()}, {municipalityId}, {today}, {(known ? words : null)}, 1, {found})
            ON CONFLICT (municipality_id, day, words) DO UPDATE
            SET searches = search_misses.searches + 1, most_found = greatest(search_misses.most_found, excluded.most_found)
            """, cancellationToken);
    }

    /// <summary>The most frequent searches without (enough) results of the last 90 days, and how many were counted without their words.</summary>
    public async Task<Overview> RecentAsync(int count, CancellationToken cancellationToken)
    {
        var municipalityId = tenant.MunicipalityId ?? throw new InvalidOperationException("Search misses need a gemeente.");
        var since = DateOnly.FromDateTime((clock.GetUtcNow() - SearchMiss.KeptFor).UtcDateTime);
        var misses = await db.Database.SqlQuery<Miss>($"""
            SELECT words, sum(searches)::int AS searches, max(most_found) AS most_found, max(day) AS last_day
            FROM search_misses WHERE municipality_id = {municipalityId} AND day >= {since} AND words IS NOT NULL
            GROUP BY words ORDER BY sum(searches) DESC, max(day) DESC, words LIMIT {count}
            """).ToListAsync(cancellationToken);
        var withheld = await db.SearchMisses.AsNoTracking().Where(m => m.Day >= since && m.Words == null).SumAsync(m => (int?)m.Searches, cancellationToken) ?? 0;
        return new Overview(misses, withheld);
    }

    /// <summary>
    /// What a synonym group would find in this gemeente before it is saved: each term as search reads it now (with the
    /// thesaurus, compounds and derivations), and the group together, with the titles of the first few.
    /// </summary>
    public async Task<GroupReach> ReachAsync(IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var municipalityId = tenant.MunicipalityId ?? throw new InvalidOperationException("Search misses need a gemeente.");
        var reach = await db.Database.SqlQuery<TermReachRow>($"""
            WITH t AS (SELECT term, ordinality AS position, dilemma_tsquery({municipalityId}, term) AS q FROM unnest({terms.ToArray()}) WITH ORDINALITY AS x (term, ordinality)),
            d AS (SELECT s.dilemma_id, s.document FROM dilemma_search s
                  WHERE s.municipality_id = {municipalityId} AND s.status NOT IN ('Draft', 'Withdrawn')
                    AND s.document @@ (SELECT string_agg('(' || q::text || ')', ' | ')::tsquery FROM t WHERE numnode(q) > 0))
            SELECT t.term, t.position::int AS position, (SELECT count(*) FROM d WHERE numnode(t.q) > 0 AND d.document @@ t.q)::int AS found,
                   (SELECT count(*) FROM d)::int AS together
            FROM t ORDER BY t.position
            """).ToListAsync(cancellationToken);
        var titles = await db.Database.SqlQuery<string>($"""
            SELECT x.title AS "Value" FROM (
                SELECT d.title, d.updated_at FROM dilemma_search s JOIN dilemmas d ON d.id = s.dilemma_id
                WHERE s.municipality_id = {municipalityId} AND s.status NOT IN ('Draft', 'Withdrawn')
                  AND s.document @@ (SELECT string_agg('(' || q::text || ')', ' | ')::tsquery FROM unnest({terms.ToArray()}) term, dilemma_tsquery({municipalityId}, term) q WHERE numnode(q) > 0)) x
            ORDER BY x.updated_at DESC LIMIT 5
            """).ToListAsync(cancellationToken);
        return new GroupReach([.. reach.Select(r => new TermReach(r.Term, r.Found))], reach.FirstOrDefault()?.Together ?? 0, titles);
    }

    private sealed record TermReachRow(string Term, int Position, int Found, int Together);

    /// <summary>Lower case, single spaces, cut at the column's length.</summary>
    public static string Normalise(string text)
    {
        var words = string.Join(' ', text.ToLower(CultureInfo.GetCultureInfo("nl-NL")).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words.Length <= SearchMiss.WordsMaxLength ? words : words[..SearchMiss.WordsMaxLength].TrimEnd();
    }
}
