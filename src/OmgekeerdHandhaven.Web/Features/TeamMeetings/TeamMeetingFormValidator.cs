using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.TeamMeetings;

public sealed class TeamMeetingFormValidator : AbstractValidator<TeamMeetingForm>
{
    public TeamMeetingFormValidator(IColleagueNames colleagues)
    {
        RuleFor(f => f.Date).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vul de datum van het werkoverleg in.")
            .Must(d => DutchTime.TryParseDate(d, out _)).WithMessage("Vul de datum in als datum, bijvoorbeeld 15-12-2026.")
            .Must(d => DutchTime.TryParseDate(d, out var date) && date.Year is >= 2000 and <= 2100).WithMessage("Vul een datum tussen 2000 en 2100 in.");
        RuleFor(f => f.Team).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vul in welk team vergadert, bijvoorbeeld \"Team Handhaving\".")
            .MaximumLength(TeamMeeting.TeamMaxLength).WithMessage($"Team mag hoogstens {TeamMeeting.TeamMaxLength} tekens lang zijn.");
        RuleFor(f => f.Team).SafeFreeText("Team", colleagues);
        RuleFor(f => f.Attendees)
            .Must(a => a.Count <= 100).WithMessage("Kies hoogstens 100 deelnemers.");
    }
}
