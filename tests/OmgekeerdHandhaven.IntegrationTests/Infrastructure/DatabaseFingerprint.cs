using Microsoft.EntityFrameworkCore;

namespace OmgekeerdHandhaven.IntegrationTests.Infrastructure;

/// <summary>
/// A digest of every table a user's action can write to, so a test can show that a refused request changed nothing
/// (not a row added, removed or updated, not an audit line, not a notification).
/// </summary>
public static class DatabaseFingerprint
{
    /// <summary>
    /// Not compared: the migrations' own table; the login budget, which counts attempts by design (every login of a test
    /// writes it); and the Dutch word list, 350 000 rows loaded once at setup that no request writes (reading it for every
    /// fingerprint would double the security tests' time). Every other table — including ones added later — is.
    /// </summary>
    private static readonly string[] NotCompared = ["__EFMigrationsHistory", "login_attempt_windows", "search_lexicon"];

    public static async Task<Dictionary<string, string>> TakeAsync(AppFactory app)
    {
        var tables = await app.QueryAsync(db => db.Database.SqlQuery<string>($"SELECT tablename AS \"Value\" FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename").ToListAsync());
        // Every insert or update writes a row version stamped with a transaction id above all earlier ones, and every
        // delete lowers the count: count and highest xmin together show any write, without reading the rows' content.
        var sql = string.Join(" union all ", tables.Except(NotCompared).Select(t =>
            $"select '{t}' as table_name, count(*)::text || ':' || coalesce(max(x.xmin::text::bigint), 0)::text as digest from \"{t}\" x"));
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
