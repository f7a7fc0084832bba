using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>
/// Data/Sql is the one place to read the database's functions and triggers: after all migrations every function of
/// the app (not of an extension) stands in the database exactly as in its file, and so does every trigger. A file edited
/// without a migration that applies its new version fails here.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class SqlDefinitionsTests(AppFactory app)
{
    private sealed record Definition(string Name, string Text);

    [Fact]
    public async Task EveryFunctionAndTrigger_IsInTheDatabaseExactlyAsInItsFile()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var functions = await db.Database.SqlQueryRaw<Definition>("""
            SELECT p.proname AS name, pg_get_functiondef(p.oid) AS text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
            """).ToListAsync();
        var triggers = await db.Database.SqlQueryRaw<Definition>("""
            SELECT t.tgname AS name, pg_get_triggerdef(t.oid) AS text FROM pg_trigger t WHERE NOT t.tgisinternal
            """).ToListAsync();
        var files = SqlFiles.Names.ToDictionary(n => n, n => SqlFiles.Read(n).Sql, StringComparer.Ordinal);

        Assert.True(functions.Count >= 10, "the app's search and logboek functions are there");
        Assert.Equal(functions.Select(f => f.Name).Order(StringComparer.Ordinal), files.Keys.Order(StringComparer.Ordinal));
        Assert.All(functions, f => Assert.Contains(f.Text.TrimEnd() + ";", files[f.Name], StringComparison.Ordinal));
        Assert.NotEmpty(triggers);
        Assert.All(triggers, t => Assert.Contains(files.Values, sql =>
            sql.Contains(t.Text.Replace("CREATE TRIGGER", "CREATE OR REPLACE TRIGGER", StringComparison.Ordinal) + ";", StringComparison.Ordinal)
            || sql.Contains(t.Text + ";", StringComparison.Ordinal)));
    }
}
