using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.Notifications;

/// <summary>What a colleague does with their own meldingen.</summary>
public sealed class NotificationActions(AppDbContext db, UnitOfWork work, TimeProvider clock)
{
    /// <summary>Done: how many were unread.</summary>
    public Task<Outcome<int>> MarkAllReadAsync(Actor actor, CancellationToken cancellationToken) =>
        work.SaveAsync(input: null, async () =>
        {
            var now = clock.GetUtcNow();
            var unread = await db.Notifications.Where(n => n.RecipientId == actor.UserId && n.ReadAt == null).ToListAsync(cancellationToken);
            unread.ForEach(n => n.MarkRead(now));
            return unread.Count;
        }, "Er kwamen intussen meldingen bij. Bekijk ze en probeer het opnieuw.", cancellationToken);
}
