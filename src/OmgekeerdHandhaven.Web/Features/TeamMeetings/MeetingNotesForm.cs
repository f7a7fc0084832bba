namespace OmgekeerdHandhaven.Web.Features.TeamMeetings;

/// <summary>Aantekeningen voor het verslag, next to the outcomes of the agenda items.</summary>
public sealed class MeetingNotesForm
{
    public string? Notes { get; set; }

    public uint Version { get; set; }
}
