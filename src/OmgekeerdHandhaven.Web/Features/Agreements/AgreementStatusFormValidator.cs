using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.Agreements;

public sealed class AgreementStatusFormValidator : AbstractValidator<AgreementStatusForm>
{
    public AgreementStatusFormValidator(IColleagueNames colleagues)
    {
        RuleFor(f => f.Status)
            .Must(s => s is nameof(AgreementStatus.Kept) or nameof(AgreementStatus.NotKept))
            .WithMessage("Kies Nagekomen of Niet nagekomen.");
        RuleFor(f => f.Note).Cascade(CascadeMode.Stop)
            .NotEmpty().When(f => f.Status == nameof(AgreementStatus.NotKept)).WithMessage("Licht toe wat er is gebeurd nu de afspraak niet is nagekomen.")
            .MaximumLength(2_000).WithMessage("De toelichting mag hoogstens 2.000 tekens lang zijn.");
        RuleFor(f => f.Note).SafeFreeText("Toelichting", colleagues);
    }
}
