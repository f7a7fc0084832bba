using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.TeamMeetings;

public sealed class MeetingNotesFormValidator : AbstractValidator<MeetingNotesForm>
{
    public MeetingNotesFormValidator(IColleagueNames colleagues)
    {
        RuleFor(f => f.Notes).Cascade(CascadeMode.Stop)
            .MaximumLength(TeamMeeting.NotesMaxLength).WithMessage("De aantekeningen mogen hoogstens 10.000 tekens lang zijn.");
        RuleFor(f => f.Notes).SafeFreeText("Aantekeningen", colleagues);
    }
}
