using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// How search may rank: whether the database has the rum index (looked up once per process; Search:UseRum = false
/// turns it off, so the path without rum stays tested), from how many matches a search counts as broad, and how large
/// the sample is that counts a broad search.
/// </summary>
public sealed class SearchCapabilities(IConfiguration configuration, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, (double? Percent, DateTimeOffset At)> _samplePercents = new();

    private bool? _rum;

    /// <summary>
    /// More matches than this and relevance ranking stops paying: a word in thousands of dilemmas says little about
    /// which one is meant, and ranking them all costs a read of every match. Such searches list decided dilemmas first,
    /// newest first, straight from an index (Search:BroadSearch, default 2 000).
    /// </summary>
    public int BroadSearch => configuration.GetValue("Search:BroadSearch", 2_000);

    /// <summary>
    /// A broad search is counted in a sample of about this many of the gemeente's dilemmas (Search:SampleRows): enough
    /// for totals and facet counts within a few percent, few enough to read in milliseconds at a million dilemmas.
    /// </summary>
    public int SampleRows => configuration.GetValue("Search:SampleRows", 3_000);

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

    /// <summary>
    /// Which percentage of dilemma_search holds about <see cref="SampleRows"/> of this gemeente's dilemmas, from
    /// PostgreSQL's own statistics (the table's size and the gemeente's share of it); remembered for ten minutes, as the
    /// statistics change only when PostgreSQL analyses the table. Null when a sample would not be much smaller than
    /// counting every match, or the statistics do not know the gemeente yet (a small or new one).
    /// </summary>
    public async Task<double?> SamplePercentAsync(AppDbContext db, Guid municipalityId, CancellationToken cancellationToken)
    {
        // A fixed percentage (Search:SamplePercent) takes the statistics out of the choice: for tests, or to tune.
        if (configuration.GetValue<double?>("Search:SamplePercent") is { } fixedPercent)
        {
            return fixedPercent;
        }

        var now = _clock.GetUtcNow();
        if (_samplePercents.TryGetValue(municipalityId, out var known) && now - known.At < TimeSpan.FromMinutes(10))
        {
            return known.Percent;
        }

        var percent = await db.Database.SqlQuery<double?>($"""
            SELECT 100.0 * {SampleRows} / nullif(c.reltuples * coalesce((
                SELECT m.freq FROM pg_stats st, unnest(st.most_common_vals::text::uuid[], st.most_common_freqs) AS m (value, freq)
                WHERE st.schemaname = current_schema() AND st.tablename = 'dilemma_search' AND st.attname = 'municipality_id' AND m.value = {municipalityId}), 0), 0) AS "Value"
            FROM pg_class c WHERE c.oid = 'dilemma_search'::regclass
            """).SingleAsync(cancellationToken).ConfigureAwait(false);
        percent = percent is > 0 and <= 25 ? percent : null;
        _samplePercents[municipalityId] = (percent, now);
        return percent;
    }
}
