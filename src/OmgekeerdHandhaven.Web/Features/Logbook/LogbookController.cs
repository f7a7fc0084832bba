using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Logbook;

/// <summary>Beheer › Logboek: every recorded action of this gemeente, filterable, newest first, and as CSV.</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class LogbookController(AppDbContext db, TimeProvider clock) : Controller
{
    public const int PageSize = 50;
    public const int MaxExportRows = 100_000;
    private const int ExportBatch = 1_000;

    [HttpGet("/beheer/logboek")]
    public async Task<IActionResult> Index(
        [FromQuery(Name = "van")] DateOnly? from, [FromQuery(Name = "tot")] DateOnly? to, [FromQuery(Name = "actie")] string? action,
        [FromQuery(Name = "gebruiker")] Guid? actorId, [FromQuery(Name = "object")] string? subject, [FromQuery(Name = "pagina")] int page = 1,
        CancellationToken cancellationToken = default)
    {
        var filter = new LogbookFilter(from, to, AuditActions.All.Contains(action) ? action : null, actorId, string.IsNullOrWhiteSpace(subject) ? null : subject.Trim());
        page = Math.Clamp(page, 1, 100_000);
        var query = Apply(filter);
        var total = await query.CountAsync(cancellationToken);
        var entries = await query.OrderByDescending(a => a.At).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        var names = users.ToDictionary(u => u.Id, u => u.DisplayName);
        var subjects = await SubjectNamesAsync(entries, cancellationToken);
        return View(new LogbookViewModel(
            [.. entries.Select(e => ToLine(e, names, subjects))], total, page, PageSize, filter, [.. users.Select(u => (u.Id, u.DisplayName))]));
    }

    [HttpGet("/beheer/logboek.csv")]
    public async Task Export(
        [FromQuery(Name = "van")] DateOnly? from, [FromQuery(Name = "tot")] DateOnly? to, [FromQuery(Name = "actie")] string? action,
        [FromQuery(Name = "gebruiker")] Guid? actorId, [FromQuery(Name = "object")] string? subject, CancellationToken cancellationToken = default)
    {
        var filter = new LogbookFilter(from, to, AuditActions.All.Contains(action) ? action : null, actorId, string.IsNullOrWhiteSpace(subject) ? null : subject.Trim());
        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        // Read a thousand lines at a time and written as read: a year's logboek never sits whole in memory. Each batch
        // continues below the last line written (by time, then id), so lines logged during the export neither shift nor
        // repeat what follows. The first batch is read before anything is sent: a failure then is still an error page.
        var ordered = Apply(filter).OrderByDescending(a => a.At).ThenByDescending(a => a.Id);
        var batch = await ordered.Take(ExportBatch).ToListAsync(cancellationToken);
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=logboek-{DutchTime.Today(clock).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.csv";

        // Semicolons and a byte order mark: what Dutch Excel opens correctly with a double click.
        await using var csv = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024);
        await csv.WriteAsync("Tijdstip;Gebruiker;Actie;Object;Omschrijving\r\n");
        var written = 0;
        var atBoundary = new HashSet<Guid>();
        while (batch.Count > 0)
        {
            var subjects = await SubjectNamesAsync(batch, cancellationToken);
            foreach (var line in batch.Select(e => ToLine(e, names, subjects)))
            {
                await csv.WriteAsync(string.Join(';', Cell(DutchTime.Local(line.At).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)), Cell(line.Actor), Cell(line.Action), Cell(line.Subject), Cell(line.Summary)) + "\r\n");
            }

            await csv.FlushAsync(cancellationToken);
            written += batch.Count;
            if (batch.Count < ExportBatch || written >= MaxExportRows)
            {
                break;
            }

            // Lines at the very moment of the last one written may be split over two batches: those already written are skipped.
            var last = batch[^1].At;
            if (batch[0].At != last)
            {
                atBoundary.Clear();
            }

            atBoundary.UnionWith(batch.Where(e => e.At == last).Select(e => e.Id));
            var next = await ordered.Where(a => a.At <= last).Take(ExportBatch + atBoundary.Count).ToListAsync(cancellationToken);
            batch = [.. next.Where(e => !(e.At == last && atBoundary.Contains(e.Id))).Take(Math.Min(ExportBatch, MaxExportRows - written))];
        }
    }

    private IQueryable<AuditEntry> Apply(LogbookFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (filter.From is { } from)
        {
            var start = DutchTime.StartOfDay(from);
            query = query.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = DutchTime.StartOfDay(to.AddDays(1));
            query = query.Where(a => a.At < end);
        }

        if (filter.Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        if (filter.ActorId is { } actor)
        {
            query = query.Where(a => a.ActorId == actor);
        }

        if (filter.Subject is { } subject)
        {
            query = query.Where(a => a.EntityKey.Contains(subject));
        }

        return query;
    }

    /// <summary>Werkoverleggen and casusboekjes are logged by id: their date and team or title, read in one query each for the whole page.</summary>
    private async Task<Dictionary<Guid, string>> SubjectNamesAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken)
    {
        List<Guid> Ids(string type) =>
            [.. entries.Where(e => e.EntityType == type).Select(e => Guid.TryParse(e.EntityKey, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct()];

        var meetingIds = Ids("Werkoverleg");
        var bookletIds = Ids("Casusboekje");
        var meetings = meetingIds.Count == 0 ? [] : await db.TeamMeetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Date, m.Team }).ToListAsync(cancellationToken);
        var booklets = bookletIds.Count == 0 ? [] : await db.CaseBooklets.AsNoTracking().Where(b => bookletIds.Contains(b.Id))
            .Select(b => new { b.Id, b.Title }).ToListAsync(cancellationToken);
        return meetings.Select(m => (m.Id, Name: $"{DutchTime.Date(m.Date)}, {m.Team}"))
            .Concat(booklets.Select(b => (b.Id, Name: $"‘{b.Title}’")))
            .ToDictionary(x => x.Id, x => x.Name);
    }

    private static LogbookLine ToLine(AuditEntry entry, Dictionary<Guid, string> names, Dictionary<Guid, string> subjects)
    {
        var actor = entry.ActorId is { } id ? names.GetValueOrDefault(id, "onbekende gebruiker") : "systeem";
        var key = Guid.TryParse(entry.EntityKey, out var guid) ? guid : (Guid?)null;
        var (subject, url) = (entry.EntityType, key) switch
        {
            ("Gebruiker", { } userId) => ("Gebruiker " + names.GetValueOrDefault(userId, "onbekend"), names.ContainsKey(userId) ? $"/beheer/gebruikers/{userId}" : null),
            ("Werkoverleg", { } meetingId) when subjects.TryGetValue(meetingId, out var meeting) => ($"Werkoverleg {meeting}", $"/werkoverleggen/{meetingId}"),
            ("Casusboekje", { } bookletId) when subjects.TryGetValue(bookletId, out var booklet) => ($"Casusboekje {booklet}", $"/casusboekjes/{bookletId}"),
            ("Werkoverleg" or "Casusboekje", not null) => ($"{entry.EntityType} (verwijderd)", null),
            ("Dilemma", null) => ($"Dilemma {entry.EntityKey}", $"/dilemmas/{entry.EntityKey}"),
            _ => ($"{entry.EntityType} {entry.EntityKey}", null),
        };
        return new LogbookLine(entry.At, actor, entry.Action, subject, entry.Summary, url);
    }

    /// <summary>Quoted, and a leading = + - @ neutralised so a spreadsheet never runs a cell as a formula.</summary>
    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
