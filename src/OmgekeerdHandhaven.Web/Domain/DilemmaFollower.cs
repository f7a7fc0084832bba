namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// A colleague's following of a dilemma: followers hear of its reacties, its return and its decision. The author,
/// commenters and agreement owners follow by default; "Niet meer volgen" keeps the row with Following off, so taking
/// part again later does not make them follow against their choice.
/// </summary>
public sealed class DilemmaFollower : ITenantOwned
{
    private DilemmaFollower()
    {
    }

    public DilemmaFollower(Guid municipalityId, Guid dilemmaId, Guid userId, bool following, DateTimeOffset since)
    {
        MunicipalityId = municipalityId;
        DilemmaId = dilemmaId;
        UserId = userId;
        Following = following;
        ChangedAt = since;
    }

    public Guid MunicipalityId { get; private set; }

    public Guid DilemmaId { get; private set; }

    public Guid UserId { get; private set; }

    public bool Following { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public void Set(bool following, DateTimeOffset now)
    {
        Following = following;
        ChangedAt = now;
    }
}
