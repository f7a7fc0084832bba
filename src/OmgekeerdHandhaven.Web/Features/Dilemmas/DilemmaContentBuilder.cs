using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

/// <summary>
/// From a filled-in dilemma form to the domain's content, for the screens and the API alike: the input rules and the
/// privacy guard (validator), and the chosen domains resolved against the gemeente's own list.
/// </summary>
public static class DilemmaContentBuilder
{
    // current: the dilemma being edited, whose domains may stay even if Beheer deactivated one since (not be chosen anew).
    public static async Task<(DilemmaContent? Content, ValidationResult Validation)> BuildAsync(
        AppDbContext db, IValidator<DilemmaForm> validator, DilemmaForm form, CancellationToken cancellationToken, Dilemma? current = null)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        var chosen = await db.PolicyAreas.Where(p => form.PolicyAreaIds.Contains(p.Id)).ToListAsync(cancellationToken);
        if (chosen.Count != form.PolicyAreaIds.Distinct().Count())
        {
            validation.Errors.Add(new ValidationFailure(nameof(DilemmaForm.PolicyAreaIds), "Kies alleen domeinen uit de lijst."));
        }

        var kept = current?.PolicyAreas.Select(p => p.Id).ToHashSet() ?? [];
        foreach (var area in chosen.Where(p => !p.IsActive && !kept.Contains(p.Id)))
        {
            validation.Errors.Add(new ValidationFailure(nameof(DilemmaForm.PolicyAreaIds), $"Het domein ‘{area.Name}’ wordt niet meer gebruikt; kies een ander domein."));
        }

        if (!validation.IsValid)
        {
            return (null, validation);
        }

        return (new DilemmaContent(
            form.Title, form.Situation, form.Question, form.Interests, chosen, Enum.Parse<ChainPhase>(form.Phase!),
            [.. form.AllRiskSignals()], [.. form.Options.Select(o => new DilemmaOption(o.Description, o.Consequences))],
            form.Proposal, form.LegalBasis), validation);
    }
}
