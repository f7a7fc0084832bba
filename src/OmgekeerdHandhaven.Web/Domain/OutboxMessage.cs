namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// An e-mail to one colleague, written in the same save as the event it tells about (so it exists exactly when the
/// event does) and sent later by the outbox worker. Holds no address: the recipient's is looked up when sending, so a
/// deactivated colleague gets nothing and nothing personal waits here.
/// </summary>
public sealed class OutboxMessage : ITenantOwned
{
    public const int LastErrorMaxLength = 200;

    private OutboxMessage()
    {
        Subject = TextBody = HtmlBody = string.Empty;
    }

    /// <summary>
    /// A mail of <c>kind</c> (the kind the recipient chose a frequency for; null for the daily overview itself, always
    /// sent). <c>context</c> ("Dilemma 2026-0012: title") and <c>link</c> make its line in an overview.
    /// </summary>
    public OutboxMessage(
        Guid municipalityId, Guid recipientId, NotificationKind? kind, string subject, string? context, string? link, string textBody, string htmlBody, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        RecipientId = recipientId;
        Kind = kind;
        Subject = subject;
        Context = context;
        Link = link;
        TextBody = textBody;
        HtmlBody = htmlBody;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid RecipientId { get; private set; }

    public NotificationKind? Kind { get; private set; }

    public string Subject { get; private set; }

    public string? Context { get; private set; }

    public string? Link { get; private set; }

    public string TextBody { get; private set; }

    public string HtmlBody { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>Held for the recipient's daily overview (they chose "Dagelijks overzicht" for its kind), due at <see cref="NextAttemptAt"/>.</summary>
    public bool Digest { get; private set; }

    /// <summary>The overview this message went out in, when it was held for one.</summary>
    public Guid? BundledIntoId { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Taken by an app instance until then; another instance takes it only after (that instance stopped).</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Given up after the last attempt; shown to the Beheerder.</summary>
    public DateTimeOffset? FailedAt { get; private set; }

    /// <summary>What went wrong the last time, in words without personal data (an exception type, a server reply code).</summary>
    public string? LastError { get; private set; }

    /// <summary>Sent as a line of <paramref name="overview"/> instead of on its own.</summary>
    public void BundleInto(OutboxMessage overview, DateTimeOffset now)
    {
        BundledIntoId = overview.Id;
        SentAt = now;
        LockedUntil = null;
    }

    /// <summary>Offered again by the Beheerder after it was given up: due now, attempts counted afresh.</summary>
    public void Retry(DateTimeOffset now)
    {
        FailedAt = null;
        LastError = null;
        Attempts = 0;
        NextAttemptAt = now;
        LockedUntil = null;
    }

    /// <summary>A mail holds the dilemma's number and title, and a sent one is kept a while: both lose the passage.</summary>
    public void Redact(Redaction redaction)
    {
        Subject = redaction.Apply(Subject, "E-mails", maxLength: 300);
        Context = redaction.ApplyOptional(Context, "E-mails", maxLength: 400);
        TextBody = redaction.Apply(TextBody, "E-mails");
        HtmlBody = redaction.ApplyToHtml(HtmlBody, "E-mails");
    }
}
