namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>A learner's own approach to a decided dilemma, written before seeing the solution; visible to the learner only.</summary>
public sealed class PracticeAnswer : ITenantOwned
{
    public const int ApproachMaxLength = 5_000;

    private PracticeAnswer()
    {
        Approach = string.Empty;
    }

    public PracticeAnswer(Guid municipalityId, Actor learner, Dilemma dilemma, Guid? practiceSetId, string approach, DateTimeOffset now)
    {
        if (dilemma.Status != DilemmaStatus.Decided)
        {
            throw new DomainException("Oefenen kan alleen met een besloten dilemma.");
        }

        if (string.IsNullOrWhiteSpace(approach))
        {
            throw new DomainException("Schrijf eerst uw aanpak.");
        }

        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        UserId = learner.UserId;
        DilemmaId = dilemma.Id;
        PracticeSetId = practiceSetId;
        Approach = approach.Trim();
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid UserId { get; private set; }

    public Guid DilemmaId { get; private set; }

    public Guid? PracticeSetId { get; private set; }

    public string Approach { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public void Redact(Redaction redaction) => Approach = redaction.Apply(Approach, "Oefenantwoorden", ApproachMaxLength);
}
