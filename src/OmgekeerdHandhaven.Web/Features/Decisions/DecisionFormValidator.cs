using FluentValidation;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.Decisions;

public sealed class DecisionFormValidator : AbstractValidator<DecisionForm>
{
    public const int MaxAgreements = 10;

    public DecisionFormValidator(IColleagueNames colleagues)
    {
        RuleFor(f => f.Solution).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Beschrijf de oplossing.")
            .MaximumLength(10_000).WithMessage("De oplossing mag hoogstens 10.000 tekens lang zijn.");
        RuleFor(f => f.Solution).SafeFreeText("Oplossing", colleagues);
        RuleFor(f => f.Rationale).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Geef de motivering: waarom is dit de juiste oplossing?")
            .MaximumLength(10_000).WithMessage("De motivering mag hoogstens 10.000 tekens lang zijn.");
        RuleFor(f => f.Rationale).SafeFreeText("Motivering", colleagues);
        RuleFor(f => f.Agreements)
            .Must(a => a.Count <= MaxAgreements).WithMessage($"Leg hoogstens {MaxAgreements} afspraken vast bij één besluit.");
        RuleForEach(f => f.Agreements).ChildRules(agreement =>
        {
            agreement.RuleFor(a => a.Description).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Beschrijf de afspraak.")
                .MaximumLength(2_000).WithMessage("De omschrijving mag hoogstens 2.000 tekens lang zijn.");
            agreement.RuleFor(a => a.Description).SafeFreeText("Omschrijving", colleagues);
            agreement.RuleFor(a => a.Responsible).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Vul in wie verantwoordelijk is: een collega of een andere partij, zoals \"jeugdhulpverlener\".")
                .MaximumLength(150).WithMessage("Verantwoordelijke mag hoogstens 150 tekens lang zijn.");
            agreement.RuleFor(a => a.Responsible).SafeFreeText("Verantwoordelijke", colleagues);
            agreement.RuleFor(a => a.DueDate).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Vul de deadline in.")
                .Must(d => DutchTime.TryParseDate(d, out _)).WithMessage("Vul de deadline in als datum, bijvoorbeeld 31-12-2026.");
            agreement.RuleFor(a => a.Fallback).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Beschrijf wat er gebeurt als de afspraak niet wordt nagekomen.")
                .MaximumLength(2_000).WithMessage("Dit veld mag hoogstens 2.000 tekens lang zijn.");
            agreement.RuleFor(a => a.Fallback).SafeFreeText("Als de afspraak niet wordt nagekomen", colleagues);
        });
    }
}
