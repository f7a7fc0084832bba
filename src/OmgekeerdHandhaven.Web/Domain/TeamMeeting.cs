namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// A werkoverleg: the department's meeting where dilemmas Ter bespreking are decided with someone who can decide
/// (the article's method). Its agenda is built from dilemmas Ter bespreking; per item the meeting records a decision,
/// sends it back, or keeps it for next time. The verslag is generated from those outcomes plus free notes.
/// </summary>
public sealed class TeamMeeting : ITenantOwned
{
    public const int TeamMaxLength = 100;
    public const int NotesMaxLength = 10_000;
    public const int MaxItems = 30;

    private readonly List<AgendaItem> _items = [];

    private TeamMeeting()
    {
        Team = string.Empty;
        AttendeeIds = [];
    }

    public TeamMeeting(Guid municipalityId, DateOnly date, string team, IEnumerable<Guid> attendeeIds, Actor plannedBy, DateTimeOffset now)
    {
        if (!CanPlan(plannedBy))
        {
            throw new DomainException("Alleen een handhaver of beslisser kan een werkoverleg plannen.");
        }

        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        Date = date;
        Team = team.Trim();
        AttendeeIds = [.. attendeeIds.Distinct()];
        CreatedById = plannedBy.UserId;
        CreatedAt = UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public DateOnly Date { get; private set; }

    public string Team { get; private set; }

    public List<Guid> AttendeeIds { get; private set; }

    /// <summary>Free notes for the verslag, next to the outcomes.</summary>
    public string? Notes { get; private set; }

    public Guid CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Set by every change, agenda items included, so the meeting row (and its xmin) changes with them.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When the agenda was last sent round to the participants.</summary>
    public DateTimeOffset? AgendaSentAt { get; private set; }

    /// <summary>PostgreSQL xmin: two colleagues changing the agenda at once cannot overwrite each other.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<AgendaItem> Items => [.. _items.OrderBy(i => i.Position)];

    public static bool CanPlan(Actor actor) => actor.IsHandhaver || actor.IsBeslisser;

    public void Change(DateOnly date, string team, IEnumerable<Guid> attendeeIds, Actor actor, DateTimeOffset now)
    {
        DomainException.ThrowUnless(CanPlan(actor), "Alleen een handhaver of beslisser kan een werkoverleg wijzigen.");
        UpdatedAt = now;
        Date = date;
        Team = team.Trim();
        AttendeeIds = [.. attendeeIds.Distinct()];
    }

    public void SetNotes(string? notes, Actor actor, DateTimeOffset now)
    {
        DomainException.ThrowUnless(CanPlan(actor), "Alleen een handhaver of beslisser kan het verslag aanvullen.");
        UpdatedAt = now;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
    }

    /// <summary>Puts a dilemma Ter bespreking at the end of the agenda.</summary>
    public AgendaItem AddToAgenda(Dilemma dilemma, Actor actor, DateTimeOffset now)
    {
        DomainException.ThrowUnless(CanPlan(actor), "Alleen een handhaver of beslisser kan de agenda samenstellen.");
        DomainException.ThrowUnless(dilemma.MunicipalityId == MunicipalityId, "Dit dilemma hoort niet bij uw gemeente.");
        DomainException.ThrowUnless(dilemma.Status == DilemmaStatus.UnderDiscussion, $"Dilemma {dilemma.Number} staat niet ter bespreking en kan niet op de agenda.");
        DomainException.ThrowUnless(_items.All(i => i.DilemmaId != dilemma.Id), $"Dilemma {dilemma.Number} staat al op de agenda.");
        DomainException.ThrowUnless(_items.Count < MaxItems, $"Een agenda heeft hoogstens {MaxItems} punten.");
        UpdatedAt = now;
        var item = new AgendaItem(MunicipalityId, Id, dilemma.Id, _items.Count + 1);
        _items.Add(item);
        return item;
    }

    /// <summary>Moves an item one place up (-1) or down (+1); at either end nothing changes.</summary>
    public void Move(Guid itemId, int step, Actor actor, DateTimeOffset now)
    {
        DomainException.ThrowUnless(CanPlan(actor), "Alleen een handhaver of beslisser kan de agenda samenstellen.");
        var ordered = Items.ToList();
        var index = ordered.FindIndex(i => i.Id == itemId);
        DomainException.ThrowUnless(index >= 0, "Dit agendapunt bestaat niet (meer).");
        var target = index + Math.Sign(step);
        if (target < 0 || target >= ordered.Count)
        {
            return;
        }

        UpdatedAt = now;
        (ordered[index].Position, ordered[target].Position) = (ordered[target].Position, ordered[index].Position);
    }

    /// <summary>Takes an item off the agenda, as long as the meeting has not dealt with it.</summary>
    public void Remove(Guid itemId, Actor actor, DateTimeOffset now)
    {
        DomainException.ThrowUnless(CanPlan(actor), "Alleen een handhaver of beslisser kan de agenda samenstellen.");
        var item = _items.SingleOrDefault(i => i.Id == itemId);
        DomainException.ThrowUnless(item is not null, "Dit agendapunt bestaat niet (meer).");
        DomainException.ThrowUnless(item.Outcome == AgendaOutcome.Pending, "Dit agendapunt is al besproken en blijft in het verslag staan.");
        UpdatedAt = now;
        _items.Remove(item);
        var position = 1;
        foreach (var rest in _items.OrderBy(i => i.Position))
        {
            rest.Position = position++;
        }
    }

    /// <summary>The decision this meeting took about a dilemma on its agenda (the Beslisser's decision form).</summary>
    public void RecordDecision(Dilemma dilemma, Decision decision, Actor actor, DateTimeOffset now)
    {
        DomainException.ThrowUnless(actor.IsBeslisser, "Alleen een beslisser legt een besluit vast.");
        ItemFor(dilemma).Record(AgendaOutcome.Decided, actor, now, decisionId: decision.Id);
        UpdatedAt = now;
    }

    public void RecordReturned(Dilemma dilemma, string reason, Actor actor, DateTimeOffset now)
    {
        DomainException.ThrowUnless(actor.IsBeslisser, "Alleen een beslisser stuurt een dilemma terug.");
        ItemFor(dilemma).Record(AgendaOutcome.Returned, actor, now, reason: reason);
        UpdatedAt = now;
    }

    /// <summary>"Volgende keer": the dilemma stays Ter bespreking and is offered again for the next werkoverleg.</summary>
    public void RecordNextTime(Guid itemId, Actor actor, DateTimeOffset now)
    {
        DomainException.ThrowUnless(CanPlan(actor), "Alleen een handhaver of beslisser legt de uitkomst van een agendapunt vast.");
        var item = _items.SingleOrDefault(i => i.Id == itemId);
        DomainException.ThrowUnless(item is not null, "Dit agendapunt bestaat niet (meer).");
        DomainException.ThrowUnless(item.Outcome is AgendaOutcome.Pending or AgendaOutcome.NextTime, "Over dit agendapunt is al een besluit genomen of het is teruggestuurd.");
        item.Record(AgendaOutcome.NextTime, actor, now);
        UpdatedAt = now;
    }

    /// <summary>Agenda rondsturen: the participants (but the sender) hear the agenda is ready; returns who they are.</summary>
    public IReadOnlyList<Guid> SendAgenda(Actor actor, DateTimeOffset now)
    {
        DomainException.ThrowUnless(CanPlan(actor), "Alleen een handhaver of beslisser stuurt de agenda rond.");
        DomainException.ThrowUnless(_items.Count > 0, "Er staat nog niets op de agenda. Zet eerst dilemma's op de agenda.");
        var to = AttendeeIds.Where(id => id != actor.UserId).ToList();
        DomainException.ThrowUnless(to.Count > 0, "Dit werkoverleg heeft geen andere deelnemers. Voeg ze toe via Wijzigen.");
        AgendaSentAt = now;
        UpdatedAt = now;
        return to;
    }

    public bool HasOnAgenda(Guid dilemmaId) => _items.Any(i => i.DilemmaId == dilemmaId);

    private AgendaItem ItemFor(Dilemma dilemma)
    {
        var item = _items.SingleOrDefault(i => i.DilemmaId == dilemma.Id);
        DomainException.ThrowUnless(item is not null, $"Dilemma {dilemma.Number} staat niet op de agenda van dit werkoverleg.");
        return item;
    }

    /// <summary>Aantekeningen of a werkoverleg that discussed the dilemma may quote it.</summary>
    public void Redact(Redaction redaction) => Notes = redaction.ApplyOptional(Notes, "Werkoverleg", NotesMaxLength);
}
