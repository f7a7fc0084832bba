using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure;

namespace OmgekeerdHandhaven.Web.Features.Decisions;

public static class AgreementTermsBuilder
{
    /// <summary>
    /// Validated agreement forms as domain terms. A responsible party that matches exactly one active colleague's name
    /// is linked to that colleague, so the agreement shows in their Mijn werk and bell; anything else is an outside party.
    /// </summary>
    public static async Task<List<AgreementTerms>> BuildAsync(AppDbContext db, IEnumerable<AgreementForm> agreements, CancellationToken cancellationToken)
    {
        var colleagues = await db.Users.AsNoTracking().Where(u => u.IsActive)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        return [.. agreements.Select(a =>
        {
            _ = DutchTime.TryParseDate(a.DueDate, out var due); // validated before
            var matches = colleagues.Where(c => string.Equals(c.DisplayName, a.Responsible.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            return new AgreementTerms(a.Description, a.Responsible, matches.Count == 1 ? matches[0].Id : null, due, a.Fallback);
        })];
    }
}
