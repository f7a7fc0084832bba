using OmgekeerdHandhaven.Web.Features.Shared;

namespace OmgekeerdHandhaven.Web.Features.TeamMeetings;

/// <summary>Werkoverleg plannen (no id) or wijzigen: the form with the gemeente's colleagues to choose attendees from.</summary>
public sealed record TeamMeetingFormViewModel(Guid? Id, TeamMeetingForm Form, IReadOnlyList<ChoiceOption> Colleagues)
{
    public ChoiceFieldset AttendeeChoices => new(
        $"{nameof(Form)}.{nameof(TeamMeetingForm.Attendees)}", "Deelnemers", "checkbox", Colleagues,
        Form.Attendees.Select(a => a.ToString()).ToHashSet(StringComparer.Ordinal), "Wie is erbij? Kies ten minste iemand die kan besluiten.");
}
