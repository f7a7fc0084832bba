using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Api;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// Search over the dilemmas this user may see, shared by Zoeken and the API: PostgreSQL full-text search with a Dutch
/// configuration (stemming, accents folded) over the weighted document in dilemma_search, which also carries the parts
/// of compounds; the query is widened with the gemeente's synonyms and with compounds written apart.
/// </summary>
public sealed partial class DilemmaSearch(AppDbContext db, ITenantContext tenant)
{
    private const string HeadlineOptions = "StartSel=\uE000, StopSel=\uE001, MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

    private readonly Dictionary<string, NpgsqlTsQuery> _queries = new(StringComparer.Ordinal);

    public async Task<(IReadOnlyList<SearchHit> Hits, int Total)> SearchAsync(Actor actor, SearchQuery query, CancellationToken cancellationToken)
    {
        var tsQuery = await TsQueryAsync(query.Text, cancellationToken).ConfigureAwait(false);
        var dilemmas = Filtered(actor, query, tsQuery, except: null);

        // Decided dilemmas with a solution rank above open ones when relevance is close.
        var ranked = tsQuery is null
            ? dilemmas.Select(d => new { Dilemma = d, Rank = 0.0 })
            : from d in dilemmas
              join s in db.DilemmaSearch on d.Id equals s.DilemmaId
              select new { Dilemma = d, Rank = (double)s.Document.RankCoverDensity(tsQuery) * (d.Status == DilemmaStatus.Decided ? 1.5 : 1.0) };

        var total = await ranked.CountAsync(cancellationToken).ConfigureAwait(false);
        var ordered = query.Newest || tsQuery is null
            ? ranked.OrderByDescending(x => x.Dilemma.UpdatedAt).ThenBy(x => x.Dilemma.Id)
            : ranked.OrderByDescending(x => x.Rank).ThenByDescending(x => x.Dilemma.UpdatedAt).ThenBy(x => x.Dilemma.Id);
        var rows = await ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(x => new
            {
                x.Dilemma.Id, x.Dilemma.Year, x.Dilemma.Sequence, x.Dilemma.Title, x.Dilemma.Status, x.Dilemma.Situation, x.Rank,
                Areas = x.Dilemma.PolicyAreas.OrderBy(p => p.SortOrder).Select(p => p.Name).ToList(),
                DecidedAt = x.Dilemma.Decisions.Where(d => d.SupersededAt == null).Select(d => (DateTimeOffset?)d.DecidedAt).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var headlines = tsQuery is null || rows.Count == 0
            ? new Dictionary<Guid, string>()
            : await HeadlinesAsync([.. rows.Select(r => r.Id)], tsQuery, cancellationToken).ConfigureAwait(false);
        return ([.. rows.Select(r => new SearchHit(new DilemmaNumber(r.Year, r.Sequence), r.Title, r.Status,
            headlines.TryGetValue(r.Id, out var headline) ? Snippets.FromHeadline(headline) : Snippets.Make(r.Situation, []),
            r.Areas, r.DecidedAt, Math.Round(r.Rank, 4)))], total);
    }

    /// <summary>
    /// What the Zoekterm means for this gemeente (websearch syntax, synonyms, compounds; dilemma_tsquery in the
    /// database), computed once per request and then passed to every query as a value.
    /// </summary>
    private async Task<NpgsqlTsQuery?> TsQueryAsync(string? text, CancellationToken cancellationToken)
    {
        if (text is null)
        {
            return null;
        }

        if (!_queries.TryGetValue(text, out var tsQuery))
        {
            var municipalityId = tenant.MunicipalityId ?? throw new InvalidOperationException("Search needs a gemeente.");
            tsQuery = await db.Database.SqlQuery<NpgsqlTsQuery>($"SELECT dilemma_tsquery({municipalityId}, {text}) AS \"Value\"")
                .SingleAsync(cancellationToken).ConfigureAwait(false);
            _queries[text] = tsQuery;
        }

        return tsQuery;
    }

    /// <summary>
    /// ts_headline only for the rows shown: it re-reads and re-parses the text, too costly for every match. The text goes
    /// in HTML-encoded because ts_headline drops anything that looks like a tag, and the user's words must stay as written.
    /// </summary>
    private async Task<Dictionary<Guid, string>> HeadlinesAsync(Guid[] ids, NpgsqlTsQuery tsQuery, CancellationToken cancellationToken)
    {
        // The query goes in as an explicit tsquery parameter: its runtime type (NpgsqlTsQueryOr, …) has no mapping of its own.
        var query = new NpgsqlParameter("query", NpgsqlDbType.TsQuery) { Value = AnyWordOf(tsQuery) };
        var rows = await db.Database.SqlQuery<Headline>($"""
            SELECT d.id AS "Id", ts_headline('dutch_unaccent', replace(replace(replace(translate(d.situation || E'\n' || coalesce(x.solution, ''), U&'\E000\E001', ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), {query}, {HeadlineOptions}) AS "Text"
            FROM dilemmas d LEFT JOIN decisions x ON x.dilemma_id = d.id AND x.superseded_at IS NULL
            WHERE d.id = ANY ({ids})
            """).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Id, r => r.Text);
    }

    private sealed record Headline(Guid Id, string Text);

    /// <summary>
    /// The query's words joined with OR: ts_headline marks words only inside a stretch that satisfies the whole query,
    /// and a hit may have matched in the title or a comment, not in the text shown. Excluded words (-woord) stay out.
    /// </summary>
    private static NpgsqlTsQuery AnyWordOf(NpgsqlTsQuery query)
    {
        var lexemes = new List<NpgsqlTsQueryLexeme>();
        Collect(query);
        return lexemes.Count == 0 ? query : lexemes.Skip(1).Aggregate((NpgsqlTsQuery)lexemes[0], (any, lexeme) => new NpgsqlTsQueryOr(any, lexeme));

        void Collect(NpgsqlTsQuery node)
        {
            switch (node)
            {
                case NpgsqlTsQueryLexeme lexeme:
                    lexemes.Add(lexeme);
                    break;
                case NpgsqlTsQueryBinOp binary:
                    Collect(binary.Left);
                    Collect(binary.Right);
                    break;
            }
        }
    }

    /// <summary>
    /// Up to five dilemmas most like the given text (title and situation or question), the dilemma itself excluded:
    /// its words joined with OR, ranked by how much of them each document holds, decided ones first when close.
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> SimilarAsync(Actor actor, string? title, string? text, Guid? exclude, CancellationToken cancellationToken)
    {
        var words = WordPattern().Matches($"{title} {title} {text}")
            .Select(m => m.Value.ToLowerInvariant())
            .Where(w => w.Length >= 4)
            .Distinct()
            .Take(40)
            .ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var orQuery = string.Join(" OR ", words);
        var rows = await (from d in Filtered(actor, new SearchQuery(null, null, null, null, null, false, false, 1, 5), tsQuery: null, except: null)
                          join s in db.DilemmaSearch on d.Id equals s.DilemmaId
                          let tsQuery = EF.Functions.WebSearchToTsQuery(DilemmaSearchDocument.TextSearchConfiguration, orQuery)
                          where d.Id != exclude && s.Document.Matches(tsQuery)
                          let rank = (double)s.Document.Rank(tsQuery) * (d.Status == DilemmaStatus.Decided ? 1.5 : 1.0)
                          orderby rank descending
                          select new
                          {
                              d.Year, d.Sequence, d.Title, d.Status, d.Situation, Rank = rank,
                              Areas = d.PolicyAreas.OrderBy(p => p.SortOrder).Select(p => p.Name).ToList(),
                              DecidedAt = d.Decisions.Where(x => x.SupersededAt == null).Select(x => (DateTimeOffset?)x.DecidedAt).FirstOrDefault(),
                          })
            .Take(5).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new SearchHit(new DilemmaNumber(r.Year, r.Sequence), r.Title, r.Status, Snippets.Make(r.Situation, []), r.Areas, r.DecidedAt, Math.Round(r.Rank, 4)))];
    }

    /// <summary>Counts per filter value for the current search; each facet ignores its own filter so the user can switch.</summary>
    public async Task<SearchFacets> FacetsAsync(Actor actor, SearchQuery query, CancellationToken cancellationToken)
    {
        var tsQuery = await TsQueryAsync(query.Text, cancellationToken).ConfigureAwait(false);
        var areas = await Filtered(actor, query, tsQuery, except: nameof(SearchQuery.PolicyArea)).SelectMany(d => d.PolicyAreas)
            .GroupBy(p => p.Name).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);
        var statuses = await Filtered(actor, query, tsQuery, except: nameof(SearchQuery.Status))
            .GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key.ToString(), g => g.Count, cancellationToken).ConfigureAwait(false);
        var phases = await Filtered(actor, query, tsQuery, except: nameof(SearchQuery.Phase))
            .GroupBy(d => d.Phase).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key.ToString(), g => g.Count, cancellationToken).ConfigureAwait(false);
        var years = await Filtered(actor, query, tsQuery, except: nameof(SearchQuery.Year))
            .GroupBy(d => d.Year).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);
        return new SearchFacets(areas, statuses, phases, years);
    }

    /// <summary>Visible dilemmas that match the text and every filter except <paramref name="except"/>.</summary>
    private IQueryable<Dilemma> Filtered(Actor actor, SearchQuery query, NpgsqlTsQuery? tsQuery, string? except)
    {
        var dilemmas = db.Dilemmas.AsNoTracking().Where(d => d.Status != DilemmaStatus.Draft || d.AuthorId == actor.UserId);
        if (tsQuery is not null)
        {
            dilemmas = dilemmas.Where(d => db.DilemmaSearch.Any(s => s.DilemmaId == d.Id && s.Document.Matches(tsQuery)));
        }

        if (except != nameof(SearchQuery.Status) && query.Status is { } status)
        {
            dilemmas = dilemmas.Where(d => d.Status == status);
        }

        if (except != nameof(SearchQuery.Phase) && query.Phase is { } phase)
        {
            dilemmas = dilemmas.Where(d => d.Phase == phase);
        }

        if (except != nameof(SearchQuery.PolicyArea) && query.PolicyArea is { } area)
        {
            dilemmas = dilemmas.Where(d => d.PolicyAreas.Any(p => p.Name == area));
        }

        if (except != nameof(SearchQuery.Year) && query.Year is { } year)
        {
            dilemmas = dilemmas.Where(d => d.Year == year);
        }

        if (query.DecidedOnly)
        {
            dilemmas = dilemmas.Where(d => d.Status == DilemmaStatus.Decided);
        }

        return dilemmas;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}[\p{L}\-]*")]
    private static partial System.Text.RegularExpressions.Regex WordPattern();
}
