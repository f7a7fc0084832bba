using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

/// <summary>The list's filters as they live in the URL (?status=&amp;domein=&amp;fase=&amp;pagina=), so a filtered list can be shared.</summary>
public sealed record DilemmaListFilter(DilemmaStatus? Status, Guid? PolicyAreaId, ChainPhase? Phase)
{
    public string ToQuery(int page)
    {
        var parts = new List<string>();
        if (Status is { } status)
        {
            parts.Add($"status={status}");
        }

        if (PolicyAreaId is { } area)
        {
            parts.Add($"domein={area}");
        }

        if (Phase is { } phase)
        {
            parts.Add($"fase={phase}");
        }

        if (page > 1)
        {
            parts.Add($"pagina={page}");
        }

        return parts.Count == 0 ? string.Empty : "?" + string.Join("&", parts);
    }
}
