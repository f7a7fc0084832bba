using System.Net;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>Pages read their data in a fixed number of queries: more comments, decisions or dilemmas must not mean more queries.</summary>
[Collection(SharedApp.Name)]
public sealed class QueryCountTests(AppFactory app)
{
    /// <summary>
    /// The page's own queries: the fewer of two views after a warm-up. Now and then a view also does periodic work
    /// (the once-a-minute session check re-reads the user), which never falls on two views in a row.
    /// </summary>
    private async Task<int> QueriesForAsync(WebSession session, string url)
    {
        await session.GetAsync(url); // warm: the first request may read keys and caches
        return Math.Min(await CountAsync(), await CountAsync());

        async Task<int> CountAsync()
        {
            var before = app.Commands.Count;
            var (response, _) = await session.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return app.Commands.Count - before;
        }
    }

    [Fact]
    public async Task DilemmaPage_SameQueryCountWithOneOrTwentyComments()
    {
        using var author = app.CreateSession();
        using var consulent = app.CreateSession();
        await author.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        var number = await DilemmaSteps.CreateHennepAsync(author, app, submit: true);
        await consulent.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties", ("Body", "Eerste vraag."), ("Kind", "Question"));
        var withOne = await QueriesForAsync(consulent, $"/dilemmas/{number}");

        for (var i = 0; i < 19; i++)
        {
            await consulent.SubmitAsync($"/dilemmas/{number}", $"/dilemmas/{number}/reacties", ("Body", $"Reactie {i}."), ("Kind", "Remark"));
        }

        var withTwenty = await QueriesForAsync(consulent, $"/dilemmas/{number}");

        Assert.True(withOne > 0, "the counter sees the page's queries");
        Assert.Equal(withOne, withTwenty);
        Assert.True(withTwenty <= 16, $"{withTwenty} queries for one dilemma page");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/dilemmas")]
    [InlineData("/afspraken")]
    public async Task ListPages_UseABoundedNumberOfQueries(string url)
    {
        using var session = app.CreateSession();
        await session.LoginSuccessfullyAsync("teamleider@voorbeeld.nl");

        var queries = await QueriesForAsync(session, url);

        // The demo data alone has tens of dilemmas and agreements; one query per row would blow far past this.
        Assert.InRange(queries, 1, 15);
    }

    /// <summary>
    /// Loading children by their parent (a dilemma's decisions, a decision's agreements, …) must not read the whole
    /// table: every foreign key needs an index that starts with it and holds every row. A partial index does not
    /// count — decisions once had only "one current decision per dilemma", so a dilemma's page read every decision.
    /// </summary>
    [Fact]
    public async Task EveryForeignKey_HasAWholeIndexStartingWithIt()
    {
        var unindexed = await app.QueryAsync(db => db.Database.SqlQuery<string>($"""
            SELECT c.conrelid::regclass::text || '.' || a.attname AS "Value"
            FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1] AND i.indpred IS NULL)
            ORDER BY 1
            """).ToListAsync());

        Assert.Empty(unindexed);
    }
}
