using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.Web.Infrastructure.Privacy;

/// <summary>The display names of the gemeente's colleagues, which the privacy guard lets through (staff, not clients).</summary>
public interface IColleagueNames
{
    Task<IReadOnlyCollection<string>> AllAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Read once per request: a form has many free-text fields, each checked. Former colleagues count too, so an
/// afspraak that names one can still be edited; anonymised accounts ("Voormalig medewerker") name nobody.
/// </summary>
public sealed class ColleagueNames(AppDbContext db) : IColleagueNames
{
    private IReadOnlyCollection<string>? names;

    public async Task<IReadOnlyCollection<string>> AllAsync(CancellationToken cancellationToken) =>
        names ??= await db.Users.AsNoTracking().Select(u => u.DisplayName).Where(n => n != "").Distinct().ToListAsync(cancellationToken);
}
