using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Decisions;
using OmgekeerdHandhaven.Web.Features.Dilemmas;
using OmgekeerdHandhaven.Web.Infrastructure;

namespace OmgekeerdHandhaven.Web.Features.Api;

/// <summary>Between the JSON contract and the forms/domain: inputs become the same forms the screens validate.</summary>
public sealed class ApiMapping(AppDbContext db, TimeProvider clock)
{
    public static DilemmaForm ToForm(DilemmaInput input, IEnumerable<Guid> policyAreaIds) => new()
    {
        Title = input.Title ?? string.Empty,
        Situation = input.Situation ?? string.Empty,
        Question = input.Question ?? string.Empty,
        Interests = input.Interests,
        PolicyAreaIds = [.. policyAreaIds],
        Phase = input.Phase,
        RiskSignals = [.. (input.RiskSignals ?? []).Where(r => r is not null)],
        Options = [.. (input.Options ?? []).Select(o => new OptionForm { Description = o?.Description ?? string.Empty, Consequences = o?.Consequences ?? string.Empty })],
        Proposal = input.Proposal,
        LegalBasis = input.LegalBasis,
    };

    public static DecisionForm ToForm(DecisionInput input) => new()
    {
        Solution = input.Solution ?? string.Empty,
        Rationale = input.Rationale ?? string.Empty,
        Agreements = [.. (input.Agreements ?? []).Select(a => new AgreementForm
        {
            Description = a?.Description ?? string.Empty,
            Responsible = a?.Responsible ?? string.Empty,
            DueDate = a?.DueDate,
            Fallback = a?.Fallback ?? string.Empty,
        })],
    };

    /// <summary>Form property names back to the request body's names.</summary>
    public static string DilemmaField(string property) => property switch
    {
        nameof(DilemmaForm.PolicyAreaIds) => "policyAreas",
        nameof(DilemmaForm.OtherRiskSignals) => "riskSignals",
        _ => property,
    };

    public async Task<DilemmaOutput> ToOutputAsync(Dilemma dilemma, CancellationToken cancellationToken)
    {
        var ids = dilemma.Decisions.Select(d => d.DecidedById).Append(dilemma.AuthorId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var comments = await db.Comments.CountAsync(c => c.DilemmaId == dilemma.Id, cancellationToken);
        var today = DutchTime.Today(clock);
        DecisionOutput Decision(Decision d) => new(d.Solution, d.Rationale, d.DecidedAt, names.GetValueOrDefault(d.DecidedById, "onbekend"),
            [.. d.Agreements.OrderBy(a => a.DueDate).Select(a => new AgreementOutput(a.Id, a.Description, a.Responsible, a.DueDate, a.Fallback, a.Status.ToString(), a.IsOverdue(today)))]);

        return new DilemmaOutput(
            dilemma.Number.ToString(), dilemma.Title, dilemma.Situation, dilemma.Question, dilemma.Interests,
            [.. dilemma.PolicyAreas.OrderBy(p => p.SortOrder).Select(p => p.Name)], dilemma.Phase.ToString(), dilemma.RiskSignals,
            [.. dilemma.Options.Select(o => new OptionOutput(o.Description, o.Consequences))], dilemma.Proposal, dilemma.LegalBasis,
            dilemma.Status.ToString(), dilemma.Version, dilemma.CreatedAt, names.GetValueOrDefault(dilemma.AuthorId, "onbekend"),
            dilemma.CurrentDecision is { } current ? Decision(current) : null,
            [.. dilemma.Decisions.Where(d => !d.IsCurrent).OrderByDescending(d => d.DecidedAt).Select(Decision)],
            comments);
    }
}
