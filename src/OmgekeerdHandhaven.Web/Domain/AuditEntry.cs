namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// One line of the logboek: who did what to which object, when. Append-only: there is no method to change one,
/// and the database refuses UPDATE and DELETE on the table.
/// </summary>
public sealed class AuditEntry : ITenantOwned
{
    public const int SummaryMaxLength = 500;

    public const int EntityKeyMaxLength = 80;

    private AuditEntry()
    {
        Action = EntityType = EntityKey = Summary = string.Empty;
    }

    public AuditEntry(Guid municipalityId, Guid? actorId, DateTimeOffset at, string action, string entityType, string entityKey, string summary)
    {
        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        ActorId = actorId;
        At = at;
        Action = action;
        EntityType = entityType;
        EntityKey = entityKey.Length <= EntityKeyMaxLength ? entityKey : entityKey[..EntityKeyMaxLength];
        Summary = summary.Length <= SummaryMaxLength ? summary : summary[..SummaryMaxLength];
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    /// <summary>Null for actions of the system itself (imports, the command line).</summary>
    public Guid? ActorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; private set; }

    public string EntityType { get; private set; }

    /// <summary>What users recognise the object by: a dilemma number, a user id.</summary>
    public string EntityKey { get; private set; }

    public string Summary { get; private set; }
}
