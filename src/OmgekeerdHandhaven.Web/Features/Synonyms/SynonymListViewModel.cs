using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Search;

namespace OmgekeerdHandhaven.Web.Features.Synonyms;

/// <summary>Beheer › Synoniemen; <see cref="Misses"/>: the most frequent searches of the last 90 days that found no or few dilemmas.</summary>
public sealed record SynonymListViewModel(IReadOnlyList<SynonymGroup> Own, IReadOnlyList<string> Defaults, SynonymForm Form, SearchMisses.Overview Misses)
{
    /// <summary>After "Eerst bekijken wat het vindt": what the typed group would find.</summary>
    public SearchMisses.GroupReach? Reach { get; init; }
}
