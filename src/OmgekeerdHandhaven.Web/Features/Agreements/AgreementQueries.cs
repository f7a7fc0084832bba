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
        var query = from agreement in db.Agreements.AsNoTracking()
                    join decision in db.Decisions on agreement.DecisionId equals decision.Id
                    join dilemma in db.Dilemmas on decision.DilemmaId equals dilemma.Id
                    // Agreements of a dilemma taken over from another gemeente are that gemeente's to follow up.
                    where decision.SupersededAt == null && dilemma.SourceId == null
                    select new { agreement, dilemma.Year, dilemma.Sequence, dilemma.Title };

        query = status switch
        {
            "open" => query.Where(x => x.agreement.Status == AgreementStatus.Open),
            "verlopen" => query.Where(x => x.agreement.Status == AgreementStatus.Open && x.agreement.DueDate < today),
            "nagekomen" => query.Where(x => x.agreement.Status == AgreementStatus.Kept),
            "niet-nagekomen" => query.Where(x => x.agreement.Status == AgreementStatus.NotKept),
            _ => query,
        };
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
