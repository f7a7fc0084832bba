using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;

namespace OmgekeerdHandhaven.IntegrationTests.Faults;

/// <summary>
/// A backend that PostgreSQL terminates (a failover, an administrator, a restart of a connection pooler) breaks the
/// pooled connections the app holds. The execution strategy retries: the user never notices, and a write that is
/// retried is saved exactly once (each write is one transaction).
/// </summary>
[Collection(SharedApp.Name)]
public sealed class TransientFaultTests(AppFactory app)
{
    [Fact]
    public async Task TerminatedBackends_AreRetried_PagesAndWritesSucceedOnce()
    {
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var number = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true);
        var (_, page) = await consulent.GetAsync($"/dilemmas/{number}");
        var token = page.QuerySelector($"form[action='/dilemmas/{number}/reacties'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        Assert.True(await TerminateAppConnectionsAsync() > 0, "the app held no connections; the test would prove nothing");
        var (home, _) = await consulent.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        await TerminateAppConnectionsAsync();
        const string body = "Is de jeugdhulpverlener al op de hoogte van de hennep?";
        var comment = await consulent.PostAsync($"/dilemmas/{number}/reacties", ("Body", body), ("Kind", "Question"), ("__RequestVerificationToken", token));

        Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => db.Comments.IgnoreQueryFilters().CountAsync(c => c.Body == body)));
    }

    /// <summary>Ends every server process serving the app's database, as a failover would; returns how many.</summary>
    private async Task<int> TerminateAppConnectionsAsync()
    {
        var database = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database;
        await using var connection = new NpgsqlConnection($"{TestDatabase.ServerConnectionString};Database=postgres;Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(pg_terminate_backend(pid))::int from pg_stat_activity where datname = @db and pid <> pg_backend_pid()", connection);
        command.Parameters.AddWithValue("db", database!);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
