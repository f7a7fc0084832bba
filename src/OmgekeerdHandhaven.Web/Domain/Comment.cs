namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>A reactie on a dilemma: a question, a risk, a suggestion or a remark. Plain text, never HTML.</summary>
public sealed class Comment : ITenantOwned
{
    public const int BodyMaxLength = 4_000;

    private Comment()
    {
        Body = string.Empty;
    }

    internal Comment(Guid municipalityId, Guid authorId, CommentKind kind, string body, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        AuthorId = authorId;
        Kind = kind;
        Body = body.Trim();
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid DilemmaId { get; private set; }

    public Guid AuthorId { get; private set; }

    public CommentKind Kind { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public void Redact(Redaction redaction) => Body = redaction.Apply(Body, "Reacties", BodyMaxLength);
}
