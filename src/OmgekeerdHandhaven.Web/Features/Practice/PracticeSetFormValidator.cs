using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.Practice;

public sealed class PracticeSetFormValidator : AbstractValidator<PracticeSetForm>
{
    public PracticeSetFormValidator()
    {
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Geef de oefenset een naam, bijvoorbeeld \"Nieuwe collega's: jeugdhulp en bijstand\".")
            .MaximumLength(PracticeSet.NameMaxLength).WithMessage($"De naam mag hoogstens {PracticeSet.NameMaxLength} tekens lang zijn.");
        RuleFor(f => f.Name).SafeFreeText("Naam");
        RuleFor(f => f.Description).Cascade(CascadeMode.Stop)
            .MaximumLength(PracticeSet.DescriptionMaxLength).WithMessage("De omschrijving mag hoogstens 2.000 tekens lang zijn.");
        RuleFor(f => f.Description).SafeFreeText("Omschrijving");
        RuleFor(f => f.Dilemmas).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Kies ten minste één besloten dilemma.")
            .Must(d => d.Count <= PracticeSet.MaxDilemmas).WithMessage($"Kies hoogstens {PracticeSet.MaxDilemmas} dilemma's.")
            .Must(d => d.All(n => DilemmaNumber.TryParse(n, out _))).WithMessage("Kies de dilemma's uit de lijst.");
    }
}
