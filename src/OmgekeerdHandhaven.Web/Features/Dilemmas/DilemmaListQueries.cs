using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Shared;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

public static class DilemmaListQueries
{
    /// <summary>Dilemmas this actor may see (others' concepts never), newest first, one page, with a fixed number of queries.</summary>
    public static async Task<(List<DilemmaListItem> Items, int Total)> ListAsync(
        this AppDbContext db, Actor actor, DilemmaListFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.Dilemmas.AsNoTracking().Where(d => d.Status != DilemmaStatus.Draft || d.AuthorId == actor.UserId);
        if (filter.Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }

        if (filter.Phase is { } phase)
        {
            query = query.Where(d => d.Phase == phase);
        }

        if (filter.PolicyAreaId is { } areaId)
        {
            query = query.Where(d => d.PolicyAreas.Any(p => p.Id == areaId));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Year).ThenByDescending(d => d.Sequence)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToItemsAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>Projects an ordered, paged query to list items in one SQL statement.</summary>
    public static async Task<List<DilemmaListItem>> ToItemsAsync(this IQueryable<Dilemma> query, CancellationToken cancellationToken)
    {
        var rows = await query
            .Select(d => new
            {
                d.Year, d.Sequence, d.Title, d.Status, d.Phase, d.UpdatedAt,
                Areas = d.PolicyAreas.OrderBy(p => p.SortOrder).Select(p => p.Name).ToList(),
                DecidedAt = d.Decisions.Where(x => x.SupersededAt == null).Select(x => (DateTimeOffset?)x.DecidedAt).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new DilemmaListItem(new DilemmaNumber(r.Year, r.Sequence).ToString(), r.Title, r.Status, r.Phase, r.Areas, r.UpdatedAt, r.DecidedAt))];
    }
}
