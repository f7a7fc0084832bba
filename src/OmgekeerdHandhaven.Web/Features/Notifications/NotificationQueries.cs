using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Notifications;

public static class NotificationQueries
{
    /// <summary>The bell's number: unread meldingen plus open agreements this user answers for that are due within a week or overdue.</summary>
    public static async Task<int> BellCountAsync(this AppDbContext db, Guid userId, DateOnly today, CancellationToken cancellationToken)
    {
        var unread = await db.Notifications.CountAsync(n => n.RecipientId == userId && n.ReadAt == null, cancellationToken);
        return unread + await db.DueAgreements(userId, today).CountAsync(cancellationToken);
    }

    public static IQueryable<Agreement> DueAgreements(this AppDbContext db, Guid userId, DateOnly today)
    {
        var horizon = today.AddDays(Agreement.DueSoonDays);
        return from agreement in db.Agreements
               join decision in db.Decisions on agreement.DecisionId equals decision.Id
               where decision.SupersededAt == null && agreement.ResponsibleUserId == userId
                     && agreement.Status == AgreementStatus.Open && agreement.DueDate <= horizon
               select agreement;
    }
}
