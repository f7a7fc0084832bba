using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.CaseBooklets;

public sealed class CaseBookletFormValidator : AbstractValidator<CaseBookletForm>
{
    public CaseBookletFormValidator(TimeProvider clock, IColleagueNames colleagues)
    {
        RuleFor(f => f.Title).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Geef het casusboekje een titel, bijvoorbeeld \"Casusboekje Werk en Inkomen 2027\".")
            .MaximumLength(CaseBooklet.TitleMaxLength).WithMessage($"De titel mag hoogstens {CaseBooklet.TitleMaxLength} tekens lang zijn.");
        RuleFor(f => f.Title).SafeFreeText("Titel", colleagues);
        RuleFor(f => f.Introduction).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Schrijf een inleiding: waarvoor is dit casusboekje en hoe gebruikt het team het?")
            .MaximumLength(CaseBooklet.IntroductionMaxLength).WithMessage("De inleiding mag hoogstens 10.000 tekens lang zijn.");
        RuleFor(f => f.Introduction).SafeFreeText("Inleiding", colleagues);
        RuleFor(f => f.ValidUntil).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vul in tot wanneer het casusboekje geldt.")
            .Must(d => DutchTime.TryParseDate(d, out _)).WithMessage("Vul Geldig tot in als datum, bijvoorbeeld 31-12-2027.")
            .Must(d => DutchTime.TryParseDate(d, out var date) && date > DutchTime.Today(clock) && date.Year <= 2100)
                .WithMessage("Geldig tot moet na vandaag liggen.");
    }
}
