namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>A risicosignaal from the gemeente's list (hennep, jeugdhulp betrokken, …).</summary>
public sealed class RiskSignal : IListEntry
{
    public const int NameMaxLength = 80;

    private RiskSignal()
    {
        Name = string.Empty;
    }

    public RiskSignal(Guid municipalityId, string name, int sortOrder = 0)
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
