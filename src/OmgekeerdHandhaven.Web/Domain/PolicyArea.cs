namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>A domein of the social domain (Participatiewet, Jeugdhulp, Wmo, …); each gemeente keeps its own list.</summary>
public sealed class PolicyArea : IListEntry
{
    public const int NameMaxLength = 80;

    private PolicyArea()
    {
        Name = string.Empty;
    }

    public PolicyArea(Guid municipalityId, string name, int sortOrder)
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
