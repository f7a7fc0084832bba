using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.Practice;

public sealed class PracticeAnswerFormValidator : AbstractValidator<PracticeAnswerForm>
{
    public PracticeAnswerFormValidator(IColleagueNames colleagues)
    {
        RuleFor(f => f.Approach).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Schrijf eerst uw aanpak: wat zou u doen, en waarom?")
            .MaximumLength(PracticeAnswer.ApproachMaxLength).WithMessage("Uw aanpak mag hoogstens 5.000 tekens lang zijn.");
        RuleFor(f => f.Approach).SafeFreeText("Uw aanpak", colleagues);
    }
}
