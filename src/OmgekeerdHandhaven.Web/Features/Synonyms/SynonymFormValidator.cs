using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.Synonyms;

public sealed partial class SynonymFormValidator : AbstractValidator<SynonymForm>
{
    public SynonymFormValidator() =>
        RuleFor(f => f.Terms).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vul minstens twee termen in, gescheiden door komma's.")
            .MaximumLength(1_000).WithMessage("Termen mogen samen hoogstens 1.000 tekens lang zijn.")
            .SafeFreeText("Termen")
            .Must(t => SynonymGroup.Parse(t).Count >= 2).WithMessage("Vul minstens twee verschillende termen in, gescheiden door komma's.")
            .Must(t => SynonymGroup.Parse(t).Count <= SynonymGroup.MaxTerms).WithMessage($"Een groep heeft hoogstens {SynonymGroup.MaxTerms} termen.")
            .Must(t => SynonymGroup.Parse(t).All(term => term.Length <= SynonymGroup.TermMaxLength))
                .WithMessage($"Een term mag hoogstens {SynonymGroup.TermMaxLength} tekens lang zijn.")
            .Must(t => SynonymGroup.Parse(t).All(term => TermPattern().IsMatch(term)))
                .WithMessage("Een term bevat alleen letters, cijfers, spaties, koppeltekens en apostroffen.");

    // What a search term can hold; no operators ("OR", quotes, minus in front) that would change the query's meaning.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{L}[\p{L}\p{N}' \-]*$")]
    private static partial System.Text.RegularExpressions.Regex TermPattern();
}
