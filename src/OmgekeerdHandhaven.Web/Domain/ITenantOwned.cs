namespace OmgekeerdHandhaven.Web.Domain;

/// <summary>
/// Data that belongs to one gemeente. Every type with this interface gets the tenant query filter,
/// so a user never reads another gemeente's rows (they answer 404, not 403).
/// </summary>
public interface ITenantOwned
{
    Guid MunicipalityId { get; }
}
