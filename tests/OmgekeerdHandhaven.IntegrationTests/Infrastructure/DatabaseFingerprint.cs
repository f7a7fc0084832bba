using Microsoft.EntityFrameworkCore;

namespace OmgekeerdHandhaven.IntegrationTests.Infrastructure;

/// <summary>
/// A digest of every table a user's action can write to, so a test can show that a refused request changed nothing
/// (not a row added, removed or updated, not an audit line, not a notification).
/// </summary>
public static class DatabaseFingerprint
{
    private static readonly string[] Tables =
    [
        "access_tokens", "agenda_items", "agreements", "audit_entries", "booklet_exports", "case_booklet_entries",
        "case_booklets", "comments", "decisions", "dilemma_number_counters", "dilemma_policy_areas", "dilemma_revisions",
        "dilemmas", "municipalities", "notifications", "policy_areas", "practice_answers", "practice_sets", "risk_signals",
        "synonym_groups", "team_meetings", "user_roles", "user_sessions", "users",
    ];

    public static async Task<Dictionary<string, string>> TakeAsync(AppFactory app)
    {
        // Every insert or update writes a row version stamped with a transaction id above all earlier ones, and every
        // delete lowers the count: count and highest xmin together show any write, without reading the rows' content.
        var sql = string.Join(" union all ", Tables.Select(t =>
            $"select '{t}' as table_name, count(*)::text || ':' || coalesce(max(x.xmin::text::bigint), 0)::text as digest from {t} x"));
        var rows = await app.QueryAsync(db => db.Database.SqlQueryRaw<Row>(sql).ToListAsync());
        return rows.ToDictionary(r => r.TableName, r => r.Digest);
    }

    /// <summary>The tables whose digest differs between two fingerprints.</summary>
    public static List<string> Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        [.. before.Keys.Where(t => before[t] != after[t])];

    private sealed class Row
    {
        public string TableName { get; set; } = string.Empty;

        public string Digest { get; set; } = string.Empty;
    }
}
