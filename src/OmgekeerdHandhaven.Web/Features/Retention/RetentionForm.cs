using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Retention;

/// <summary>Beheer › Bewaartermijnen, as typed (text, so a wrong entry gets a Dutch message next to its field).</summary>
public sealed class RetentionForm
{
    public string? ReadNotificationsDays { get; set; }

    public string? ExportFilesDays { get; set; }

    public string? SentMailDays { get; set; }

    public string? DeactivatedAccountsMonths { get; set; }

    public string? AuditLogYears { get; set; }

    public static RetentionForm From(RetentionTerms terms) => new()
    {
        ReadNotificationsDays = Text(terms.ReadNotificationsDays),
        ExportFilesDays = Text(terms.ExportFilesDays),
        SentMailDays = Text(terms.SentMailDays),
        DeactivatedAccountsMonths = Text(terms.DeactivatedAccountsMonths),
        AuditLogYears = Text(terms.AuditLogYears),
    };

    public RetentionTerms ToTerms() => new(
        int.Parse(ReadNotificationsDays!.Trim(), System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(ExportFilesDays!.Trim(), System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(SentMailDays!.Trim(), System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(DeactivatedAccountsMonths!.Trim(), System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(AuditLogYears!.Trim(), System.Globalization.CultureInfo.InvariantCulture));

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
