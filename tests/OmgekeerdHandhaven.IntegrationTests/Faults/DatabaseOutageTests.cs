using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;

namespace OmgekeerdHandhaven.IntegrationTests.Faults;

/// <summary>The app on a PostgreSQL server of its own, which this test stops and starts again.</summary>
public sealed class OutageAppFactory : AppFactory
{
    public const string Port = "55435";

    protected override string DatabaseName => "oh_outage";

    protected override string ServerConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Timeout=3";
}

/// <summary>
/// PostgreSQL stops while colleagues are working, and starts again: readiness reports it within 10 s while liveness
/// stays healthy, users get the Dutch "tijdelijk niet beschikbaar" page (never a stack trace), a form sent meanwhile keeps
/// what was typed, the app recovers by itself within 30 s, and every request answered with success was saved.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task DatabaseStopsAndStarts_UsersSeeDutch503_InputIsKept_AndTheAppRecoversWithoutRestart()
    {
        Assert.Equal(0, await ClusterAsync("start"));
        try
        {
            await using var app = new OutageAppFactory();
            await app.InitializeAsync();
            await RunOutageAsync(app);
        }
        finally
        {
            await ClusterAsync("stop");
        }
    }

    private static async Task RunOutageAsync(OutageAppFactory app)
    {
        using var handhaver = app.CreateSession();
        await handhaver.LoginSuccessfullyAsync("handhaver@voorbeeld.nl");
        var number = await DilemmaSteps.CreateHennepAsync(handhaver, app, submit: true);
        var (_, form) = await handhaver.GetAsync("/dilemmas/nieuw");
        var token = form.QuerySelector<IHtmlInputElement>("form[action='/dilemmas/nieuw'] input[name=__RequestVerificationToken]")!.Value;
        var areas = await DilemmaSteps.PolicyAreaIdsAsync(app, "GM0000", "Jeugdhulp");

        // Colleague traffic all along: comments, one after another.
        using var consulent = app.CreateSession();
        await consulent.LoginSuccessfullyAsync("consulent@voorbeeld.nl");
        var (_, dilemmaPage) = await consulent.GetAsync($"/dilemmas/{number}");
        var consulentToken = dilemmaPage.QuerySelector<IHtmlInputElement>($"form[action='/dilemmas/{number}/reacties'] input[name=__RequestVerificationToken]")!.Value;
        var answered = new ConcurrentQueue<(string Body, HttpStatusCode Status, string Page)>();
        using var stopTraffic = new CancellationTokenSource();
        var traffic = Task.Run(async () =>
        {
            for (var i = 0; !stopTraffic.IsCancellationRequested; i++)
            {
                var body = $"Reactie {i} van de consulent tijdens het werk.";
                try
                {
                    using var response = await consulent.PostAsync($"/dilemmas/{number}/reacties", ("Body", body), ("Kind", "Remark"), ("__RequestVerificationToken", consulentToken));
                    answered.Enqueue((body, response.StatusCode, await response.Content.ReadAsStringAsync()));
                }
                catch (HttpRequestException)
                {
                    answered.Enqueue((body, 0, string.Empty));
                }

                await Task.Delay(200);
            }
        });
        await Task.Delay(1500);

        // 1. The database stops.
        Assert.Equal(0, await ClusterAsync("stop"));
        var down = Stopwatch.StartNew();
        using var probe = app.CreateClient();
        while ((await probe.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK && down.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(250);
        }

        Assert.True(down.Elapsed <= TimeSpan.FromSeconds(10), $"/health/ready bleef {down.Elapsed.TotalSeconds:0.0} s gezond");
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/live")).StatusCode);

        var (home, homePage) = await handhaver.GetAsync("/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, home.StatusCode);
        Assert.Equal("Tijdelijk niet beschikbaar", homePage.QuerySelector("h1")?.TextContent);
        AssertNoTechnicalDetails(homePage.Source.Text);

        // 2. A form sent during the outage: the error, and what was typed is still there to send again.
        const string title = "Schuldhulp en jeugdhulp tijdens een storing";
        var fields = DilemmaSteps.HennepFields(areas, ("Title", title));
        var sent = await handhaver.PostAsync("/dilemmas/nieuw", [.. fields, ("Command", "concept"), ("__RequestVerificationToken", token!)]);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, sent.StatusCode);
        var kept = await WebSession.ParseAsync(sent);
        AssertNoTechnicalDetails(kept.Source.Text);
        var resend = kept.QuerySelectorAll<IHtmlFormElement>("form").SingleOrDefault(f => f.GetAttribute("action") == "/dilemmas/nieuw");
        Assert.NotNull(resend);
        Assert.Equal(title, resend.QuerySelector<IHtmlInputElement>("input[name=Title]")?.Value);
        Assert.Equal(DilemmaSteps.Situation, resend.QuerySelector<IHtmlInputElement>("input[name=Situation]")?.Value);

        // 3. The database is back: the app recovers by itself.
        Assert.Equal(0, await ClusterAsync("start"));
        var up = Stopwatch.StartNew();
        while ((await probe.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK && up.Elapsed < TimeSpan.FromSeconds(45))
        {
            await Task.Delay(250);
        }

        Assert.True(up.Elapsed <= TimeSpan.FromSeconds(30), $"/health/ready na {up.Elapsed.TotalSeconds:0.0} s nog niet gezond");
        Assert.Equal(HttpStatusCode.OK, (await handhaver.GetAsync("/")).Response.StatusCode);

        // The kept form, sent again as the page offers, is saved now.
        var again = await handhaver.PostAsync("/dilemmas/nieuw", [.. resend.QuerySelectorAll<IHtmlInputElement>("input").Where(i => !string.IsNullOrEmpty(i.Name)).Select(i => (i.Name!, i.Value))]);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => db.Dilemmas.IgnoreQueryFilters().CountAsync(d => d.Title == title)));

        await Task.Delay(1500);
        await stopTraffic.CancelAsync();
        await traffic;

        // 4. Every comment answered with success is in the database; none of the failures showed technical details.
        var saved = await app.QueryAsync(db => db.Comments.IgnoreQueryFilters().Select(c => c.Body).ToListAsync());
        var succeeded = answered.Where(a => a.Status == HttpStatusCode.Redirect).ToList();
        Assert.All(succeeded, a => Assert.Contains(a.Body, saved));
        Assert.Contains(answered, a => a.Status == HttpStatusCode.ServiceUnavailable);
        Assert.True(succeeded.Count >= 4, $"only {succeeded.Count} comments succeeded");
        Assert.All(answered.Where(a => a.Status != HttpStatusCode.Redirect), a =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, a.Status);
            AssertNoTechnicalDetails(a.Page);
        });
    }

    private static void AssertNoTechnicalDetails(string page)
    {
        foreach (var word in new[] { "Exception", "Npgsql", "   at ", "StackTrace", "SqlState" })
        {
            Assert.DoesNotContain(word, page, StringComparison.Ordinal);
        }
    }

    /// <summary>The outage test's own PostgreSQL cluster, through the project's script.</summary>
    private static async Task<int> ClusterAsync(string command) =>
        (await ExternalProcess.RunScriptAsync(new Dictionary<string, string> { ["OH_PG_NAME"] = "outage", ["OH_PG_PORT"] = OutageAppFactory.Port }, "scripts/postgres.sh", command)).ExitCode;
}
