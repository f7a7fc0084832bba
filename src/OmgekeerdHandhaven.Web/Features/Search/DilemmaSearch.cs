using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Api;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// Search over the dilemmas this user may see, shared by Zoeken and the API. For now every word must occur in the
/// title, question or situation (case-insensitive), decided dilemmas first; the search issue replaces this with Dutch
/// full-text search (compounds, synonyms, typos) behind the same signature.
/// </summary>
public sealed class DilemmaSearch(AppDbContext db)
{
    public async Task<(IReadOnlyList<SearchHit> Hits, int Total)> SearchAsync(Actor actor, SearchQuery query, CancellationToken cancellationToken)
    {
        var dilemmas = db.Dilemmas.AsNoTracking().Where(d => d.Status != DilemmaStatus.Draft || d.AuthorId == actor.UserId);
        foreach (var term in query.Terms)
        {
            var pattern = "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            dilemmas = dilemmas.Where(d => EF.Functions.ILike(d.Title, pattern, "\\") || EF.Functions.ILike(d.Question, pattern, "\\") || EF.Functions.ILike(d.Situation, pattern, "\\"));
        }

        if (query.Status is { } status)
        {
            dilemmas = dilemmas.Where(d => d.Status == status);
        }

        if (query.Phase is { } phase)
        {
            dilemmas = dilemmas.Where(d => d.Phase == phase);
        }

        if (query.PolicyArea is { } area)
        {
            dilemmas = dilemmas.Where(d => d.PolicyAreas.Any(p => p.Name == area));
        }

        if (query.Year is { } year)
        {
            dilemmas = dilemmas.Where(d => d.Year == year);
        }

        if (query.DecidedOnly)
        {
            dilemmas = dilemmas.Where(d => d.Status == DilemmaStatus.Decided);
        }

        var total = await dilemmas.CountAsync(cancellationToken).ConfigureAwait(false);
        var first = query.Terms.Count > 0 ? query.Terms[0] : string.Empty;
        var ordered = query.Newest || first.Length == 0
            ? dilemmas.OrderByDescending(d => d.UpdatedAt)
            : dilemmas.OrderByDescending(d => EF.Functions.ILike(d.Title, "%" + first + "%"))
                .ThenByDescending(d => d.Status == DilemmaStatus.Decided)
                .ThenByDescending(d => d.UpdatedAt);
        var rows = await ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(d => new
            {
                d.Year, d.Sequence, d.Title, d.Status, d.Situation,
                Areas = d.PolicyAreas.OrderBy(p => p.SortOrder).Select(p => p.Name).ToList(),
                DecidedAt = d.Decisions.Where(x => x.SupersededAt == null).Select(x => (DateTimeOffset?)x.DecidedAt).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return ([.. rows.Select(r => new SearchHit(new DilemmaNumber(r.Year, r.Sequence), r.Title, r.Status, Snippets.Make(r.Situation, query.Terms),
            r.Areas, r.DecidedAt, query.Terms.Count == 0 ? 0 : 1))], total);
    }
}
