namespace OmgekeerdHandhaven.Web.Data;

/// <summary>The gemeente whose data the current unit of work may see. Null means: none at all.</summary>
public interface ITenantContext
{
    Guid? MunicipalityId { get; }
}
