namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>One dilemma on a werkoverleg's agenda, with what the meeting did with it.</summary>
public sealed class AgendaItem : ITenantOwned
{
    public const int ReasonMaxLength = 2_000;

    private AgendaItem()
    {
    }

    internal AgendaItem(Guid municipalityId, Guid teamMeetingId, Guid dilemmaId, int position)
    {
        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        TeamMeetingId = teamMeetingId;
        DilemmaId = dilemmaId;
        Position = position;
        Outcome = AgendaOutcome.Pending;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid TeamMeetingId { get; private set; }

    public Guid DilemmaId { get; private set; }

    /// <summary>1-based order on the agenda.</summary>
    public int Position { get; internal set; }

    public AgendaOutcome Outcome { get; private set; }

    /// <summary>The decision taken in the meeting (outcome Besloten).</summary>
    public Guid? DecisionId { get; private set; }

    /// <summary>Why it was sent back (outcome Teruggestuurd).</summary>
    public string? Reason { get; private set; }

    public DateTimeOffset? RecordedAt { get; private set; }

    public Guid? RecordedById { get; private set; }

    internal void Record(AgendaOutcome outcome, Actor actor, DateTimeOffset now, Guid? decisionId = null, string? reason = null)
    {
        Outcome = outcome;
        DecisionId = decisionId;
        Reason = reason?.Trim();
        RecordedAt = now;
        RecordedById = actor.UserId;
    }

    public void Redact(Redaction redaction) => Reason = redaction.ApplyOptional(Reason, "Werkoverleg", ReasonMaxLength);
}
