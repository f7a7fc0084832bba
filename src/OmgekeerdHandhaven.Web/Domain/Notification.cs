namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// A melding for one colleague: mostly about a dilemma (a reactie, a return, a decision, an agreement), else about a
/// werkoverleg or their own account; <see cref="Path"/> is where it leads.
/// </summary>
public sealed class Notification : ITenantOwned
{
    public const int PathMaxLength = 200;

    private Notification()
    {
        Path = Text = string.Empty;
    }

    public Notification(Guid municipalityId, Guid recipientId, NotificationKind kind, string dilemmaNumber, string text, DateTimeOffset createdAt)
        : this(municipalityId, recipientId, kind, "/dilemmas/" + dilemmaNumber, text, createdAt, dilemmaNumber)
    {
    }

    private Notification(Guid municipalityId, Guid recipientId, NotificationKind kind, string path, string text, DateTimeOffset createdAt, string? dilemmaNumber)
    {
        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        RecipientId = recipientId;
        Kind = kind;
        DilemmaNumber = dilemmaNumber;
        Path = path;
        Text = text;
        CreatedAt = createdAt;
    }

    /// <summary>A melding about something other than a dilemma, leading to <paramref name="path"/> in the app.</summary>
    public static Notification About(Guid municipalityId, Guid recipientId, NotificationKind kind, string path, string text, DateTimeOffset createdAt) =>
        new(municipalityId, recipientId, kind, path, text, createdAt, dilemmaNumber: null);

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid RecipientId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public string? DilemmaNumber { get; private set; }

    public string Path { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;

    public void Redact(Redaction redaction) => Text = redaction.Apply(Text, "Meldingen", maxLength: 300);
}
