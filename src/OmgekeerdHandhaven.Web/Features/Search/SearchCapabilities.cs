using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// Whether the database has the rum index (looked up once per process). Search:UseRum = false turns it off, so the
/// slower path without rum stays tested.
/// </summary>
public sealed class SearchCapabilities(IConfiguration configuration)
{
    private bool? _rum;

    public async Task<bool> UseRumAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Search:UseRum", defaultValue: true))
        {
            return false;
        }

        _rum ??= await db.Database.SqlQuery<bool>($"""
            SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'ix_dilemma_search_document_rum') AS "Value"
            """).SingleAsync(cancellationToken).ConfigureAwait(false);
        return _rum.Value;
    }
}
