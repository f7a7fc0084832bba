using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using OmgekeerdHandhaven.IntegrationTests.Infrastructure;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.CaseBooklets;

namespace OmgekeerdHandhaven.IntegrationTests;

/// <summary>
/// Two workers on one database — the app's own and a second one as another instance would run it: a job whose worker is
/// still at work (its heartbeat is fresh) is left alone however long it takes, a job whose heartbeat stopped is taken
/// again, a job that stalled at every allowed start fails visibly, and old files are removed.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class BookletExportWorkerTests(AppFactory app)
{
    private static readonly BookletExportOptions Options = new();

    private BookletExportWorker SecondWorker() => new(
        app.Services.GetRequiredService<IServiceScopeFactory>(), app.Clock, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<BookletExportWorker>.Instance);

    [Fact]
    public async Task AJobWithAFreshHeartbeat_IsLeftToItsWorker_EvenWhenRequestedLongAgo()
    {
        var now = app.Clock.GetUtcNow();
        var id = await ExportAsync(BookletExportStatus.Running, requestedAt: now.AddMinutes(-30), heartbeatAt: now.AddSeconds(-5), attempts: 1);

        await SecondWorker().RunNextAsync(CancellationToken.None);

        var job = await JobAsync(id);
        Assert.Equal((BookletExportStatus.Running, 1), (job.Status, job.Attempts));
    }

    [Fact]
    public async Task AJobWhoseHeartbeatStopped_IsTakenAgain_AndMade()
    {
        var now = app.Clock.GetUtcNow();
        var id = await ExportAsync(BookletExportStatus.Running, requestedAt: now.AddMinutes(-3), heartbeatAt: now - Options.StaleAfter - TimeSpan.FromSeconds(5), attempts: 1);

        var job = await UntilAsync(id, j => j.Status == BookletExportStatus.Done);

        Assert.Equal(2, job.Attempts);
        Assert.NotNull(job.Content);
    }

    [Fact]
    public async Task AJobThatStalledAtEveryAllowedStart_FailsVisibly_InsteadOfForever()
    {
        var now = app.Clock.GetUtcNow();
        var id = await ExportAsync(BookletExportStatus.Running, requestedAt: now.AddMinutes(-10), heartbeatAt: now - Options.StaleAfter - TimeSpan.FromSeconds(5), attempts: Options.MaxAttempts);

        var job = await UntilAsync(id, j => j.Status != BookletExportStatus.Running);

        Assert.Equal((BookletExportStatus.Failed, Options.MaxAttempts), (job.Status, job.Attempts));
        using var beslisser = app.CreateSession();
        await beslisser.LoginSuccessfullyAsync("beslisser@voorbeeld.nl");
        var (_, page) = await beslisser.GetAsync($"/casusboekjes/{job.CaseBookletId}/export/{id}");
        Assert.Equal("PDF-bestand kon niet worden gemaakt", page.QuerySelector("h1")?.TextContent);
    }

    private async Task<Guid> ExportAsync(BookletExportStatus status, DateTimeOffset requestedAt, DateTimeOffset? heartbeatAt, int attempts)
    {
        var user = await app.QueryAsync(db => db.Users.IgnoreQueryFilters().SingleAsync(u => u.Email == "beslisser@voorbeeld.nl"));
        var booklet = await app.QueryAsync(db => db.CaseBooklets.IgnoreQueryFilters().Where(b => b.MunicipalityId == user.MunicipalityId).Select(b => b.Id).FirstAsync());
        var export = new BookletExport(user.MunicipalityId, booklet, BookletFormat.Pdf, user.Id, requestedAt);
        await app.QueryAsync(async db =>
        {
            db.BookletExports.Add(export);
            await db.SaveChangesAsync();
            return await db.BookletExports.IgnoreQueryFilters().Where(e => e.Id == export.Id).ExecuteUpdateAsync(u => u
                .SetProperty(e => e.Status, status).SetProperty(e => e.HeartbeatAt, heartbeatAt).SetProperty(e => e.Attempts, attempts)
                .SetProperty(e => e.CompletedAt, status == BookletExportStatus.Done ? requestedAt : null));
        });
        return export.Id;
    }

    private Task<BookletExport> JobAsync(Guid id) => app.QueryAsync(db => db.BookletExports.IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.Id == id));

    /// <summary>Lets the second worker run (the app's own may be first) until the job reaches the state.</summary>
    private async Task<BookletExport> UntilAsync(Guid id, Func<BookletExport, bool> reached)
    {
        var worker = SecondWorker();
        for (var round = 0; round < 100; round++)
        {
            await worker.RunNextAsync(CancellationToken.None);
            var job = await JobAsync(id);
            if (reached(job))
            {
                return job;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The job did not reach the expected state.");
        return null!;
    }
}
