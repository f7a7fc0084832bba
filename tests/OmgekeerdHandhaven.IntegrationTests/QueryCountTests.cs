using System.Net;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>Pages read their data in a fixed number of queries: more comments, decisions or dilemmas must not mean more queries.</summary>
[Collection(SharedApp.Name)]
public sealed class QueryCountTests(AppFactory app)
{
    private async Task<int> QueriesForAsync(WebSession session, string url)
    {
        await session.GetAsync(url); // warm: the first request may read keys and caches
        var before = app.Commands.Count;
        var (response, _) = await session.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return app.Commands.Count - before;
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
        Assert.True(withTwenty <= 15, $"{withTwenty} queries for one dilemma page");
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
}
