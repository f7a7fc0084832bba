using System.Linq.Expressions;

namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// An afspraak that comes with a decision: who does what before when, and what happens if not.
/// The responsible party is a colleague (then linked, so it shows in their Mijn werk) or an outside party
/// such as "jeugdhulpverlener".
/// </summary>
public sealed class Agreement : ITenantOwned
{
    private Agreement()
    {
        Description = Responsible = Fallback = string.Empty;
    }

    internal Agreement(Guid municipalityId, AgreementTerms terms)
    {
        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        Description = terms.Description.Trim();
        Responsible = terms.Responsible.Trim();
        ResponsibleUserId = terms.ResponsibleUserId;
        DueDate = terms.DueDate;
        Fallback = terms.Fallback.Trim();
        Status = AgreementStatus.Open;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid DecisionId { get; private set; }

    public string Description { get; private set; }

    public string Responsible { get; private set; }

    public Guid? ResponsibleUserId { get; private set; }

    public DateOnly DueDate { get; private set; }

    /// <summary>Als de afspraak niet wordt nagekomen: what happens then.</summary>
    public string Fallback { get; private set; }

    public AgreementStatus Status { get; private set; }

    public string? StatusNote { get; private set; }

    public DateTimeOffset? StatusChangedAt { get; private set; }

    public Guid? StatusChangedById { get; private set; }

    /// <summary>When the responsible colleague was reminded that the deadline is near; set once, by the morning run.</summary>
    public DateTimeOffset? DueSoonRemindedAt { get; private set; }

    /// <summary>When the responsible colleague was told the deadline passed; set once, by the morning run.</summary>
    public DateTimeOffset? OverdueRemindedAt { get; private set; }

    /// <summary>How many days ahead the responsible colleague is reminded of a deadline.</summary>
    public const int RemindDaysAhead = 3;

    /// <summary>How far ahead the team's open agreements are shown to beslissers and in the meldingen: a week.</summary>
    public const int DueSoonDays = 7;

    /// <summary>Verlopen: still open after its deadline. Derived from the clock, never stored.</summary>
    private static readonly Expression<Func<Agreement, DateOnly, bool>> Overdue = (a, today) => a.Status == AgreementStatus.Open && a.DueDate < today;

    private static readonly Func<Agreement, DateOnly, bool> IsOverdueOn = Overdue.Compile();

    public bool IsOverdue(DateOnly today) => IsOverdueOn(this, today);

    /// <summary>The same rule for a database query (lists, the dashboard): the agreements overdue on <paramref name="today"/>.</summary>
    public static Expression<Func<Agreement, bool>> OverdueOn(DateOnly today) =>
        Expression.Lambda<Func<Agreement, bool>>(
            new ReplaceParameter(Overdue.Parameters[1], Expression.Constant(today)).Visit(Overdue.Body), Overdue.Parameters[0]);

    private sealed class ReplaceParameter(ParameterExpression parameter, Expression by) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? by : node;
    }

    internal void SetStatus(AgreementStatus status, string? note, Guid byUserId, DateTimeOffset now)
    {
        Status = status;
        StatusNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        StatusChangedAt = now;
        StatusChangedById = byUserId;
    }

    public void Redact(Redaction redaction)
    {
        Description = redaction.Apply(Description, "Afspraken", maxLength: 2_000);
        Responsible = redaction.Apply(Responsible, "Afspraken", maxLength: 150);
        Fallback = redaction.Apply(Fallback, "Afspraken", maxLength: 2_000);
        StatusNote = redaction.ApplyOptional(StatusNote, "Afspraken", maxLength: 2_000);
    }
}
