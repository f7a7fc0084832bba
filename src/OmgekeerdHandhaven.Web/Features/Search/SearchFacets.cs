namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>
/// How many results each filter value would give for the current search (each facet ignores its own filter).
/// <see cref="Scale"/> is set when the counts are estimated from a sample: how many dilemmas one sampled match stands for.
/// </summary>
public sealed record SearchFacets(
    IReadOnlyDictionary<string, int> PolicyAreas,
    IReadOnlyDictionary<string, int> Statuses,
    IReadOnlyDictionary<string, int> Phases,
    IReadOnlyDictionary<int, int> Years,
    double? Scale = null)
{
    public bool Estimated => Scale is not null;

    /// <summary>
    /// A value the sample did not meet may still have a few dilemmas, but hardly more than three sampled matches'
    /// worth: the "minder dan" shown for it, rounded up.
    /// </summary>
    public int UnseenBelow => Scale is { } scale ? Estimates.Round(Math.Ceiling(3 * scale)) : 1;
}
