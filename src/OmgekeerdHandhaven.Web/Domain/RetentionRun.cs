namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>One day's run of the bewaartermijnen for a gemeente: what it removed, for Beheer › Bewaartermijnen.</summary>
public sealed class RetentionRun : ITenantOwned
{
    public RetentionRun(Guid municipalityId, DateTimeOffset ranAt, int readNotifications, int exportFiles, int sentMails, int accounts, int auditEntries, int loginAttempts)
    {
        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        RanAt = ranAt;
        ReadNotifications = readNotifications;
        ExportFiles = exportFiles;
        SentMails = sentMails;
        Accounts = accounts;
        AuditEntries = auditEntries;
        LoginAttempts = loginAttempts;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public DateTimeOffset RanAt { get; private set; }

    public int ReadNotifications { get; private set; }

    public int ExportFiles { get; private set; }

    public int SentMails { get; private set; }

    /// <summary>Deactivated accounts anonymised.</summary>
    public int Accounts { get; private set; }

    public int AuditEntries { get; private set; }

    public int LoginAttempts { get; private set; }
}
