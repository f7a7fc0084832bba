using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Privacy;

/// <summary>The gemeente's name and terms when a colleague reads it; the defaults for anyone else.</summary>
public sealed record PrivacyStatementView(string? Gemeente, RetentionTerms Terms);

/// <summary>
/// Privacyverklaring: what the register stores, why, for how long and who sees it — generated from the gemeente's
/// bewaartermijnen, so a privacy officer reads on one page what is kept. Open without an account, like the
/// toegankelijkheidsverklaring.
/// </summary>
[AllowAnonymous]
[AllowWithOneTimePassword]
[AllowBeforeSecondFactor]
public sealed class PrivacyController(AppDbContext db, ITenantContext tenant) : Controller
{
    [HttpGet("/privacyverklaring")]
    public async Task<IActionResult> Statement(CancellationToken cancellationToken)
    {
        var own = tenant.MunicipalityId is { } id
            ? await db.Municipalities.AsNoTracking().Where(m => m.Id == id).Select(m => new { m.Name, m.Retention }).SingleOrDefaultAsync(cancellationToken)
            : null;
        return View("~/Features/Privacy/Statement.cshtml", new PrivacyStatementView(own?.Name, own?.Retention ?? RetentionTerms.Default));
    }
}
