namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>A risicosignaal from the gemeente's list (hennep, jeugdhulp betrokken, …).</summary>
public sealed class RiskSignal : ListEntry
{
    private RiskSignal()
    {
    }

    public RiskSignal(Guid municipalityId, string name, int sortOrder = 0)
        : base(municipalityId, name, sortOrder)
    {
    }
}
