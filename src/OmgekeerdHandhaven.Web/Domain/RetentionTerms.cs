namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// Bewaartermijnen of a gemeente: how long the register keeps what it no longer needs (AVG art. 5 lid 1 e). The
/// dilemmas themselves are anonymised and stay; this is about what comes with them. Defaults from issue #17; the
/// Beheerder may change them within the bounds below.
/// </summary>
public sealed class RetentionTerms
{
    public const int DefaultReadNotificationsDays = 90;
    public const int DefaultExportFilesDays = 30;
    public const int DefaultSentMailDays = 30;
    public const int DefaultDeactivatedAccountsMonths = 12;
    public const int DefaultAuditLogYears = 7;

    /// <summary>Login attempts per address, kept to slow down guessing: one day, the same for every gemeente.</summary>
    public static readonly TimeSpan LoginAttempts = TimeSpan.FromDays(1);

    public static (int Min, int Max) ReadNotificationsBounds => (7, 365);

    public static (int Min, int Max) ExportFilesBounds => (1, 365);

    public static (int Min, int Max) SentMailBounds => (7, 365);

    public static (int Min, int Max) DeactivatedAccountsBounds => (1, 60);

    /// <summary>At least 7 years, whatever a Beheerder sets: the logboek is the account of everyone's actions, its own Beheerder's too.</summary>
    public static (int Min, int Max) AuditLogBounds => (7, 20);

    public RetentionTerms(int readNotificationsDays, int exportFilesDays, int sentMailDays, int deactivatedAccountsMonths, int auditLogYears)
    {
        ReadNotificationsDays = Within(readNotificationsDays, ReadNotificationsBounds);
        ExportFilesDays = Within(exportFilesDays, ExportFilesBounds);
        SentMailDays = Within(sentMailDays, SentMailBounds);
        DeactivatedAccountsMonths = Within(deactivatedAccountsMonths, DeactivatedAccountsBounds);
        AuditLogYears = Within(auditLogYears, AuditLogBounds);
    }

    public static RetentionTerms Default => new(DefaultReadNotificationsDays, DefaultExportFilesDays, DefaultSentMailDays, DefaultDeactivatedAccountsMonths, DefaultAuditLogYears);

    /// <summary>Gelezen meldingen: removed this many days after they were read.</summary>
    public int ReadNotificationsDays { get; private set; }

    /// <summary>PDF and Word files of casusboekjes: removed this many days after they were made (made again on request).</summary>
    public int ExportFilesDays { get; private set; }

    /// <summary>Sent or given-up e-mails: removed this many days after they were made.</summary>
    public int SentMailDays { get; private set; }

    /// <summary>Deactivated accounts: anonymised this many months after deactivation ("Voormalig medewerker").</summary>
    public int DeactivatedAccountsMonths { get; private set; }

    /// <summary>The logboek: entries older than this many years are removed (only by the retention job).</summary>
    public int AuditLogYears { get; private set; }

    private static int Within(int value, (int Min, int Max) bounds) =>
        value >= bounds.Min && value <= bounds.Max ? value : throw new DomainException($"Een bewaartermijn moet tussen {bounds.Min} en {bounds.Max} liggen.");
}
