using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Features.Search;

namespace OmgekeerdHandhaven.Web.Data;

/// <summary>Brings a database up to date: the migrations, then the search language data they cannot carry.</summary>
public static class DatabaseSetup
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await services.GetRequiredService<AppDbContext>().Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        await services.GetRequiredService<SearchLanguageSetup>().EnsureAsync(cancellationToken).ConfigureAwait(false);
    }
}
