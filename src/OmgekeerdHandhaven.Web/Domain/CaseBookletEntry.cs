namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// One decided dilemma in a casusboekje, with a copy of what the booklet prints: taken when it is added and again when
/// the edition is published, never after, so a published edition stays as it was printed.
/// </summary>
public sealed class CaseBookletEntry : ITenantOwned
{
    private CaseBookletEntry()
    {
        Group = Number = Title = Situation = Question = Solution = Rationale = string.Empty;
        Options = [];
        Agreements = [];
    }

    internal CaseBookletEntry(Guid municipalityId, Guid bookletId, Dilemma dilemma, string group, int position)
        : this()
    {
        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        CaseBookletId = bookletId;
        DilemmaId = dilemma.Id;
        Group = group;
        Position = position;
        Capture(dilemma);
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public Guid CaseBookletId { get; private set; }

    public Guid DilemmaId { get; private set; }

    /// <summary>The domain (Domein) this dilemma is grouped under.</summary>
    public string Group { get; private set; }

    /// <summary>Order within its group, 1-based.</summary>
    public int Position { get; internal set; }

    public string Number { get; private set; }

    public string Title { get; private set; }

    public string Situation { get; private set; }

    public string Question { get; private set; }

    public List<DilemmaOption> Options { get; private set; }

    public string Solution { get; private set; }

    public string Rationale { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    /// <summary>Agreements as terms ("binnen 42 dagen"): due dates belong to the original case.</summary>
    public List<BookletAgreement> Agreements { get; private set; }

    internal void Capture(Dilemma dilemma)
    {
        var decision = dilemma.CurrentDecision ?? throw new DomainException($"Dilemma {dilemma.Number} heeft geen besluit en kan niet in een casusboekje.");
        var decidedOn = DateOnly.FromDateTime(decision.DecidedAt.UtcDateTime);
        Number = dilemma.Number.ToString();
        Title = dilemma.Title;
        Situation = dilemma.Situation;
        Question = dilemma.Question;
        Options = [.. dilemma.Options.Select(o => new DilemmaOption(o.Description, o.Consequences))];
        Solution = decision.Solution;
        Rationale = decision.Rationale;
        DecidedOn = decidedOn;
        Agreements = [.. decision.Agreements.Select(a => new BookletAgreement(a.Description, a.Responsible, Math.Max(0, a.DueDate.DayNumber - decidedOn.DayNumber), a.Fallback))];
    }

    public void Redact(Redaction redaction)
    {
        Title = redaction.Apply(Title, "Casusboekjes", maxLength: 150);
        Situation = redaction.Apply(Situation, "Casusboekjes", maxLength: 10_000);
        Question = redaction.Apply(Question, "Casusboekjes", maxLength: 2_000);
        Solution = redaction.Apply(Solution, "Casusboekjes", maxLength: 10_000);
        Rationale = redaction.Apply(Rationale, "Casusboekjes", maxLength: 10_000);
        var options = Options.Select(o => new DilemmaOption(redaction.Apply(o.Description, "Casusboekjes"), redaction.Apply(o.Consequences, "Casusboekjes"))).ToList();
        if (!options.SequenceEqual(Options))
        {
            Options = options;
        }

        var agreements = Agreements.Select(a => a with
        {
            Description = redaction.Apply(a.Description, "Casusboekjes"),
            Responsible = redaction.Apply(a.Responsible, "Casusboekjes"),
            Fallback = redaction.Apply(a.Fallback, "Casusboekjes"),
        }).ToList();
        if (!agreements.SequenceEqual(Agreements))
        {
            Agreements = agreements;
        }
    }
}
