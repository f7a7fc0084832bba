using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Dilemmas;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.Practice;

/// <summary>Oefenen: a learner's answer and a beslisser's oefenset, each checked, saved in one go and answered as an <see cref="Outcome{T}"/>.</summary>
public sealed class PracticeActions(
    AppDbContext db, UnitOfWork work, ITenantContext tenant, TimeProvider clock, IValidator<PracticeAnswerForm> answers, IValidator<PracticeSetForm> sets)
{
    private const string ChangedMeanwhile = "Er is intussen iets gewijzigd. Probeer het opnieuw.";

    /// <summary>A decided dilemma of the gemeente, to practise with; any other is not found.</summary>
    public async Task<Dilemma?> DecidedAsync(string number, CancellationToken cancellationToken) =>
        !DilemmaNumber.TryParse(number, out var parsed) ? null
            : await db.Dilemmas.AsNoTracking().Include(d => d.PolicyAreas)
                .SingleOrDefaultAsync(d => d.Year == parsed.Year && d.Sequence == parsed.Sequence && d.Status == DilemmaStatus.Decided, cancellationToken);

    /// <summary>A set shared with the gemeente or the actor's own; any other is not found.</summary>
    public async Task<PracticeSet?> VisibleSetAsync(Guid id, Actor actor, CancellationToken cancellationToken)
    {
        var set = await db.PracticeSets.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return set is not null && set.IsVisibleTo(actor) ? set : null;
    }

    public async Task<Outcome<PracticeAnswer>> AnswerAsync(Dilemma? dilemma, PracticeSet? set, Actor actor, PracticeAnswerForm form, CancellationToken cancellationToken) =>
        await work.SaveAsync(UnitOfWork.Open(dilemma, mayAct: true, string.Empty), await answers.ValidateAsync(form, cancellationToken), d =>
        {
            var answer = new PracticeAnswer(d.MunicipalityId, actor, d, set?.Id, form.Approach!, clock.GetUtcNow());
            db.PracticeAnswers.Add(answer);
            return Task.FromResult(answer);
        }, ChangedMeanwhile, cancellationToken, refusedField: nameof(PracticeAnswerForm.Approach));

    /// <summary>The dilemmas in the order chosen; the domain's refusals are about that choice.</summary>
    public async Task<Outcome<PracticeSet>> CreateSetAsync(Actor actor, PracticeSetForm form, CancellationToken cancellationToken)
    {
        if (!PracticeSet.CanCompose(actor))
        {
            return Outcome.Forbidden<PracticeSet>("Alleen een beslisser stelt een oefenset samen.");
        }

        return await work.SaveAsync(await sets.ValidateAsync(form, cancellationToken), async () =>
        {
            var numbers = form.Dilemmas.Select(n => DilemmaNumber.TryParse(n, out var parsed) ? parsed : default).Distinct().ToList();
            var dilemmas = await db.Dilemmas.WithNumbers(numbers).ToListAsync(cancellationToken);
            DomainException.ThrowUnless(dilemmas.Count == numbers.Count, "Een van de gekozen dilemma's bestaat niet (meer). Kies opnieuw.");
            var municipalityId = tenant.MunicipalityId ?? throw new InvalidOperationException("A colleague always has a gemeente.");
            var set = new PracticeSet(municipalityId, form.Name!, form.Description, [.. dilemmas.OrderBy(d => numbers.IndexOf(d.Number))], form.Shared, actor, clock.GetUtcNow());
            db.PracticeSets.Add(set);
            return set;
        }, ChangedMeanwhile, cancellationToken, refusedField: nameof(PracticeSetForm.Dilemmas));
    }
}
