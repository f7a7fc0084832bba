namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// A practice set (oefenset): decided dilemmas a Beslisser chose to practise with, in order; private to its maker
/// until shared with the gemeente.
/// </summary>
public sealed class PracticeSet : ITenantOwned
{
    public const int NameMaxLength = 150;
    public const int DescriptionMaxLength = 2_000;
    public const int MaxDilemmas = 50;

    private PracticeSet()
    {
        Name = string.Empty;
        DilemmaIds = [];
    }

    public PracticeSet(Guid municipalityId, string name, string? description, IReadOnlyList<Dilemma> dilemmas, bool shared, Actor actor, DateTimeOffset now)
    {
        DomainException.ThrowUnless(CanCompose(actor), "Alleen een beslisser stelt een oefenset samen.");

        if (dilemmas.Count is 0 or > MaxDilemmas)
        {
            throw new DomainException($"Kies 1 tot {MaxDilemmas} besloten dilemma's voor de oefenset.");
        }

        if (dilemmas.FirstOrDefault(d => d.Status != DilemmaStatus.Decided || d.MunicipalityId != municipalityId) is { } undecided)
        {
            throw new DomainException($"Dilemma {undecided.Number} is niet besloten; oefenen kan alleen met besloten dilemma's.");
        }

        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        Name = name.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        DilemmaIds = [.. dilemmas.Select(d => d.Id).Distinct()];
        Shared = shared;
        CreatedById = actor.UserId;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    /// <summary>The dilemmas in the order the learner meets them.</summary>
    public List<Guid> DilemmaIds { get; private set; }

    /// <summary>Gedeeld: everyone in the gemeente can practise with it; otherwise only its maker.</summary>
    public bool Shared { get; private set; }

    public Guid CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static bool CanCompose(Actor actor) => actor.IsBeslisser;

    public bool IsVisibleTo(Actor actor) => Shared || actor.Is(CreatedById);

    /// <summary>The dilemma after <paramref name="dilemmaId"/> in this set, or null at the end.</summary>
    public Guid? After(Guid dilemmaId)
    {
        var index = DilemmaIds.IndexOf(dilemmaId);
        return index >= 0 && index + 1 < DilemmaIds.Count ? DilemmaIds[index + 1] : null;
    }
}
