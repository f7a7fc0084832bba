using FluentValidation;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Privacy;

namespace OmgekeerdHandhaven.Web.Features.Redactions;

public sealed class RedactionFormValidator : AbstractValidator<RedactionForm>
{
    public const int ReasonMaxLength = 500;

    public RedactionFormValidator(IColleagueNames colleagues)
    {
        RuleFor(f => f.Number).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vul het nummer van het dilemma in, bijvoorbeeld 2026-0042.")
            .Must(n => DilemmaNumber.TryParse(n?.Trim(), out _)).WithMessage("Dit is geen dilemmanummer. Een dilemmanummer ziet eruit als 2026-0042.");

        // The passage is personal data by nature: no privacy guard here, and it is never stored or logged.
        RuleFor(f => f.Passage).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vul de tekst in die moet verdwijnen, precies zoals die in het dilemma staat.")
            .Must(p => p!.Trim().Length >= Redaction.PassageMinLength).WithMessage($"Geef minstens {Redaction.PassageMinLength} tekens op.")
            .MaximumLength(Redaction.PassageMaxLength).WithMessage("De tekst mag hoogstens 2.000 tekens lang zijn. Verwijder een lange passage in delen.");
        RuleFor(f => f.Passage).NoControlCharacters("De te verwijderen tekst");

        RuleFor(f => f.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Geef de reden: die komt in het logboek, bijvoorbeeld \"naam van de cliënt in de situatie (verzoek AVG art. 17)\".")
            .MaximumLength(ReasonMaxLength).WithMessage($"De reden mag hoogstens {ReasonMaxLength} tekens lang zijn.");
        RuleFor(f => f.Reason)
            .Must((form, reason) => !SharesAWord(reason, form.Passage))
            .WithMessage("Noem de verwijderde tekst niet in de reden, ook niet een deel ervan: de reden blijft in het logboek staan.");
        RuleFor(f => f.Reason).SafeFreeText("Reden", colleagues);
    }

    /// <summary>A word of four letters or more from the passage, standing whole in the reason (case aside).</summary>
    private static bool SharesAWord(string? reason, string? passage)
    {
        if (string.IsNullOrWhiteSpace(reason) || string.IsNullOrWhiteSpace(passage))
        {
            return false;
        }

        var words = Words(reason).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Words(passage).Any(w => w.Length >= 4 && words.Contains(w));
    }

    private static string[] Words(string text) =>
        text.Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries);
}
