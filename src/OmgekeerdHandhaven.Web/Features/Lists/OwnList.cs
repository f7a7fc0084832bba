using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Lists;

/// <summary>
/// One of the gemeente's own lists that Beheer keeps (Domeinen, Risicosignalen): its words on the screen, its entries,
/// and how many dilemmas use each entry — an entry in use is deactivated, never deleted.
/// </summary>
public sealed record OwnList(string Slug, string Title, string Singular, string Explanation)
{
    public static readonly OwnList PolicyAreas = new("domeinen", "Domeinen", "domein",
        "De domeinen waaronder een dilemma valt. De volgorde hier is de volgorde in formulieren, zoeken en casusboekjes.");

    public static readonly OwnList RiskSignals = new("risicosignalen", "Risicosignalen", "risicosignaal",
        "De signalen die een handhaver bij een dilemma aanvinkt. Een gedeactiveerd signaal blijft bij bestaande dilemma's staan, maar wordt niet meer aangeboden.");

    public static OwnList? Find(string slug) => slug switch
    {
        "domeinen" => PolicyAreas,
        "risicosignalen" => RiskSignals,
        _ => null,
    };

    public string Url => $"/beheer/{Slug}";

    /// <summary>"Domein", "Risicosignaal": to start a sentence with.</summary>
    public string CapitalisedSingular => char.ToUpperInvariant(Singular[0]) + Singular[1..];

    public async Task<List<ListEntry>> EntriesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        this == PolicyAreas
            ? [.. await db.PolicyAreas.OrderBy(p => p.SortOrder).ThenBy(p => p.Name).ToListAsync(cancellationToken)]
            : [.. await db.RiskSignals.OrderBy(r => r.SortOrder).ThenBy(r => r.Name).ToListAsync(cancellationToken)];

    /// <summary>Dilemmas of the gemeente per entry (a dilemma names a risk signal by its text).</summary>
    public async Task<Dictionary<Guid, int>> UsesAsync(AppDbContext db, IReadOnlyCollection<ListEntry> entries, CancellationToken cancellationToken)
    {
        if (this == PolicyAreas)
        {
            return await db.Dilemmas.SelectMany(d => d.PolicyAreas).GroupBy(p => p.Id).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        }

        // Whatever the case a dilemma's tag was typed in ("Hennep" is the list's "hennep"): the gemeente's distinct tags
        // are few, so they are counted by exact text in the database and folded together here.
        var tags = await db.Dilemmas.SelectMany(d => d.RiskSignals).GroupBy(s => s).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var counts = tags.GroupBy(t => t.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Sum(t => t.Count), StringComparer.OrdinalIgnoreCase);
        return entries.ToDictionary(e => e.Id, e => counts.GetValueOrDefault(e.Name));
    }

    public ListEntry Create(Guid municipalityId, string name, int sortOrder) =>
        this == PolicyAreas ? new PolicyArea(municipalityId, name, sortOrder) : new RiskSignal(municipalityId, name, sortOrder);

    public void Add(AppDbContext db, ListEntry entry)
    {
        if (entry is PolicyArea area)
        {
            db.PolicyAreas.Add(area);
        }
        else
        {
            db.RiskSignals.Add((RiskSignal)entry);
        }
    }
}
