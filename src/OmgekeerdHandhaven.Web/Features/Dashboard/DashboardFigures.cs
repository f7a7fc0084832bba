namespace OmgekeerdHandhaven.Web.Features.Dashboard;

/// <summary>The dashboard's numbers for one gemeente and period.</summary>
public sealed record DashboardFigures(
    DateOnly From, DateOnly To,
    IReadOnlyList<DateOnly> Months, IReadOnlyList<string> PolicyAreas, IReadOnlyDictionary<(DateOnly Month, string Area), int> PerAreaPerMonth,
    double? MedianDaysToDecision, int Decisions, IReadOnlyList<(DateOnly Month, double MedianDays, int Decisions)> MedianPerMonth,
    int Kept, int NotKept, int Overdue, int Open,
    IReadOnlyList<(string Signal, int Count)> RiskSignals)
{
    public int Submitted => PerAreaPerMonth.Count == 0 ? 0 : PerAreaPerMonth.Values.Sum();
}
