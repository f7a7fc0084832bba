using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Notifications;

/// <summary>The bell in the header: a link to Meldingen with the number that needs attention.</summary>
public sealed class NotificationBellViewComponent(AppDbContext db, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var actor = HttpContext.User.ToActor();
        var count = await db.BellCountAsync(actor.UserId, DutchTime.Today(clock), HttpContext.RequestAborted);
        return View("~/Features/Notifications/_Bell.cshtml", count);
    }
}
