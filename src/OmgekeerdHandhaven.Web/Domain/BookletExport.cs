namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// A requested PDF or Word file of a casusboekje, made in the background so a large booklet blocks no request; the
/// page that waits for it shows the progress. Kept in the database, so any app instance can make or serve it.
/// </summary>
public sealed class BookletExport : ITenantOwned
{
    private BookletExport()
    {
    }

    public BookletExport(Guid municipalityId, Guid caseBookletId, BookletFormat format, Guid requestedById, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        CaseBookletId = caseBookletId;
        Format = format;
        RequestedById = requestedById;
        RequestedAt = now;
        Status = BookletExportStatus.Queued;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid CaseBookletId { get; private set; }

    public BookletFormat Format { get; private set; }

    public BookletExportStatus Status { get; private set; }

    /// <summary>0–100.</summary>
    public int Progress { get; private set; }

    public Guid RequestedById { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>When the instance making it last said it is still at work; a job whose heartbeat stops is taken again.</summary>
    public DateTimeOffset? HeartbeatAt { get; private set; }

    /// <summary>How often an instance started on it; after the last allowed attempt a stalled job fails visibly.</summary>
    public int Attempts { get; private set; }

    public byte[]? Content { get; private set; }

    public void Complete(byte[] content, DateTimeOffset now)
    {
        Content = content;
        Progress = 100;
        Status = BookletExportStatus.Done;
        CompletedAt = now;
    }

    public void Fail(DateTimeOffset now)
    {
        Status = BookletExportStatus.Failed;
        CompletedAt = now;
    }
}
