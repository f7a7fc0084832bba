using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure;

namespace OmgekeerdHandhaven.Web.Features.Dashboard;

/// <summary>
/// The figures in SQL, grouped in the database: months are Dutch calendar months, and only the gemeente's own dilemmas
/// count (not those taken over from another gemeente). Raw SQL has no tenant filter, so every query names the gemeente.
/// </summary>
public sealed class DashboardQueries(AppDbContext db)
{
    private sealed record AreaMonthRow(DateOnly Month, string Area, int Count);

    private sealed record MedianRow(DateOnly? Month, double MedianDays, int Decisions);

    private sealed record SignalRow(string Signal, int Count);

    public async Task<DashboardFigures> LoadAsync(Guid municipalityId, DateOnly from, DateOnly to, DateOnly today, CancellationToken cancellationToken)
    {
        var start = DutchTime.StartOfDay(from);
        var end = DutchTime.StartOfDay(to.AddDays(1));
        var perArea = await db.Database.SqlQuery<AreaMonthRow>($"""
            SELECT date_trunc('month', d.submitted_at AT TIME ZONE {DutchTime.TimeZoneId})::date AS month, p.name AS area, count(*)::int AS count
            FROM dilemmas d
            JOIN dilemma_policy_areas dp ON dp.dilemma_id = d.id
            JOIN policy_areas p ON p.id = dp.policy_area_id
            WHERE d.municipality_id = {municipalityId} AND d.source_id IS NULL AND d.submitted_at >= {start} AND d.submitted_at < {end}
            GROUP BY 1, 2
            """).ToListAsync(cancellationToken);

        // Submission to the first decision, for dilemmas first decided in the period: per month, and (the row without a
        // month, from the empty grouping set) over the whole period, in one pass.
        var medians = await db.Database.SqlQuery<MedianRow>($"""
            SELECT date_trunc('month', f.decided_at AT TIME ZONE {DutchTime.TimeZoneId})::date AS month,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.decided_at - f.submitted_at) / 86400) AS median_days,
                   count(*)::int AS decisions
            FROM (SELECT d.submitted_at, min(x.decided_at) AS decided_at
                  FROM dilemmas d JOIN decisions x ON x.dilemma_id = d.id
                  WHERE d.municipality_id = {municipalityId} AND d.source_id IS NULL AND d.submitted_at IS NOT NULL
                  GROUP BY d.id, d.submitted_at) f
            WHERE f.decided_at >= {start} AND f.decided_at < {end}
            GROUP BY GROUPING SETS ((1), ())
            """).ToListAsync(cancellationToken);
        var overall = medians.SingleOrDefault(m => m.Month is null);
        var perMonth = medians.Where(m => m.Month is not null).OrderBy(m => m.Month).ToList();

        // Agreements of decisions in force, due in the period.
        var due = from a in db.Agreements.IgnoreQueryFilters().AsNoTracking()
                  join x in db.Decisions.IgnoreQueryFilters() on a.DecisionId equals x.Id
                  join d in db.Dilemmas.IgnoreQueryFilters() on x.DilemmaId equals d.Id
                  where d.MunicipalityId == municipalityId && d.SourceId == null && x.SupersededAt == null && a.DueDate >= @from && a.DueDate <= to
                  select a;
        var statuses = await due.GroupBy(a => a.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        var overdue = await due.Where(Agreement.OverdueOn(today)).CountAsync(cancellationToken);

        var signals = await db.Database.SqlQuery<SignalRow>($"""
            SELECT s.signal, count(*)::int AS count
            FROM dilemmas d, unnest(d.risk_signals) AS s(signal)
            WHERE d.municipality_id = {municipalityId} AND d.source_id IS NULL AND d.submitted_at >= {start} AND d.submitted_at < {end}
            GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10
            """).ToListAsync(cancellationToken);

        var months = new List<DateOnly>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        return new DashboardFigures(
            from, to, months,
            [.. perArea.GroupBy(r => r.Area).OrderByDescending(g => g.Sum(r => r.Count)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)],
            perArea.ToDictionary(r => (r.Month, r.Area), r => r.Count),
            overall?.MedianDays, overall?.Decisions ?? 0,
            [.. perMonth.Select(m => (m.Month!.Value, m.MedianDays, m.Decisions))],
            statuses.GetValueOrDefault(AgreementStatus.Kept), statuses.GetValueOrDefault(AgreementStatus.NotKept),
            overdue, statuses.GetValueOrDefault(AgreementStatus.Open) - overdue,
            [.. signals.Select(s => (s.Signal, s.Count))]);
    }
}
