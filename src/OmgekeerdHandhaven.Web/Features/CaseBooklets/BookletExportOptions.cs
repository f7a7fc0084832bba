using System.ComponentModel.DataAnnotations;

namespace OmgekeerdHandhaven.Web.Features.CaseBooklets;

/// <summary>Settings of the casusboekje export worker (section "BookletExports").</summary>
public sealed class BookletExportOptions
{
    public const string Section = "BookletExports";

    /// <summary>How often a working instance says it is still at it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Heartbeat { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A running job without a heartbeat for this long belonged to an instance that stopped or crashed.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Starts per job; a job that stalls this often (say, it crashes the process each time) fails visibly instead of forever.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 3;
}
