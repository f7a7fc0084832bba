namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// A dilemma with its lifecycle (product.md): Concept → Ter bespreking → Besloten, Teruggestuurd, Ingetrokken.
/// Every transition is a method that checks who acts and from which status, and refuses with a Dutch message.
/// </summary>
public sealed class Dilemma : ITenantOwned
{
    private readonly List<PolicyArea> _policyAreas = [];
    private readonly List<Decision> _decisions = [];
    private readonly List<Comment> _comments = [];
    private readonly List<DilemmaRevision> _revisions = [];

    private Dilemma()
    {
        Title = Situation = Question = string.Empty;
        RiskSignals = [];
        Options = [];
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    public DilemmaNumber Number => new(Year, Sequence);

    public Guid AuthorId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DilemmaStatus Status { get; private set; }

    public string Title { get; private set; }

    public string Situation { get; private set; }

    /// <summary>The dilemma itself: the question that needs an answer (UI: "Dilemma").</summary>
    public string Question { get; private set; }

    public string? Interests { get; private set; }

    public ChainPhase Phase { get; private set; }

    public List<string> RiskSignals { get; private set; }

    public List<DilemmaOption> Options { get; private set; }

    public string? Proposal { get; private set; }

    public string? LegalBasis { get; private set; }

    /// <summary>Why a beslisser sent it back (latest), shown to the author.</summary>
    public string? ReturnReason { get; private set; }

    public string? WithdrawalReason { get; private set; }

    /// <summary>For a dilemma taken over from another gemeente (exchange format): its name, shown as "overgenomen van …".</summary>
    public string? SourceGemeente { get; private set; }

    /// <summary>With <see cref="SourceId"/> what identifies an imported dilemma: the source's CBS code, or its name without one.</summary>
    public string? SourceKey { get; private set; }

    public string? SourceId { get; private set; }

    public bool IsImported => SourceId is not null;

    /// <summary>PostgreSQL xmin: two saves of the same version cannot both win.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<PolicyArea> PolicyAreas => _policyAreas;

    public IReadOnlyList<Decision> Decisions => _decisions;

    public IReadOnlyList<Comment> Comments => _comments;

    public IReadOnlyList<DilemmaRevision> Revisions => _revisions;

    public Decision? CurrentDecision => _decisions.SingleOrDefault(d => d.IsCurrent);

    public static Dilemma CreateDraft(Guid municipalityId, DilemmaNumber number, Actor author, DilemmaContent content, DateTimeOffset now)
    {
        if (!author.IsHandhaver && !author.IsConsulent)
        {
            throw new DomainException("Alleen een handhaver of consulent legt een nieuw dilemma vast.");
        }

        return New(municipalityId, number, author, content, DilemmaStatus.Draft, now);
    }

    /// <summary>
    /// A decided dilemma taken over from another gemeente: it arrives Besloten with the source's decision and decision
    /// date, recorded by the importer; the agreements' due dates are the decision date plus their terms.
    /// </summary>
    public static Dilemma Import(
        Guid municipalityId, DilemmaNumber number, Actor importer, DilemmaContent content, ImportedDecision decision, DilemmaSource source, DateTimeOffset now)
    {
        var dilemma = New(municipalityId, number, importer, content, DilemmaStatus.Decided, now);
        dilemma.SubmittedAt = decision.DecidedAt;
        dilemma.SourceGemeente = source.Gemeente;
        dilemma.SourceKey = source.Key;
        dilemma.SourceId = source.SourceId;
        dilemma._decisions.Add(new Decision(municipalityId, decision.Solution, decision.Rationale, importer.UserId, decision.DecidedAt, decision.Agreements));
        return dilemma;
    }

    private static Dilemma New(Guid municipalityId, DilemmaNumber number, Actor author, DilemmaContent content, DilemmaStatus status, DateTimeOffset now)
    {
        var dilemma = new Dilemma
        {
            Id = Guid.NewGuid(),
            MunicipalityId = municipalityId,
            Year = number.Year,
            Sequence = number.Sequence,
            AuthorId = author.UserId,
            CreatedAt = now,
            UpdatedAt = now,
            Status = status,
        };
        dilemma.Apply(content);
        return dilemma;
    }

    /// <summary>
    /// The source changed its dilemma: the content follows; a changed decision supersedes the one in force, while an
    /// unchanged one (<paramref name="changedDecision"/> null) stays in force as it was — its agreements' follow-up too.
    /// </summary>
    public void UpdateImported(Actor importer, DilemmaContent content, ImportedDecision? changedDecision, DateTimeOffset now)
    {
        if (!IsImported || CurrentDecision is not { } current)
        {
            throw new DomainException("Alleen een overgenomen dilemma wordt bijgewerkt vanuit een uitwisselbestand.");
        }

        Apply(content);
        if (changedDecision is { } decision)
        {
            current.Supersede(now);
            _decisions.Add(new Decision(MunicipalityId, decision.Solution, decision.Rationale, importer.UserId, decision.DecidedAt, decision.Agreements));
        }

        UpdatedAt = now;
    }

    /// <summary>A Concept is its author's own; everything else is visible to the whole gemeente.</summary>
    public bool IsVisibleTo(Actor actor) => Status != DilemmaStatus.Draft || actor.Is(AuthorId);

    /// <summary>
    /// Who may do what, in which status (product.md) — the one statement of it: the screens' buttons, the actions
    /// behind screens and API, and the authorisation policies all ask this; the transitions below refuse the same cells.
    /// A Concept is invisible to all but its author, so nobody else is ever asked about one.
    /// </summary>
    public Verdict Permits(DilemmaAction action, Actor actor)
    {
        var author = actor.Is(AuthorId);
        var (mayEver, statuses) = action switch
        {
            DilemmaAction.Edit => (author || actor.IsBeslisser, author
                ? [DilemmaStatus.Draft, DilemmaStatus.UnderDiscussion, DilemmaStatus.ReturnedToAuthor]
                : new[] { DilemmaStatus.UnderDiscussion }),
            DilemmaAction.Submit => (author, [DilemmaStatus.Draft, DilemmaStatus.ReturnedToAuthor]),
            DilemmaAction.Return => (actor.IsBeslisser, [DilemmaStatus.UnderDiscussion]),
            DilemmaAction.Decide => (actor.IsBeslisser, [DilemmaStatus.UnderDiscussion, DilemmaStatus.Decided]),
            DilemmaAction.Withdraw => (author || actor.IsBeslisser, author
                ? [DilemmaStatus.Draft, DilemmaStatus.UnderDiscussion, DilemmaStatus.ReturnedToAuthor]
                : [DilemmaStatus.UnderDiscussion, DilemmaStatus.ReturnedToAuthor]),
            DilemmaAction.Comment => (IsVisibleTo(actor), [DilemmaStatus.UnderDiscussion, DilemmaStatus.ReturnedToAuthor, DilemmaStatus.Decided]),
            DilemmaAction.FollowUpAgreements => (MayEver(action, actor), [DilemmaStatus.Decided]),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
        return !mayEver ? Verdict.NotPermitted : statuses.Contains(Status) ? Verdict.Allowed : Verdict.NotInThisStatus;
    }

    /// <summary>
    /// Whether an actor may take the action on some dilemma at all, by role alone: what a screen or endpoint can check
    /// before any dilemma is looked up (terugsturen and besluiten are for beslissers only, nieuw dilemma for
    /// handhavers and consulenten). True where it depends on the dilemma (its author).
    /// </summary>
    public static bool MayEver(DilemmaAction action, Actor actor) => action switch
    {
        DilemmaAction.Return or DilemmaAction.Decide => actor.IsBeslisser,
        DilemmaAction.FollowUpAgreements => actor.IsHandhaver || actor.IsBeslisser,
        _ => true,
    };

    /// <summary>May this actor start a new dilemma.</summary>
    public static bool MayCreate(Actor actor) => actor.IsHandhaver || actor.IsConsulent;

    /// <summary>Why <see cref="Permits"/> said no, in Dutch for the user.</summary>
    public string Refusal(DilemmaAction action, Verdict permission) => permission == Verdict.NotInThisStatus
        ? $"Dit dilemma is {Status.ToDutch().ToLowerInvariant()}: {Verb(action)} kan nu niet."
        : action switch
        {
            DilemmaAction.Edit => "Alleen de opsteller, of een beslisser zolang het ter bespreking ligt, kan dit dilemma wijzigen.",
            DilemmaAction.Submit => "Alleen de opsteller kan dit dilemma indienen.",
            DilemmaAction.Return => "Alleen een beslisser kan een dilemma terugsturen.",
            DilemmaAction.Decide => "Alleen een beslisser kan een besluit vastleggen.",
            DilemmaAction.Withdraw => "Alleen de opsteller of een beslisser kan dit dilemma intrekken.",
            DilemmaAction.FollowUpAgreements => "Alleen een handhaver of beslisser legt vast of een afspraak is nagekomen.",
            _ => "U kunt op dit dilemma niet reageren.",
        };

    private static string Verb(DilemmaAction action) => action switch
    {
        DilemmaAction.Edit => "wijzigen",
        DilemmaAction.Submit => "indienen",
        DilemmaAction.Return => "terugsturen",
        DilemmaAction.Decide => "besluiten",
        DilemmaAction.Withdraw => "intrekken",
        DilemmaAction.FollowUpAgreements => "afspraken bijwerken",
        _ => "reageren",
    };

    public bool CanEdit(Actor actor) => Permits(DilemmaAction.Edit, actor) == Verdict.Allowed;

    public bool CanSubmit(Actor actor) => Permits(DilemmaAction.Submit, actor) == Verdict.Allowed;

    public bool CanReturn(Actor actor) => Permits(DilemmaAction.Return, actor) == Verdict.Allowed;

    public bool CanDecide(Actor actor) => Permits(DilemmaAction.Decide, actor) == Verdict.Allowed;

    public bool CanWithdraw(Actor actor) => Permits(DilemmaAction.Withdraw, actor) == Verdict.Allowed;

    public bool CanComment(Actor actor) => Permits(DilemmaAction.Comment, actor) == Verdict.Allowed;

    public static bool CanFollowUpAgreements(Actor actor) => MayEver(DilemmaAction.FollowUpAgreements, actor);

    /// <summary>Changes the content and keeps a revision of what changed; returns null when nothing changed.</summary>
    public DilemmaRevision? Edit(Actor actor, DilemmaContent content, DateTimeOffset now)
    {
        if (Status is DilemmaStatus.Decided)
        {
            throw new DomainException("Een besloten dilemma wijzigt u niet meer; een beslisser kan het besluit herzien.");
        }

        if (Status is DilemmaStatus.Withdrawn)
        {
            throw new DomainException("Een ingetrokken dilemma kan niet meer worden gewijzigd.");
        }

        if (!CanEdit(actor))
        {
            throw new DomainException(Status == DilemmaStatus.Draft || !actor.IsBeslisser
                ? "Alleen de opsteller kan dit dilemma wijzigen."
                : "Een beslisser kan een dilemma alleen wijzigen terwijl het ter bespreking ligt.");
        }

        var changes = Compare(content);
        if (changes.Count == 0)
        {
            return null;
        }

        Apply(content);
        UpdatedAt = now;
        var revision = new DilemmaRevision(MunicipalityId, _revisions.Count + 1, actor.UserId, now, changes);
        _revisions.Add(revision);
        return revision;
    }

    public void Submit(Actor actor, DateTimeOffset now)
    {
        if (!actor.Is(AuthorId))
        {
            throw new DomainException("Alleen de opsteller kan dit dilemma indienen.");
        }

        if (Status is not (DilemmaStatus.Draft or DilemmaStatus.ReturnedToAuthor))
        {
            throw new DomainException($"Een dilemma met status {Status.ToDutch()} kan niet worden ingediend.");
        }

        Status = DilemmaStatus.UnderDiscussion;
        SubmittedAt ??= now;
        UpdatedAt = now;
    }

    public void ReturnToAuthor(Actor actor, string reason, DateTimeOffset now)
    {
        RequireBeslisser(actor, "terugsturen");
        if (Status != DilemmaStatus.UnderDiscussion)
        {
            throw new DomainException($"Alleen een dilemma dat ter bespreking ligt kan worden teruggestuurd; dit dilemma is {Status.ToDutch().ToLowerInvariant()}.");
        }

        RequireText(reason, "Geef een reden waarom het dilemma wordt teruggestuurd.");
        Status = DilemmaStatus.ReturnedToAuthor;
        ReturnReason = reason.Trim();
        UpdatedAt = now;
    }

    /// <summary>Besluit vastleggen: the first decision on a dilemma under discussion.</summary>
    public Decision Decide(Actor actor, string solution, string rationale, IReadOnlyList<AgreementTerms> agreements, DateTimeOffset now)
    {
        RequireBeslisser(actor, "een besluit vastleggen");
        if (Status == DilemmaStatus.Decided)
        {
            throw new DomainException("Over dit dilemma is al besloten. Gebruik Besluit herzien om het besluit te wijzigen.");
        }

        if (Status != DilemmaStatus.UnderDiscussion)
        {
            throw new DomainException($"Alleen over een dilemma dat ter bespreking ligt kan worden besloten; dit dilemma is {Status.ToDutch().ToLowerInvariant()}.");
        }

        var decision = AddDecision(actor, solution, rationale, agreements, now);
        Status = DilemmaStatus.Decided;
        return decision;
    }

    /// <summary>Besluit herzien: a new decision supersedes the current one, which stays readable.</summary>
    public Decision ReviseDecision(Actor actor, string solution, string rationale, IReadOnlyList<AgreementTerms> agreements, DateTimeOffset now)
    {
        RequireBeslisser(actor, "een besluit herzien");
        if (Status != DilemmaStatus.Decided || CurrentDecision is not { } current)
        {
            throw new DomainException("Alleen het besluit van een besloten dilemma kan worden herzien.");
        }

        current.Supersede(now);
        return AddDecision(actor, solution, rationale, agreements, now);
    }

    public void Withdraw(Actor actor, string reason, DateTimeOffset now)
    {
        if (Status is DilemmaStatus.Decided or DilemmaStatus.Withdrawn)
        {
            throw new DomainException($"Een dilemma met status {Status.ToDutch()} kan niet worden ingetrokken.");
        }

        if (!CanWithdraw(actor))
        {
            throw new DomainException("Alleen de opsteller of een beslisser kan dit dilemma intrekken.");
        }

        RequireText(reason, "Geef een reden waarom het dilemma wordt ingetrokken.");
        Status = DilemmaStatus.Withdrawn;
        WithdrawalReason = reason.Trim();
        UpdatedAt = now;
    }

    public Comment AddComment(Actor actor, CommentKind kind, string body, DateTimeOffset now)
    {
        if (!CanComment(actor))
        {
            throw new DomainException(Status switch
            {
                DilemmaStatus.Draft => "Op een concept kan nog niet worden gereageerd; dien het eerst in.",
                DilemmaStatus.Withdrawn => "Op een ingetrokken dilemma kan niet meer worden gereageerd.",
                _ => "U kunt op dit dilemma niet reageren.",
            });
        }

        RequireText(body, "Schrijf een reactie.");
        var comment = new Comment(MunicipalityId, actor.UserId, kind, body, now);
        _comments.Add(comment);
        return comment;
    }

    /// <summary>Follow-up of an afspraak of the current decision: kept or not kept, with a note.</summary>
    public Agreement SetAgreementStatus(Actor actor, Guid agreementId, AgreementStatus status, string? note, DateTimeOffset now)
    {
        if (!CanFollowUpAgreements(actor))
        {
            throw new DomainException("Alleen een handhaver of beslisser legt vast of een afspraak is nagekomen.");
        }

        var agreement = CurrentDecision?.Agreements.SingleOrDefault(a => a.Id == agreementId)
            ?? throw new DomainException("Deze afspraak hoort niet bij het geldende besluit van dit dilemma.");
        if (status == AgreementStatus.Open)
        {
            throw new DomainException("Kies of de afspraak is nagekomen of niet is nagekomen.");
        }

        if (status == AgreementStatus.NotKept && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("Licht toe wat er is gebeurd nu de afspraak niet is nagekomen.");
        }

        agreement.SetStatus(status, note, actor.UserId, now);
        UpdatedAt = now;
        return agreement;
    }

    private Decision AddDecision(Actor actor, string solution, string rationale, IReadOnlyList<AgreementTerms> agreements, DateTimeOffset now)
    {
        RequireText(solution, "Beschrijf de oplossing.");
        RequireText(rationale, "Geef de motivering van het besluit.");
        var decision = new Decision(MunicipalityId, solution, rationale, actor.UserId, now, agreements);
        _decisions.Add(decision);
        UpdatedAt = now;
        return decision;
    }

    private void Apply(DilemmaContent content)
    {
        RequireText(content.Title, "Geef het dilemma een titel.");
        RequireText(content.Situation, "Beschrijf de situatie.");
        RequireText(content.Question, "Beschrijf het dilemma.");
        if (content.PolicyAreas.Count == 0)
        {
            throw new DomainException("Kies minstens één domein.");
        }

        if (content.Options.Count is 0 or > DilemmaContent.MaxOptions)
        {
            throw new DomainException($"Geef 1 tot {DilemmaContent.MaxOptions} opties.");
        }

        if (content.PolicyAreas.Any(p => p.MunicipalityId != MunicipalityId))
        {
            throw new DomainException("Een domein moet van de eigen gemeente zijn.");
        }

        Title = content.Title.Trim();
        Situation = content.Situation.Trim();
        Question = content.Question.Trim();
        Interests = Normalize(content.Interests);
        Phase = content.Phase;
        RiskSignals = [.. content.RiskSignals.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        Options = [.. content.Options.Select(o => new DilemmaOption(o.Description.Trim(), o.Consequences.Trim()))];
        Proposal = Normalize(content.Proposal);
        LegalBasis = Normalize(content.LegalBasis);
        _policyAreas.RemoveAll(p => !content.PolicyAreas.Contains(p));
        _policyAreas.AddRange(content.PolicyAreas.Where(p => !_policyAreas.Contains(p)));
    }

    private List<FieldChange> Compare(DilemmaContent content)
    {
        var changes = new List<FieldChange>();
        void Check(string field, string? before, string? after)
        {
            if (!string.Equals((before ?? string.Empty).Trim(), (after ?? string.Empty).Trim(), StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, before ?? string.Empty, after?.Trim() ?? string.Empty));
            }
        }

        Check("Titel", Title, content.Title);
        Check("Situatie", Situation, content.Situation);
        Check("Dilemma", Question, content.Question);
        Check("Belangen", Interests, content.Interests);
        Check("Domeinen", JoinNames(_policyAreas), JoinNames(content.PolicyAreas));
        Check("Fase", Phase.ToDutch(), content.Phase.ToDutch());
        Check("Risicosignalen", string.Join(", ", RiskSignals), string.Join(", ", content.RiskSignals.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)));
        Check("Opties", DescribeOptions(Options), DescribeOptions(content.Options));
        Check("Voorstel", Proposal, content.Proposal);
        Check("Wettelijk kader", LegalBasis, content.LegalBasis);
        return changes;
    }

    private static string JoinNames(IEnumerable<PolicyArea> areas) => string.Join(", ", areas.Select(a => a.Name).Order(StringComparer.Ordinal));

    private static string DescribeOptions(IEnumerable<DilemmaOption> options) =>
        string.Join("\n", options.Select((o, i) => $"{i + 1}. {o.Description.Trim()} — Gevolgen: {o.Consequences.Trim()}"));

    private static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void RequireText(string? text, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(message);
        }
    }

    private static void RequireBeslisser(Actor actor, string action)
    {
        if (!actor.IsBeslisser)
        {
            throw new DomainException($"Alleen een beslisser kan {action}.");
        }
    }

    /// <summary>
    /// Tekst verwijderen: the passage leaves the current version, every earlier version in the history, decisions (also
    /// revised ones) with their afspraken, and reacties. Not a revision: the history shows the marker where the text was.
    /// </summary>
    public void Redact(Redaction redaction)
    {
        Title = redaction.Apply(Title, "Titel", maxLength: 150);
        Situation = redaction.Apply(Situation, "Situatie", maxLength: 10_000);
        Question = redaction.Apply(Question, "Dilemma", maxLength: 2_000);
        Interests = redaction.ApplyOptional(Interests, "Belangen", maxLength: 4_000);
        Proposal = redaction.ApplyOptional(Proposal, "Voorstel", maxLength: 4_000);
        LegalBasis = redaction.ApplyOptional(LegalBasis, "Wettelijk kader", maxLength: 300);
        ReturnReason = redaction.ApplyOptional(ReturnReason, "Reden van terugsturen", maxLength: 2_000);
        WithdrawalReason = redaction.ApplyOptional(WithdrawalReason, "Reden van intrekken", maxLength: 2_000);
        var signals = RiskSignals.Select(s => redaction.Apply(s, "Risicosignalen", RiskSignal.NameMaxLength)).ToList();
        if (!signals.SequenceEqual(RiskSignals))
        {
            RiskSignals = signals;
        }

        var options = Options.Select(o => new DilemmaOption(redaction.Apply(o.Description, "Opties", 2_000), redaction.Apply(o.Consequences, "Opties", 2_000))).ToList();
        if (!options.SequenceEqual(Options))
        {
            Options = options;
        }

        foreach (var revision in _revisions)
        {
            revision.Redact(redaction);
        }

        foreach (var decision in _decisions)
        {
            decision.Redact(redaction);
        }

        foreach (var comment in _comments)
        {
            comment.Redact(redaction);
        }
    }
}
