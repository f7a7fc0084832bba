using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Agreements;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Notifications;

/// <summary>Meldingen: what happened to my dilemmas, what awaits my decision, and my agreements that are due.</summary>
public sealed class NotificationsController(AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("/meldingen")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var today = DutchTime.Today(clock);
        var notifications = await db.Notifications.AsNoTracking().Where(n => n.RecipientId == actor.UserId)
            .OrderBy(n => n.ReadAt != null).ThenByDescending(n => n.CreatedAt).Take(50).ToListAsync(cancellationToken);
        var due = (await db.ListAsync(today, "open", actor.UserId, 200, cancellationToken))
            .Where(a => a.DueDate <= today.AddDays(Agreement.DueSoonDays)).ToList();
        return View(new NotificationsViewModel(notifications, due));
    }

    /// <summary>A POST, not a side effect of viewing: reading the list changes nothing until the user says so.</summary>
    [HttpPost("/meldingen/gelezen")]
    public async Task<IActionResult> MarkAllRead([FromServices] NotificationActions actions, CancellationToken cancellationToken) =>
        this.Answer(await actions.MarkAllReadAsync(User.ToActor(), cancellationToken), _ =>
        {
            TempData["Melding"] = "Alle meldingen zijn als gelezen gemarkeerd.";
            return Redirect("/meldingen");
        });
}
