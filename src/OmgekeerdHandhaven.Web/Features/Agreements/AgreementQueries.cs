using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Shared;

namespace OmgekeerdHandhaven.Web.Features.Agreements;

public static class AgreementQueries
{
    /// <summary>Agreements of decisions in force, with their dilemma, ordered by deadline. Filters: status word and "mine".</summary>
    public static async Task<List<AgreementListItem>> ListAsync(
        this AppDbContext db, DateOnly today, string? status, Guid? responsibleUserId, int limit, CancellationToken cancellationToken)
    {
        var agreements = status switch
        {
            "open" => db.Agreements.Where(a => a.Status == AgreementStatus.Open),
            "verlopen" => db.Agreements.Where(Agreement.OverdueOn(today)),
            "nagekomen" => db.Agreements.Where(a => a.Status == AgreementStatus.Kept),
            "niet-nagekomen" => db.Agreements.Where(a => a.Status == AgreementStatus.NotKept),
            _ => db.Agreements,
        };
        var query = from agreement in agreements.AsNoTracking()
                    join decision in db.Decisions on agreement.DecisionId equals decision.Id
                    join dilemma in db.Dilemmas on decision.DilemmaId equals dilemma.Id
                    // Agreements of a dilemma taken over from another gemeente are that gemeente's to follow up.
                    where decision.SupersededAt == null && dilemma.SourceId == null
                    select new { agreement, dilemma.Year, dilemma.Sequence, dilemma.Title };

        if (responsibleUserId is { } userId)
        {
            query = query.Where(x => x.agreement.ResponsibleUserId == userId);
        }

        var rows = await query.OrderBy(x => x.agreement.DueDate).ThenBy(x => x.Year).ThenBy(x => x.Sequence).Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(x => new AgreementListItem(
            x.agreement.Id, x.agreement.Description, x.agreement.Responsible, x.agreement.DueDate, x.agreement.Status, x.agreement.StatusNote,
            x.agreement.IsOverdue(today), new DilemmaNumber(x.Year, x.Sequence).ToString(), x.Title))];
    }
}
