namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// A casusboekje: an edition of the most common decided dilemmas with their solution, grouped by domain, for the team
/// to read and practise with (the article's alternative to a knowledge platform). Composed as a draft, then published:
/// a published edition is frozen.
/// </summary>
public sealed class CaseBooklet : ITenantOwned
{
    public const int TitleMaxLength = 150;
    public const int IntroductionMaxLength = 10_000;
    public const int MaxEntries = 500;

    private readonly List<CaseBookletEntry> _entries = [];

    private CaseBooklet()
    {
        Title = Introduction = string.Empty;
        GroupOrder = [];
    }

    public CaseBooklet(Guid municipalityId, string title, string introduction, DateOnly validUntil, Actor actor, DateTimeOffset now)
        : this()
    {
        DomainException.ThrowUnless(CanCompose(actor), "Alleen een handhaver of beslisser kan een casusboekje samenstellen.");
        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        Title = title.Trim();
        Introduction = introduction.Trim();
        ValidUntil = validUntil;
        CreatedById = actor.UserId;
        CreatedAt = UpdatedAt = now;
        Status = CaseBookletStatus.Draft;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public string Title { get; private set; }

    public string Introduction { get; private set; }

    /// <summary>Geldig tot: after this date the team should use a newer edition.</summary>
    public DateOnly ValidUntil { get; private set; }

    public CaseBookletStatus Status { get; private set; }

    /// <summary>The domains in the order the booklet prints them.</summary>
    public List<string> GroupOrder { get; private set; }

    public Guid CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>In print order: by group, then position.</summary>
    public IReadOnlyList<CaseBookletEntry> Entries =>
        [.. _entries.OrderBy(e => GroupIndex(e.Group)).ThenBy(e => e.Position)];

    public bool IsPublished => Status == CaseBookletStatus.Published;

    public const string PublishedReason = "Dit casusboekje is gepubliceerd en verandert niet meer. Maak een nieuwe editie.";

    public static bool CanCompose(Actor actor) => actor.IsHandhaver || actor.IsBeslisser;

    public void Change(string title, string introduction, DateOnly validUntil, Actor actor, DateTimeOffset now)
    {
        RequireDraft(actor);
        Title = title.Trim();
        Introduction = introduction.Trim();
        ValidUntil = validUntil;
        UpdatedAt = now;
    }

    /// <summary>Adds a decided dilemma at the end of its domain's group (the given domain, or its first).</summary>
    public CaseBookletEntry Add(Dilemma dilemma, string? group, Actor actor, DateTimeOffset now)
    {
        RequireDraft(actor);
        DomainException.ThrowUnless(dilemma.MunicipalityId == MunicipalityId, "Dit dilemma hoort niet bij uw gemeente.");
        DomainException.ThrowUnless(dilemma.Status == DilemmaStatus.Decided, $"Dilemma {dilemma.Number} is niet besloten; alleen besloten dilemma's met hun oplossing gaan in een casusboekje.");
        DomainException.ThrowUnless(_entries.All(e => e.DilemmaId != dilemma.Id), $"Dilemma {dilemma.Number} staat al in dit casusboekje.");
        DomainException.ThrowUnless(_entries.Count < MaxEntries, $"Een casusboekje heeft hoogstens {MaxEntries} dilemma's.");
        var domains = dilemma.PolicyAreas.OrderBy(p => p.SortOrder).Select(p => p.Name).ToList();
        var chosen = group is not null && domains.Contains(group, StringComparer.Ordinal) ? group : domains.FirstOrDefault() ?? "Overig";
        if (!GroupOrder.Contains(chosen, StringComparer.Ordinal))
        {
            GroupOrder = [.. GroupOrder, chosen];
        }

        var entry = new CaseBookletEntry(MunicipalityId, Id, dilemma, chosen, _entries.Count(e => e.Group == chosen) + 1);
        _entries.Add(entry);
        UpdatedAt = now;
        return entry;
    }

    public void Remove(Guid entryId, Actor actor, DateTimeOffset now)
    {
        RequireDraft(actor);
        var entry = _entries.SingleOrDefault(e => e.Id == entryId);
        DomainException.ThrowUnless(entry is not null, "Dit dilemma staat niet (meer) in het casusboekje.");
        _entries.Remove(entry);
        Renumber(entry.Group);
        if (_entries.All(e => e.Group != entry.Group))
        {
            GroupOrder = [.. GroupOrder.Where(g => g != entry.Group)];
        }

        UpdatedAt = now;
    }

    /// <summary>Moves a dilemma one place up (-1) or down (+1) within its group.</summary>
    public void Move(Guid entryId, int step, Actor actor, DateTimeOffset now)
    {
        RequireDraft(actor);
        var entry = _entries.SingleOrDefault(e => e.Id == entryId);
        DomainException.ThrowUnless(entry is not null, "Dit dilemma staat niet (meer) in het casusboekje.");
        var group = _entries.Where(e => e.Group == entry.Group).OrderBy(e => e.Position).ToList();
        var index = group.IndexOf(entry);
        var target = index + Math.Sign(step);
        if (target >= 0 && target < group.Count)
        {
            (group[index].Position, group[target].Position) = (group[target].Position, group[index].Position);
            UpdatedAt = now;
        }
    }

    /// <summary>Moves a whole domain one place up (-1) or down (+1).</summary>
    public void MoveGroup(string group, int step, Actor actor, DateTimeOffset now)
    {
        RequireDraft(actor);
        var order = GroupOrder.ToList();
        var index = order.IndexOf(group);
        DomainException.ThrowUnless(index >= 0, "Dit domein staat niet in het casusboekje.");
        var target = index + Math.Sign(step);
        if (target >= 0 && target < order.Count)
        {
            (order[index], order[target]) = (order[target], order[index]);
            GroupOrder = order;
            UpdatedAt = now;
        }
    }

    /// <summary>
    /// Publishes the edition with each dilemma as it is now (the latest decision); from then on it is frozen.
    /// <paramref name="dilemmas"/> are the entries' dilemmas, loaded with their decisions.
    /// </summary>
    public void Publish(IReadOnlyCollection<Dilemma> dilemmas, Actor actor, DateTimeOffset now)
    {
        RequireDraft(actor);
        DomainException.ThrowUnless(_entries.Count > 0, "Kies eerst dilemma's voor het casusboekje; een leeg casusboekje kan niet worden gepubliceerd.");
        foreach (var entry in _entries)
        {
            var dilemma = dilemmas.SingleOrDefault(d => d.Id == entry.DilemmaId);
            DomainException.ThrowUnless(dilemma is { Status: DilemmaStatus.Decided }, $"Dilemma {entry.Number} is niet meer besloten. Haal het uit het casusboekje voordat u publiceert.");
            entry.Capture(dilemma);
        }

        Status = CaseBookletStatus.Published;
        PublishedAt = UpdatedAt = now;
    }

    private int GroupIndex(string group)
    {
        var index = GroupOrder.IndexOf(group);
        return index < 0 ? int.MaxValue : index;
    }

    private void Renumber(string group)
    {
        var position = 1;
        foreach (var entry in _entries.Where(e => e.Group == group).OrderBy(e => e.Position))
        {
            entry.Position = position++;
        }
    }

    private void RequireDraft(Actor actor)
    {
        DomainException.ThrowUnless(CanCompose(actor), "Alleen een handhaver of beslisser kan een casusboekje samenstellen.");
        DomainException.ThrowUnless(!IsPublished, PublishedReason);
    }

    /// <summary>When text was removed from one of its dilemmas: its files are gone and a new edition is wanted.</summary>
    public DateTimeOffset? RedactedAt { get; private set; }

    /// <summary>
    /// A published edition is frozen, but not against the AVG: the dilemma's entry loses the passage; when it held it,
    /// the booklet says its files were removed (by the caller) and are to be made again. True when it held it.
    /// </summary>
    public bool Redact(Redaction redaction, Guid dilemmaId, DateTimeOffset now)
    {
        var before = redaction.Total;
        foreach (var entry in _entries.Where(e => e.DilemmaId == dilemmaId))
        {
            entry.Redact(redaction);
        }

        if (redaction.Total == before)
        {
            return false;
        }

        RedactedAt = now;
        return true;
    }
}
