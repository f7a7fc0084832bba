using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.Vision;

public sealed class VisionFormValidator : AbstractValidator<VisionForm>
{
    public VisionFormValidator(IColleagueNames colleagues)
    {
        RuleFor(f => f.Vision).Cascade(CascadeMode.Stop)
            .MaximumLength(Municipality.VisionMaxLength).WithMessage("De visie mag hoogstens 10.000 tekens lang zijn.");
        RuleFor(f => f.Vision).SafeFreeText("Visie op handhaving", colleagues);
    }
}
