using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.Web.Features.CaseBooklets;

/// <summary>
/// Makes the requested PDF and Word files of casusboekjes outside the requests, one at a time, so exporting 200
/// dilemmas holds up no one. Jobs live in the database and are claimed with SKIP LOCKED: with several app instances
/// each job is made once, by whichever instance is free. A request wakes this instance at once; otherwise it looks every 2 s.
/// The instance at work keeps a heartbeat; a job whose heartbeat stops (the instance stopped or crashed) is taken again,
/// up to <see cref="BookletExportOptions.MaxAttempts"/> starts, then it fails visibly. Old files are removed by the
/// gemeente's bewaartermijn (<see cref="Retention.RetentionJob"/>).
/// </summary>
public sealed partial class BookletExportWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<BookletExportOptions> options, ILogger<BookletExportWorker> logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0);
    private readonly BookletExportOptions _options = options.Value;

    public void Wake() => _wake.Release();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var pause = TimeSpan.FromSeconds(2);
            try
            {
                while (await RunNextAsync(stoppingToken))
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Whatever goes wrong (the database down or not migrated yet), the worker must not stop the app:
                // the jobs wait in the database and are taken when it is back.
                LogUnavailable(logger, ex);
                pause = TimeSpan.FromSeconds(5);
            }

            try
            {
                await _wake.WaitAsync(pause, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private sealed record Claim(Guid Id, Guid MunicipalityId);

    /// <summary>Takes the oldest waiting job (or one whose instance stopped) and makes it; false when there was none.</summary>
    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var stale = now - _options.StaleAfter;

        // A job that stalled at every allowed start (it crashes the process, say) is not tried forever: it fails, and
        // the waiting page says so.
        var gaveUp = await db.Database.ExecuteSqlAsync($"""
            UPDATE booklet_exports SET status = 'Failed', completed_at = {now}
            WHERE status = 'Running' AND heartbeat_at < {stale} AND attempts >= {_options.MaxAttempts}
            """, cancellationToken);
        if (gaveUp > 0)
        {
            LogGaveUp(logger, _options.MaxAttempts, gaveUp);
        }

        // Queued, or running without a heartbeat: the instance that had it stopped. An instance still at work keeps its job.
        var claimed = await db.Database.SqlQuery<Claim>($"""
            UPDATE booklet_exports SET status = 'Running', progress = 0, attempts = attempts + 1, heartbeat_at = {now}
            WHERE id = (SELECT id FROM booklet_exports
                        WHERE status = 'Queued' OR (status = 'Running' AND heartbeat_at < {stale} AND attempts < {_options.MaxAttempts})
                        ORDER BY requested_at FOR UPDATE SKIP LOCKED LIMIT 1)
            RETURNING id, municipality_id
            """).ToListAsync(cancellationToken);
        if (claimed is not [var claim])
        {
            return false;
        }

        using var beating = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = BeatAsync(claim, beating.Token);
        try
        {
            await MakeAsync(scope, db, claim, cancellationToken);
        }
        finally
        {
            await beating.CancelAsync();
            await heartbeat;
        }

        return true;
    }

    /// <summary>Says "still at work" every <see cref="BookletExportOptions.Heartbeat"/> until the job is done.</summary>
    private async Task BeatAsync(Claim claim, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_options.Heartbeat, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    scope.ServiceProvider.GetRequiredService<TenantContext>().Use(claim.MunicipalityId);
                    var now = clock.GetUtcNow();
                    await scope.ServiceProvider.GetRequiredService<AppDbContext>().BookletExports
                        .Where(e => e.Id == claim.Id && e.Status == BookletExportStatus.Running)
                        .ExecuteUpdateAsync(s => s.SetProperty(e => e.HeartbeatAt, now), cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One missed beat (the database briefly away) must not end them all; the next tick tries again.
                    LogHeartbeatFailed(logger, ex, claim.Id);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The job is done (or the app stops): no more heartbeats.
        }
    }

    private async Task MakeAsync(AsyncServiceScope scope, AppDbContext db, Claim claim, CancellationToken cancellationToken)
    {
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(claim.MunicipalityId);
        var job = await db.BookletExports.SingleAsync(e => e.Id == claim.Id, cancellationToken);
        try
        {
            var booklet = await db.CaseBooklets.AsNoTracking().Include(b => b.Entries).SingleAsync(b => b.Id == job.CaseBookletId, cancellationToken);
            var municipality = await db.Municipalities.Where(m => m.Id == claim.MunicipalityId).Select(m => m.Name).SingleAsync(cancellationToken);
            var document = BookletDocument.From(booklet, municipality);
            var content = await Task.Run(() => Render(document, job.Format, new ProgressWriter(scopes, claim), cancellationToken), cancellationToken);
            job.Complete(content, clock.GetUtcNow());
            LogDone(logger, job.Id, job.Format, document.Count, content.Length);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, job.Id);
            job.Fail(clock.GetUtcNow());
        }

        // Not cancelled by a stopping app: the file is made, and throwing it away would cost the job an attempt.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static byte[] Render(BookletDocument document, BookletFormat format, IProgress<int> progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var output = new MemoryStream();
        if (format == BookletFormat.Pdf)
        {
            BookletPdfWriter.Write(document, output, progress);
        }
        else
        {
            BookletDocxWriter.Write(document, output, progress);
        }

        return output.ToArray();
    }

    /// <summary>Writes the progress to the database in steps of 10 %, for the page that waits.</summary>
    private sealed class ProgressWriter(IServiceScopeFactory scopes, Claim claim) : IProgress<int>
    {
        private int _reported;

        public void Report(int value)
        {
            if (value < _reported + 10 || value >= 100)
            {
                return;
            }

            _reported = value;
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Use(claim.MunicipalityId);
            scope.ServiceProvider.GetRequiredService<AppDbContext>().BookletExports.Where(e => e.Id == claim.Id)
                .ExecuteUpdate(s => s.SetProperty(e => e.Progress, value));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Casusboekje-export {ExportId} ({Format}) klaar: {Dilemmas} dilemma's, {Bytes} bytes")]
    private static partial void LogDone(ILogger logger, Guid exportId, BookletFormat format, int dilemmas, int bytes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Casusboekje-export {ExportId} mislukt")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid exportId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Casusboekje-exports opgegeven na {Attempts} onderbroken pogingen: {Count}")]
    private static partial void LogGaveUp(ILogger logger, int attempts, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Oude casusboekje-bestanden verwijderd: {Count}")]
    private static partial void LogRemoved(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hartslag van casusboekje-export {ExportId} niet geschreven")]
    private static partial void LogHeartbeatFailed(ILogger logger, Exception exception, Guid exportId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Casusboekje-exports konden niet worden opgepakt; nieuwe poging over enkele seconden")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
