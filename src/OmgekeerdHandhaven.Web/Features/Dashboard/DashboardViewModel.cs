namespace OmgekeerdHandhaven.Web.Features.Dashboard;

public sealed record DashboardViewModel(DashboardFigures Figures, string? PeriodError, string? FromText, string? ToText)
{
    public static string MonthLabel(DateOnly month) => month.ToString("MMM yyyy", Infrastructure.DutchTime.Culture);
}
