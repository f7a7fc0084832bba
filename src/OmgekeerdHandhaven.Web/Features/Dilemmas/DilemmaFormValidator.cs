using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

/// <summary>The input rules of product.md, with the privacy guard on every free-text field.</summary>
public sealed class DilemmaFormValidator : AbstractValidator<DilemmaForm>
{
    public DilemmaFormValidator(IColleagueNames colleagues)
    {
        RuleFor(f => f.Title).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vul de titel in.")
            .Length(10, 150).WithMessage("De titel moet 10 tot 150 tekens lang zijn (nu {TotalLength}).");
        RuleFor(f => f.Title).SafeFreeText("Titel", colleagues);
        RuleFor(f => f.Situation).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Beschrijf de situatie.")
            .Length(50, 10_000).WithMessage("Beschrijf de situatie in 50 tot 10.000 tekens (nu {TotalLength}).");
        RuleFor(f => f.Situation).SafeFreeText("Situatie", colleagues);
        RuleFor(f => f.Question).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Beschrijf het dilemma: welke vraag moet worden beantwoord?")
            .Length(20, 2_000).WithMessage("Beschrijf het dilemma in 20 tot 2.000 tekens (nu {TotalLength}).");
        RuleFor(f => f.Question).SafeFreeText("Dilemma", colleagues);
        RuleFor(f => f.Interests).Cascade(CascadeMode.Stop)
            .MaximumLength(4_000).WithMessage("Belangen mag hoogstens 4.000 tekens lang zijn.");
        RuleFor(f => f.Interests).SafeFreeText("Belangen", colleagues);
        RuleFor(f => f.PolicyAreaIds)
            .NotEmpty().WithMessage("Kies minstens één domein.");
        RuleFor(f => f.Phase)
            .Must(p => Enum.TryParse<ChainPhase>(p, ignoreCase: false, out var phase) && Enum.IsDefined(phase))
            .WithMessage("Kies de fase.");
        RuleFor(f => f.AllRiskSignals()).Cascade(CascadeMode.Stop)
            .Must(signals => signals.Count() <= 20).WithMessage("Kies hoogstens 20 risicosignalen.")
            .Must(signals => signals.All(s => s.Length <= RiskSignal.NameMaxLength)).WithMessage($"Een risicosignaal mag hoogstens {RiskSignal.NameMaxLength} tekens lang zijn.")
            .Must(signals => signals.All(s => ControlCharacters.Find(s) is null)).WithMessage("Een risicosignaal bevat een onzichtbaar stuurteken. Haal het weg en probeer het opnieuw.")
            .Must(signals => signals.All(s => PrivacyGuard.Scan(s).Count == 0)).WithMessage("Risicosignalen mogen geen persoonsgegevens bevatten.")
            .OverridePropertyName(nameof(DilemmaForm.OtherRiskSignals));
        RuleFor(f => f.Options).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Geef minstens één optie.")
            .Must(o => o.Count <= DilemmaContent.MaxOptions).WithMessage($"Geef hoogstens {DilemmaContent.MaxOptions} opties.");
        RuleForEach(f => f.Options).ChildRules(option =>
        {
            option.RuleFor(o => o.Description).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Beschrijf deze optie.")
                .MaximumLength(2_000).WithMessage("De omschrijving mag hoogstens 2.000 tekens lang zijn.");
            option.RuleFor(o => o.Description).SafeFreeText("Omschrijving", colleagues);
            option.RuleFor(o => o.Consequences).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Beschrijf de gevolgen van deze optie.")
                .MaximumLength(2_000).WithMessage("De gevolgen mogen hoogstens 2.000 tekens lang zijn.");
            option.RuleFor(o => o.Consequences).SafeFreeText("Gevolgen", colleagues);
        });
        RuleFor(f => f.Proposal).Cascade(CascadeMode.Stop)
            .MaximumLength(4_000).WithMessage("Het voorstel mag hoogstens 4.000 tekens lang zijn.");
        RuleFor(f => f.Proposal).SafeFreeText("Voorstel", colleagues);
        RuleFor(f => f.LegalBasis).Cascade(CascadeMode.Stop)
            .MaximumLength(300).WithMessage("Het wettelijk kader mag hoogstens 300 tekens lang zijn.");
        RuleFor(f => f.LegalBasis).SafeFreeText("Wettelijk kader", colleagues);
    }
}
