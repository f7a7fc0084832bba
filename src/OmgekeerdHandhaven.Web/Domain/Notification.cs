namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>A melding for one colleague about a dilemma: a comment, a return, a decision, or one awaiting their decision.</summary>
public sealed class Notification : ITenantOwned
{
    private Notification()
    {
        DilemmaNumber = Text = string.Empty;
    }

    public Notification(Guid municipalityId, Guid recipientId, NotificationKind kind, string dilemmaNumber, string text, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        RecipientId = recipientId;
        Kind = kind;
        DilemmaNumber = dilemmaNumber;
        Text = text;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid RecipientId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public string DilemmaNumber { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
