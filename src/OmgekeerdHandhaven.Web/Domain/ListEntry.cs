namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// An entry of one of the gemeente's own lists (domeinen, risicosignalen): named, ordered, and deactivated rather than
/// deleted once dilemmas use it — a dilemma keeps what it was filed under, new dilemmas no longer offer it.
/// Not an entity itself: each list is its own table.
/// </summary>
public abstract class ListEntry : ITenantOwned
{
    public const int NameMaxLength = 80;

    protected ListEntry()
    {
        Name = string.Empty;
    }

    protected ListEntry(Guid municipalityId, string name, int sortOrder)
    {
        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        Name = name.Trim();
        SortOrder = sortOrder;
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public string Name { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; } = true;

    public void Rename(string name) => Name = name.Trim();

    public void MoveTo(int sortOrder) => SortOrder = sortOrder;

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}
