using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Data;

/// <summary>The last dilemma number handed out per gemeente and year; see <see cref="DilemmaNumbers"/>.</summary>
public sealed class DilemmaNumberCounter : ITenantOwned
{
    public Guid MunicipalityId { get; set; }

    public int Year { get; set; }

    public int LastSequence { get; set; }
}
