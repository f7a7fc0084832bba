using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.Exchange;

/// <summary>
/// The whole document is checked before anything is written: one bad item refuses it all, with the item named
/// (dilemmas[3].title). Free text goes through the privacy guard, as everywhere.
/// </summary>
public sealed class ExchangeDocumentValidator : AbstractValidator<ExchangeDocument>
{
    public const int MaxDilemmas = 5_000;

    public ExchangeDocumentValidator()
    {
        RuleFor(d => d.Format).Equal(ExchangeDocument.FormatName).WithMessage($"Dit is geen uitwisselbestand: \"format\" moet \"{ExchangeDocument.FormatName}\" zijn.");
        RuleFor(d => d.Version).Equal(1).WithMessage("Alleen versie 1 van het uitwisselformaat wordt ondersteund.");
        RuleFor(d => d.Source).NotNull().WithMessage("Vermeld de bron: \"source\" met de gemeente.");
        When(d => d.Source is not null, () =>
        {
            RuleFor(d => d.Source!.Gemeente).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Vermeld de naam van de brongemeente.")
                .MaximumLength(Municipality.NameMaxLength).WithMessage("De naam van de brongemeente is te lang.");
            RuleFor(d => d.Source!.Gemeente).SafeFreeText("Gemeente");
            RuleFor(d => d.Source!.Code)
                .Must(c => c is null || Municipality.IsValidCode(c)).WithMessage("De code van de brongemeente moet een CBS-code zijn: GM gevolgd door 4 cijfers.");
        });
        RuleFor(d => d.Dilemmas).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Het bestand bevat geen lijst \"dilemmas\".")
            .Must(d => d!.Count <= MaxDilemmas).WithMessage($"Eén bestand bevat hoogstens {MaxDilemmas} dilemma's.")
            .Must(d => d!.Where(x => x?.SourceId is not null).GroupBy(x => x.SourceId!.Trim()).All(g => g.Count() == 1))
                .WithMessage("Elk dilemma heeft een eigen sourceId; er komt er een dubbel voor.");
        RuleForEach(d => d.Dilemmas).NotNull().WithMessage("Dit dilemma is leeg.").ChildRules(dilemma =>
        {
            dilemma.RuleFor(x => x.SourceId).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("sourceId ontbreekt.")
                .MaximumLength(50).WithMessage("sourceId is hoogstens 50 tekens.")
                .NoControlCharacters("sourceId");
            Text(dilemma, x => x.Title, "Titel", 150, required: true);
            Text(dilemma, x => x.Situation, "Situatie", 10_000, required: true);
            Text(dilemma, x => x.Question, "Dilemma", 2_000, required: true);
            Text(dilemma, x => x.Interests, "Belangen", 4_000, required: false);
            Text(dilemma, x => x.LegalBasis, "Wettelijk kader", 300, required: false);
            dilemma.RuleFor(x => x.Phase)
                .Must(p => p is null || (Enum.TryParse<ChainPhase>(p, out var phase) && Enum.IsDefined(phase) && !int.TryParse(p, out _)))
                .WithMessage("Onbekende fase; gebruik Application, RunningBenefit, Reassessment, RecoveryAndFine of Other.");
            dilemma.RuleFor(x => x.PolicyAreas).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Noem minstens één domein.")
                .Must(a => a!.Count <= 10).WithMessage("Hoogstens 10 domeinen per dilemma.");
            dilemma.RuleForEach(x => x.PolicyAreas).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Een domein heeft een naam.")
                .MaximumLength(100).WithMessage("Een domeinnaam is hoogstens 100 tekens.")
                .SafeFreeText("Domein");
            dilemma.RuleFor(x => x.RiskSignals).Must(r => r is null || r.Count <= 20).WithMessage("Hoogstens 20 risicosignalen per dilemma.");
            dilemma.RuleForEach(x => x.RiskSignals).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Een risicosignaal heeft tekst.")
                .MaximumLength(60).WithMessage("Een risicosignaal is hoogstens 60 tekens.")
                .SafeFreeText("Risicosignaal");
            dilemma.RuleFor(x => x.Options).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Noem minstens één optie.")
                .Must(o => o!.Count <= DilemmaContent.MaxOptions).WithMessage($"Hoogstens {DilemmaContent.MaxOptions} opties per dilemma.");
            dilemma.RuleForEach(x => x.Options).NotNull().WithMessage("Deze optie is leeg.").ChildRules(option =>
            {
                Text(option, o => o.Description, "Omschrijving", 500, required: true);
                Text(option, o => o.Consequences, "Gevolgen", 2_000, required: true);
            });
            dilemma.RuleFor(x => x.Decision).NotNull().WithMessage("Het besluit ontbreekt: alleen besloten dilemma's worden uitgewisseld.");
            dilemma.When(x => x.Decision is not null, () =>
            {
                Text(dilemma, x => x.Decision!.Solution, "Oplossing", 10_000, required: true);
                Text(dilemma, x => x.Decision!.Rationale, "Motivering", 10_000, required: true);
                dilemma.RuleFor(x => x.Decision!.Agreements).Must(a => a is null || a.Count <= 10).WithMessage("Hoogstens 10 afspraken per besluit.");
                dilemma.RuleForEach(x => x.Decision!.Agreements).NotNull().WithMessage("Deze afspraak is leeg.").ChildRules(agreement =>
                {
                    Text(agreement, a => a.Description, "Omschrijving", 2_000, required: true);
                    Text(agreement, a => a.Responsible, "Verantwoordelijke", 150, required: true);
                    Text(agreement, a => a.Fallback, "Als de afspraak niet wordt nagekomen", 2_000, required: true);
                    agreement.RuleFor(a => a.TermDays).Cascade(CascadeMode.Stop)
                        .NotNull().WithMessage("termDays ontbreekt: de termijn in dagen.")
                        .InclusiveBetween(0, 3_650).WithMessage("termDays ligt tussen 0 en 3650 dagen.");
                });
            });
        });
    }

    private static void Text<T>(InlineValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> field, string label, int maximum, bool required)
    {
        IRuleBuilder<T, string?> rule = validator.RuleFor(field).Cascade(CascadeMode.Stop);
        if (required)
        {
            rule = rule.NotEmpty().WithMessage($"{label} ontbreekt.");
        }

        rule.MaximumLength(maximum).WithMessage($"{label} is hoogstens {maximum:N0} tekens.".Replace(",", ".", StringComparison.Ordinal));
        validator.RuleFor(field).SafeFreeText(label);
    }
}
