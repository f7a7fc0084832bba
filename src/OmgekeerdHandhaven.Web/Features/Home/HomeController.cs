using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Agreements;
using OmgekeerdHandhaven.Web.Features.Dilemmas;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Security;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.Web.Features.Home;

public sealed class HomeController(AppDbContext db, TimeProvider clock) : Controller
{

    /// <summary>Mijn werk: what needs this user's attention, by role.</summary>
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var today = DutchTime.Today(clock);
        var mine = db.Dilemmas.AsNoTracking().Where(d => d.AuthorId == actor.UserId);

        var drafts = await mine.Where(d => d.Status == DilemmaStatus.Draft).OrderByDescending(d => d.UpdatedAt).Take(20).ToItemsAsync(cancellationToken);
        var returned = await mine.Where(d => d.Status == DilemmaStatus.ReturnedToAuthor).OrderByDescending(d => d.UpdatedAt).Take(20).ToItemsAsync(cancellationToken);
        var awaiting = actor.IsBeslisser
            ? await db.Dilemmas.AsNoTracking().Where(d => d.Status == DilemmaStatus.UnderDiscussion).OrderBy(d => d.SubmittedAt).Take(20).ToItemsAsync(cancellationToken)
            : [];

        // Everyone sees all open agreements they are responsible for (overdue first, then by deadline) — the decision
        // form promises that; a beslisser also follows up the team's agreements that are due soon or overdue.
        var myAgreements = await db.ListAsync(today, "open", actor.UserId, 200, cancellationToken);
        var myAgreementIds = myAgreements.Select(a => a.Id).ToHashSet();
        var teamDue = actor.IsBeslisser
            ? [.. (await db.ListAsync(today, "open", null, 200, cancellationToken)).Where(a => a.DueDate <= today.AddDays(Agreement.DueSoonDays) && !myAgreementIds.Contains(a.Id))]
            : new List<AgreementListItem>();

        // From the newest current decisions (an index read), not by ranking every decided dilemma of the gemeente.
        var newest = db.Decisions.AsNoTracking().Where(x => x.SupersededAt == null).OrderByDescending(x => x.DecidedAt).Take(5).Select(x => x.DilemmaId);
        var recent = await db.Dilemmas.AsNoTracking().Where(d => d.Status == DilemmaStatus.Decided && newest.Contains(d.Id))
            .OrderByDescending(d => d.Decisions.Where(x => x.SupersededAt == null).Max(x => x.DecidedAt)).ToItemsAsync(cancellationToken);

        return View(new MyWorkViewModel(
            User.FindFirstValue(TenantClaimTypes.DisplayName) ?? string.Empty,
            User.FindFirstValue(TenantClaimTypes.MunicipalityName) ?? string.Empty,
            [.. User.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal)],
            actor.IsBeslisser,
            actor.IsHandhaver || actor.IsConsulent,
            drafts, returned, awaiting, myAgreements, teamDue, recent));
    }
}
