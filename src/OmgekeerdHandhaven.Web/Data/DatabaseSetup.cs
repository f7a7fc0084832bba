using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data.Search;

namespace OmgekeerdHandhaven.Web.Data;

/// <summary>Brings a database up to date: the migrations, then the search language data they cannot carry.</summary>
public static class DatabaseSetup
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var db = services.GetRequiredService<AppDbContext>();

        // Some migrations rebuild every search document: minutes at a million dilemmas, not the 30 s of a request.
        db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
        await db.Database.MigrateAsync(cancellationToken);
        await services.GetRequiredService<SearchLanguageSetup>().EnsureAsync(cancellationToken);
    }
}
