namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>How many results each filter value would give for the current search (each facet ignores its own filter).</summary>
public sealed record SearchFacets(
    IReadOnlyDictionary<string, int> PolicyAreas,
    IReadOnlyDictionary<string, int> Statuses,
    IReadOnlyDictionary<string, int> Phases,
    IReadOnlyDictionary<int, int> Years);
