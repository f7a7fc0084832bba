using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.Web.Features.CaseBooklets;

/// <summary>
/// Makes the requested PDF and Word files of casusboekjes outside the requests, one at a time, so exporting 200
/// dilemmas holds up no one. Jobs live in the database and are claimed with SKIP LOCKED: with several app instances
/// each job is made once, by whichever instance is free. A request wakes this instance at once; otherwise it looks every 2 s.
/// </summary>
public sealed partial class BookletExportWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<BookletExportWorker> logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0);

    public void Wake() => _wake.Release();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var pause = TimeSpan.FromSeconds(2);
            try
            {
                while (await RunNextAsync(stoppingToken).ConfigureAwait(false))
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
                await _wake.WaitAsync(pause, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private sealed record Claim(Guid Id, Guid MunicipalityId);

    private async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // A job that has run for ten minutes belonged to an instance that stopped: it is taken again.
        var claimed = await db.Database.SqlQuery<Claim>($"""
            UPDATE booklet_exports SET status = 'Running', progress = 0
            WHERE id = (SELECT id FROM booklet_exports
                        WHERE status = 'Queued' OR (status = 'Running' AND requested_at < now() - interval '10 minutes')
                        ORDER BY requested_at FOR UPDATE SKIP LOCKED LIMIT 1)
            RETURNING id, municipality_id
            """).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (claimed is not [var claim])
        {
            return false;
        }

        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(claim.MunicipalityId);
        var job = await db.BookletExports.SingleAsync(e => e.Id == claim.Id, cancellationToken).ConfigureAwait(false);
        try
        {
            var booklet = await db.CaseBooklets.AsNoTracking().Include(b => b.Entries).SingleAsync(b => b.Id == job.CaseBookletId, cancellationToken).ConfigureAwait(false);
            var municipality = await db.Municipalities.Where(m => m.Id == claim.MunicipalityId).Select(m => m.Name).SingleAsync(cancellationToken).ConfigureAwait(false);
            var document = BookletDocument.From(booklet, municipality);
            var content = await Task.Run(() => Render(document, job.Format, new ProgressWriter(scopes, claim), cancellationToken), cancellationToken).ConfigureAwait(false);
            job.Complete(content, clock.GetUtcNow());
            LogDone(logger, job.Id, job.Format, document.Count, content.Length);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex, job.Id);
            job.Fail(clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Casusboekje-exports konden niet worden opgepakt; nieuwe poging over enkele seconden")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
