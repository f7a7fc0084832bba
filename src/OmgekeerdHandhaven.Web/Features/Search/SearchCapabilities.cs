using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// How search may rank: whether the database has the rum index (looked up once per process; Search:UseRum = false
/// turns it off, so the path without rum stays tested), from how many matches a search counts as broad, and how large
/// the sample is that counts a broad search.
/// </summary>
public sealed class SearchCapabilities(IOptions<SearchOptions> options, TimeProvider? clock = null)
{
    private readonly SearchOptions _options = options.Value;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, (SearchSample? Sample, DateTimeOffset At)> _samples = new();

    // A reference, so a search on another thread sees the old list or the new one, never half of each.
    private CommonLexemes? _commonLexemes;

    private bool? _rum;

    /// <summary>How long what is read from the statistics and the register's size is used before it is read again.</summary>
    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(10);

    /// <inheritdoc cref="SearchOptions.BroadSearch"/>
    public int BroadSearch => _options.BroadSearch;

    /// <inheritdoc cref="SearchOptions.SampleRows"/>
    public int SampleRows => _options.SampleRows;

    public async Task<bool> UseRumAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (!_options.UseRum)
        {
            return false;
        }

        _rum ??= await db.Database.SqlQuery<bool>($"""
            SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'ix_dilemma_search_document_rum') AS "Value"
            """).SingleAsync(cancellationToken);
        return _rum.Value;
    }

    /// <summary>
    /// The share of all documents that hold each of the commonest lexemes, from PostgreSQL's own statistics of
    /// dilemma_search (most_common_elems, kept by ANALYZE), read once per ten minutes; empty before the first ANALYZE.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, double>> CommonLexemesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        if (_commonLexemes is { } known && now - known.At < Kept)
        {
            return known.Shares;
        }

        // most_common_elem_freqs carries three more numbers than there are elements (minimum, maximum, nulls): unnest
        // pairs those with a NULL element.
        var rows = await db.Database.SqlQuery<LexemeShare>($"""
            SELECT f.lexeme, f.share FROM pg_stats st, unnest(st.most_common_elems::text::text[], st.most_common_elem_freqs) AS f (lexeme, share)
            WHERE st.tablename = 'dilemma_search' AND st.attname = 'document' AND f.lexeme IS NOT NULL
            """).ToListAsync(cancellationToken);
        var shares = rows.DistinctBy(r => r.Lexeme).ToDictionary(r => r.Lexeme, r => (double)r.Share, StringComparer.Ordinal);
        _commonLexemes = new CommonLexemes(shares, now);
        return shares;
    }

    private sealed record CommonLexemes(IReadOnlyDictionary<string, double> Shares, DateTimeOffset At);

    private sealed record LexemeShare(string Lexeme, float Share);

    /// <summary>
    /// The sample that counts a broad search in this gemeente: which percentage of dilemma_search's pages holds about
    /// <see cref="SampleRows"/> of its dilemmas, and how many dilemmas one sampled row stands for (the gemeente's
    /// dilemmas divided by those in the sample, so a sample that happened to catch more or fewer rows than expected
    /// does not shift every estimate). Both are counted once per ten minutes: they move only as the register grows.
    /// Null when a sample would not be much smaller than counting every match (a gemeente below about four times
    /// SampleRows dilemmas, or one with a small share of a large register). Search:SamplePercent fixes the percentage
    /// (for tests, or to tune).
    /// </summary>
    /// <remarks>
    /// The sample comes with a coarse one of a quarter of its pages (the same seed, so a subset of them): a search that
    /// matches a large part of the register is estimated well enough from that (see <see cref="SearchSample.CoarseEnough"/>), at a
    /// quarter of the cost — and such searches are the ones with the most sampled matches to count.
    /// </remarks>
    public async Task<SearchSample?> SampleAsync(AppDbContext db, Guid municipalityId, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        if (_samples.TryGetValue(municipalityId, out var known) && now - known.At < Kept)
        {
            return known.Sample;
        }

        var dilemmas = await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM dilemma_search WHERE municipality_id = {municipalityId}")
            .SingleAsync(cancellationToken);
        var table = await db.Database.SqlQuery<double>($"SELECT greatest(reltuples, 0)::float8 AS \"Value\" FROM pg_class WHERE oid = 'dilemma_search'::regclass")
            .SingleAsync(cancellationToken);
        // The sample reads that percentage of the whole table: a gemeente with a small share of a large register would
        // read many other gemeenten's rows for its few, so then it counts exactly.
        var fixedPercent = _options.SamplePercent;
        var percent = fixedPercent ?? (dilemmas == 0 ? 100 : 100.0 * SampleRows / dilemmas);
        SearchSample? sample = null;
        if (fixedPercent is not null || (percent <= 25 && percent / 100 * table <= 10 * SampleRows))
        {
            async Task<SearchSample?> SizedAsync(double at, SearchSample? coarse)
            {
                var candidate = new SearchSample(at, Scale: 1, dilemmas, coarse);
                var sql = $"SELECT count(*) AS \"Value\" FROM dilemma_search {candidate.Clause} WHERE municipality_id = @municipality";
                var sampled = await db.Database.SqlQueryRaw<long>(sql, new Npgsql.NpgsqlParameter("municipality", municipalityId))
                    .SingleAsync(cancellationToken);
                return sampled == 0 ? null : candidate with { Scale = (double)dilemmas / sampled };
            }

            var coarse = fixedPercent is null ? await SizedAsync(percent / 4, coarse: null) : null;
            sample = await SizedAsync(percent, coarse);
        }

        _samples[municipalityId] = (sample, now);
        return sample;
    }
}

/// <summary>
/// A sample of dilemma_search: its percentage of the table's pages, how many dilemmas one sampled row stands for, how
/// many dilemmas the gemeente has, and a coarser sample of a quarter of its pages (null for the coarse one itself).
/// </summary>
public sealed record SearchSample(double Percent, double Scale, long Dilemmas, SearchSample? Coarse = null)
{
    /// <summary>
    /// Matches in the coarse sample from which its estimate is good enough: 400 sampled matches put a total within
    /// about 5 % (1 / √400), and they occur only for searches that match about an eighth of the register or more.
    /// </summary>
    public const int CoarseEnough = 400;

    /// <summary>
    /// The coarse sample, if it may be enough for a search expected to match this share of the gemeente: it must hold
    /// <see cref="CoarseEnough"/> matches, and a search that will not (most do not: it takes about half the gemeente
    /// at 100 000 dilemmas) skips it rather than count twice. The expectation is rough (PostgreSQL's statistics of the
    /// commonest words, as if they occurred independently); a search just below the need loses little by skipping.
    /// </summary>
    public SearchSample? CoarseFor(double expectedShare) =>
        Coarse is { } coarse && expectedShare * Dilemmas / coarse.Scale >= CoarseEnough ? coarse : null;

    /// <summary>
    /// The share of documents a query is expected to match, from the shares of its lexemes (those PostgreSQL counts
    /// among the commonest; any other counts as rare, 0), combined as if independent: AND and phrases multiply, OR
    /// adds what the other misses, NOT takes the rest. Only to choose how to count, never shown.
    /// </summary>
    public static double ExpectedShare(NpgsqlTypes.NpgsqlTsQuery? query, IReadOnlyDictionary<string, double> lexemeShares) => query switch
    {
        null => 1,
        NpgsqlTypes.NpgsqlTsQueryLexeme lexeme => lexemeShares.GetValueOrDefault(lexeme.Text),
        NpgsqlTypes.NpgsqlTsQueryNot not => 1 - ExpectedShare(not.Child, lexemeShares),
        NpgsqlTypes.NpgsqlTsQueryOr or => 1 - ((1 - ExpectedShare(or.Left, lexemeShares)) * (1 - ExpectedShare(or.Right, lexemeShares))),
        NpgsqlTypes.NpgsqlTsQueryBinOp both => ExpectedShare(both.Left, lexemeShares) * ExpectedShare(both.Right, lexemeShares),
        _ => 0,
    };

    /// <summary>
    /// The most a query can match, as a share, from the same shares: words together or in a phrase no more than the
    /// rarest of them (words of one subject occur together, so the product of <see cref="ExpectedShare"/> can be far
    /// too low: "kamer verhuren student" with bijstand matched 4 600 of 100 000, not 60), either of two words no more
    /// than both, an excluded word leaves up to everything. A word outside the commonest counts as rare (0).
    /// </summary>
    public static double UpperShare(NpgsqlTypes.NpgsqlTsQuery? query, IReadOnlyDictionary<string, double> lexemeShares) => query switch
    {
        null => 1,
        NpgsqlTypes.NpgsqlTsQueryLexeme lexeme => lexemeShares.GetValueOrDefault(lexeme.Text),
        NpgsqlTypes.NpgsqlTsQueryNot => 1,
        NpgsqlTypes.NpgsqlTsQueryOr or => Math.Min(1, UpperShare(or.Left, lexemeShares) + UpperShare(or.Right, lexemeShares)),
        NpgsqlTypes.NpgsqlTsQueryBinOp both => Math.Min(UpperShare(both.Left, lexemeShares), UpperShare(both.Right, lexemeShares)),
        _ => 0,
    };

    /// <summary>The TABLESAMPLE clause; REPEATABLE keeps it the same pages every time, so the numbers hold still.</summary>
    public string Clause => $"TABLESAMPLE SYSTEM ({Percent.ToString(System.Globalization.CultureInfo.InvariantCulture)}) REPEATABLE (0)";
}
