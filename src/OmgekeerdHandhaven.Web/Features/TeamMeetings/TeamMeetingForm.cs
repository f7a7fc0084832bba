using OmgekeerdHandhaven.Web.Infrastructure;

namespace OmgekeerdHandhaven.Web.Features.TeamMeetings;

/// <summary>Werkoverleg plannen / wijzigen.</summary>
public sealed class TeamMeetingForm
{
    /// <summary>yyyy-MM-dd from the date input, or typed as d-M-yyyy.</summary>
    public string? Date { get; set; }

    /// <summary>The date, once the validator accepted the form.</summary>
    public DateOnly ParsedDate => DutchTime.TryParseDate(Date, out var date) ? date : throw new InvalidOperationException("Validate the form first.");

    public string? Team { get; set; }

    /// <summary>Deelnemers: ids of the gemeente's colleagues.</summary>
    public List<Guid> Attendees { get; set; } = [];
}
