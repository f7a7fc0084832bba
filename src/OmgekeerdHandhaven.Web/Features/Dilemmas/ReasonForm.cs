using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

/// <summary>Intrekken and terugsturen: one required reason.</summary>
public sealed class ReasonForm
{
    public string Reason { get; set; } = string.Empty;

    /// <summary>Terugsturen during a werkoverleg: the meeting whose agenda item records it.</summary>
    public Guid? TeamMeetingId { get; set; }

    [BindNever]
    public string? Number { get; set; }

    [BindNever]
    public string? Title { get; set; }
}
