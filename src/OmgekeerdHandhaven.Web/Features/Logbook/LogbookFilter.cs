namespace OmgekeerdHandhaven.Web.Features.Logbook;

/// <summary>The logboek filters as they appear in the URL, so a filtered view and its CSV export are the same selection.</summary>
public sealed record LogbookFilter(DateOnly? From, DateOnly? To, string? Action, Guid? ActorId, string? Subject)
{
    public string ToQuery(int? page = null)
    {
        var parts = new List<string>();
        if (From is { } from)
        {
            parts.Add("van=" + from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (To is { } to)
        {
            parts.Add("tot=" + to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(Action))
        {
            parts.Add("actie=" + Uri.EscapeDataString(Action));
        }

        if (ActorId is { } actor)
        {
            parts.Add("gebruiker=" + actor);
        }

        if (!string.IsNullOrEmpty(Subject))
        {
            parts.Add("object=" + Uri.EscapeDataString(Subject));
        }

        if (page is > 1)
        {
            parts.Add("pagina=" + page);
        }

        return parts.Count == 0 ? string.Empty : "?" + string.Join("&", parts);
    }
}
