using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Dilemmas;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.Decisions;

/// <summary>
/// Besluit vastleggen and Besluit herzien, for the screen and the API alike: the form checked, its agreements' colleagues
/// looked up, then the decision taken as one change of the dilemma (<see cref="DilemmaActions.RunAsync"/>). Taken in a
/// werkoverleg, the meeting's agenda item records it in the same save.
/// </summary>
public sealed class DecisionActions(AppDbContext db, DilemmaActions dilemmas, IValidator<DecisionForm> validator)
{
    public const string DecidedMeanwhile =
        "Een collega heeft intussen al een besluit over dit dilemma vastgelegd; dit besluit is niet opgeslagen. Lees het vastgelegde besluit en kies zo nodig Besluit herzien.";

    public async Task<Outcome<Dilemma>> DecideAsync(string number, Actor actor, DecisionForm form, uint? expectedVersion, CancellationToken cancellationToken)
    {
        TeamMeeting? meeting = null;
        if (form.TeamMeetingId is { } meetingId)
        {
            meeting = await db.TeamMeetings.Include(m => m.Items).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
            if (meeting is null)
            {
                return Outcome.NotFound<Dilemma>();
            }
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        IReadOnlyList<AgreementTerms> terms = validation.IsValid ? await AgreementTermsBuilder.BuildAsync(db, form.Agreements, cancellationToken) : [];
        var revising = false;
        var outcome = await dilemmas.RunAsync(number, actor, DilemmaAction.Decide, validation, d =>
        {
            revising = d.Status == DilemmaStatus.Decided;
            DomainException.ThrowUnless(meeting is null || meeting.HasOnAgenda(d.Id), $"Dilemma {d.Number} staat niet op de agenda van dit werkoverleg.");
            return dilemmas.DecideAsync(d, actor, form.Solution, form.Rationale, terms, expectedVersion, cancellationToken, meeting);
        }, cancellationToken);

        // Two beslissers deciding at once: the one who lost hears that a decision now exists, not just "changed".
        return outcome.IsLostRace && !revising
            && await db.Dilemmas.AnyAsync(d => d.Id == outcome.Value!.Id && d.Status == DilemmaStatus.Decided, cancellationToken)
            ? Outcome.LostRace(DecidedMeanwhile, outcome.Value)
            : outcome;
    }
}
