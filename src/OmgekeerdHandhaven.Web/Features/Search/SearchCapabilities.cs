using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// How search may rank: whether the database has the rum index (looked up once per process; Search:UseRum = false
/// turns it off, so the path without rum stays tested) and from how many matches a search counts as broad.
/// </summary>
public sealed class SearchCapabilities(IConfiguration configuration)
{
    private bool? _rum;

    /// <summary>
    /// More matches than this and relevance ranking stops paying: a word in thousands of dilemmas says little about
    /// which one is meant, and ranking them all costs a read of every match. Such searches list decided dilemmas first,
    /// newest first, straight from an index (Search:BroadSearch, default 2 000).
    /// </summary>
    public int BroadSearch => configuration.GetValue("Search:BroadSearch", 2_000);

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
