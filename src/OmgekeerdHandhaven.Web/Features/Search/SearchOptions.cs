using System.ComponentModel.DataAnnotations;

namespace OmgekeerdHandhaven.Web.Features.Search;

/// <summary>Section "Search".</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>
    /// More matches than this and relevance ranking stops paying: a word in thousands of dilemmas says little about
    /// which one is meant, and ranking them all costs a read of every match. Such searches list decided dilemmas first,
    /// newest first, straight from an index.
    /// </summary>
    [Range(2, 1_000_000)]
    public int BroadSearch { get; set; } = 2_000;

    /// <summary>
    /// A broad search is counted in a sample of about this many of the gemeente's dilemmas: enough for totals and facet
    /// counts within a few percent, few enough to read in milliseconds at a million dilemmas.
    /// </summary>
    [Range(100, int.MaxValue)]
    public int SampleRows { get; set; } = 3_000;

    /// <summary>A fixed sample share in percent instead of one from SampleRows (tests and benchmarks); empty: computed.</summary>
    [Range(0.0001, 100)]
    public double? SamplePercent { get; set; }

    /// <summary>False ranks without the rum index even where it is installed, so the path without rum stays tested.</summary>
    public bool UseRum { get; set; } = true;
}
