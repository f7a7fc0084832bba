namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>A domein of the social domain (Participatiewet, Jeugdhulp, Wmo, …); each gemeente keeps its own list.</summary>
public sealed class PolicyArea : ListEntry
{
    private PolicyArea()
    {
    }

    public PolicyArea(Guid municipalityId, string name, int sortOrder)
        : base(municipalityId, name, sortOrder)
    {
    }
}
