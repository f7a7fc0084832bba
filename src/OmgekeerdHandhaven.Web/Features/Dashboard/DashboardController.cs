using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Infrastructure;

using Policies = OmgekeerdHandhaven.Web.Infrastructure.Security.Policies;

namespace OmgekeerdHandhaven.Web.Features.Dashboard;

/// <summary>Dashboard for team leads: how many dilemmas per domain, how fast decided, agreements kept, risk signals.</summary>
[Authorize(Policy = Policies.Dashboard)]
public sealed class DashboardController(DashboardQueries queries, ITenantContext tenant, TimeProvider clock) : Controller
{
    [HttpGet("/dashboard")]
    public async Task<IActionResult> Index([FromQuery(Name = "van")] string? fromText, [FromQuery(Name = "tot")] string? toText, CancellationToken cancellationToken)
    {
        var today = DutchTime.Today(clock);
        // Default: the last twelve whole months up to today. A period the user gets wrong is named, not guessed.
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var to = today;
        string? error = null;
        if (!string.IsNullOrWhiteSpace(fromText) || !string.IsNullOrWhiteSpace(toText))
        {
            if (!DutchTime.TryParseDate(fromText, out var parsedFrom) || !DutchTime.TryParseDate(toText, out var parsedTo))
            {
                error = "Vul Van en Tot in als datum, bijvoorbeeld 1-1-2026.";
            }
            else if (parsedTo < parsedFrom)
            {
                error = "Tot ligt vóór Van. Kies een periode waarin Van eerst komt.";
            }
            else if (parsedTo.DayNumber - parsedFrom.DayNumber > 3 * 366)
            {
                error = "Kies een periode van hoogstens drie jaar.";
            }
            else
            {
                (from, to) = (parsedFrom, parsedTo);
            }
        }

        var figures = await queries.LoadAsync(tenant.MunicipalityId!.Value, from, to, today, cancellationToken);
        return View(new DashboardViewModel(figures, error, fromText, toText));
    }
}
