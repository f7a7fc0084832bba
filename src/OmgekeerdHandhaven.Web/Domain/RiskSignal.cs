namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>A risicosignaal from the gemeente's list (hennep, jeugdhulp betrokken, …).</summary>
public sealed class RiskSignal : ITenantOwned
{
    public const int NameMaxLength = 80;

    private RiskSignal()
    {
        Name = string.Empty;
    }

    public RiskSignal(Guid municipalityId, string name)
    {
        Id = Guid.NewGuid();
        MunicipalityId = municipalityId;
        Name = name.Trim();
    }

    public Guid Id { get; private set; }

    public Guid MunicipalityId { get; private set; }

    public string Name { get; private set; }
}
