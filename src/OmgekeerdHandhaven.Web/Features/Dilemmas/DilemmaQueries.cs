using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

public static class DilemmaQueries
{
    /// <summary>
    /// A dilemma of the current gemeente (tenant filter) that this actor may see; null for anything else, which the
    /// caller answers with 404 — another gemeente's dilemma and someone else's Concept look the same as a missing one.
    /// </summary>
    public static async Task<Dilemma?> FindVisibleAsync(this AppDbContext db, string number, Actor actor, CancellationToken cancellationToken)
    {
        if (!DilemmaNumber.TryParse(number, out var parsed))
        {
            return null;
        }

        // Revisions are loaded because the next edit numbers its revision after them.
        var dilemma = await db.Dilemmas
            .Include(d => d.PolicyAreas)
            .Include(d => d.Decisions).ThenInclude(x => x.Agreements)
            .Include(d => d.Revisions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Year == parsed.Year && d.Sequence == parsed.Sequence, cancellationToken);
        return dilemma is not null && dilemma.IsVisibleTo(actor) ? dilemma : null;
    }

    /// <summary>The dilemmas with these numbers (of the current gemeente), in one query; the caller puts them in order.</summary>
    public static IQueryable<Dilemma> WithNumbers(this IQueryable<Dilemma> dilemmas, IReadOnlyCollection<DilemmaNumber> numbers)
    {
        // One comparable key per number, so the database can match all pairs in one IN list.
        var keys = numbers.Select(Key).ToList();
        return dilemmas.Where(d => keys.Contains((d.Year * 100_000) + d.Sequence));
    }

    public static int Key(DilemmaNumber number) => (number.Year * 100_000) + number.Sequence;

    /// <summary>
    /// The gemeente's domains in Beheer's order: all of them (search filters: old dilemmas keep deactivated ones), or,
    /// for a form, the active ones plus those in <paramref name="kept"/> (the domains of the dilemma being edited).
    /// </summary>
    public static Task<List<PolicyAreaChoice>> PolicyAreaChoicesAsync(this AppDbContext db, CancellationToken cancellationToken, IReadOnlyCollection<Guid>? kept = null)
    {
        var areas = db.PolicyAreas.AsNoTracking();
        if (kept is not null)
        {
            areas = areas.Where(p => p.IsActive || kept.Contains(p.Id));
        }

        return areas.OrderBy(p => p.SortOrder).ThenBy(p => p.Name).Select(p => new PolicyAreaChoice(p.Id, p.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// What the dilemma form offers: the active entries of both lists in Beheer's order, plus a deactivated domain the
    /// dilemma being edited already has (so an edit does not drop it).
    /// </summary>
    public static async Task<DilemmaFormChoices> FormChoicesAsync(this AppDbContext db, CancellationToken cancellationToken, Dilemma? current = null)
    {
        var areas = await db.PolicyAreaChoicesAsync(cancellationToken, [.. current?.PolicyAreas.Select(p => p.Id) ?? []]);
        var signals = await db.RiskSignals.AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.SortOrder).ThenBy(r => r.Name)
            .Select(r => r.Name).ToListAsync(cancellationToken);
        return new DilemmaFormChoices(areas, signals);
    }
}
