using FluentValidation;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

public sealed class ReasonFormValidator : AbstractValidator<ReasonForm>
{
    public ReasonFormValidator(IColleagueNames colleagues)
    {
        RuleFor(f => f.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Geef een reden.")
            .MaximumLength(2_000).WithMessage("De reden mag hoogstens 2.000 tekens lang zijn.");
        RuleFor(f => f.Reason).SafeFreeText("Reden", colleagues);
    }
}
