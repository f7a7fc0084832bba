using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OmgekeerdHandhaven.Web.Features.Decisions;

/// <summary>Besluit vastleggen and Besluit herzien. Agreements are added and removed with submit buttons (works without JavaScript).</summary>
public sealed class DecisionForm
{
    public string Solution { get; set; } = string.Empty;

    public string Rationale { get; set; } = string.Empty;

    public List<AgreementForm> Agreements { get; set; } = [];

    public uint Version { get; set; }

    public string? Command { get; set; }

    /// <summary>Decided during a werkoverleg: the meeting whose agenda item links this decision.</summary>
    public Guid? TeamMeetingId { get; set; }

    [BindNever]
    public DecisionFormContext? Context { get; set; }
}
