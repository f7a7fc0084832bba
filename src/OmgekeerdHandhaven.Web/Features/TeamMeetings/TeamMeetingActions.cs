using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Notifications;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.TeamMeetings;

/// <summary>
/// The changes to a werkoverleg — plan, change, compose the agenda, record "volgende keer", notes — each loaded within
/// the gemeente, asked of the domain (<see cref="TeamMeeting.CanPlan"/>), saved with its logboek entry and meldingen in
/// one go, and answered as an <see cref="Outcome{T}"/>.
/// </summary>
public sealed class TeamMeetingActions(
    AppDbContext db, UnitOfWork work, AuditLog audit, Notifier notifier, ITenantContext tenant, TimeProvider clock,
    IValidator<TeamMeetingForm> forms, IValidator<MeetingNotesForm> notes)
{
    public const string ChangedMeanwhile = "Een collega heeft dit werkoverleg intussen gewijzigd. Bekijk de agenda zoals die nu is en probeer het opnieuw.";

    public const string NotesChangedMeanwhile = "Een collega heeft de aantekeningen intussen gewijzigd. Uw tekst is niet opgeslagen en staat hieronder nog; neem de wijziging van uw collega over en sla opnieuw op.";

    private const string NotYours = "Alleen een handhaver of beslisser plant en wijzigt een werkoverleg.";

    /// <summary>The meeting as this actor may change it (to show its form).</summary>
    public async Task<Outcome<TeamMeeting>> OpenAsync(Guid id, Actor actor, CancellationToken cancellationToken, bool withAgenda = false)
    {
        IQueryable<TeamMeeting> meetings = withAgenda ? db.TeamMeetings.Include(m => m.Items) : db.TeamMeetings;
        return UnitOfWork.Open(await meetings.SingleOrDefaultAsync(m => m.Id == id, cancellationToken), TeamMeeting.CanPlan(actor), NotYours);
    }

    public async Task<Outcome<TeamMeeting>> PlanAsync(Actor actor, TeamMeetingForm form, CancellationToken cancellationToken)
    {
        if (!TeamMeeting.CanPlan(actor))
        {
            return Outcome.Forbidden<TeamMeeting>(NotYours);
        }

        return await work.SaveAsync(await ValidateAsync(form, cancellationToken), () =>
        {
            var municipalityId = tenant.MunicipalityId ?? throw new InvalidOperationException("A colleague always has a gemeente.");
            var meeting = new TeamMeeting(municipalityId, form.ParsedDate, form.Team!, form.Attendees, actor, clock.GetUtcNow());
            db.TeamMeetings.Add(meeting);
            Record(meeting, actor, $"Werkoverleg van {DutchTime.Date(meeting.Date)} gepland.");
            return Task.FromResult(meeting);
        }, ChangedMeanwhile, cancellationToken);
    }

    public async Task<Outcome<TeamMeeting>> ChangeAsync(Guid id, Actor actor, TeamMeetingForm form, CancellationToken cancellationToken) =>
        await work.SaveAsync(await OpenAsync(id, actor, cancellationToken), await ValidateAsync(form, cancellationToken), meeting =>
        {
            meeting.Change(form.ParsedDate, form.Team!, form.Attendees, actor, clock.GetUtcNow());
            Record(meeting, actor, $"Werkoverleg van {DutchTime.Date(meeting.Date)} gewijzigd.");
            return Task.FromResult(meeting);
        }, ChangedMeanwhile, cancellationToken);

    /// <summary>Op de agenda zetten: the chosen dilemmas Ter bespreking go to the end of the agenda, in the order given.</summary>
    public Task<Outcome<string>> AddToAgendaAsync(Guid id, Actor actor, IReadOnlyList<Guid> dilemmaIds, CancellationToken cancellationToken) =>
        ChangeAgendaAsync(id, actor, async (meeting, now) =>
        {
            DomainException.ThrowUnless(dilemmaIds.Count > 0, "Kies ten minste één dilemma om op de agenda te zetten.");
            var chosen = dilemmaIds.Distinct().Take(TeamMeeting.MaxItems + 1).ToList();
            var dilemmas = await db.Dilemmas.Where(d => chosen.Contains(d.Id)).ToListAsync(cancellationToken);
            DomainException.ThrowUnless(dilemmas.Count == chosen.Count, "Een van de gekozen dilemma's bestaat niet (meer). Kies opnieuw.");
            foreach (var dilemma in dilemmas.OrderBy(d => chosen.IndexOf(d.Id)))
            {
                meeting.AddToAgenda(dilemma, actor, now);
                notifier.OnAgenda(dilemma, meeting, actor);
            }

            return dilemmas.Count == 1 ? $"Dilemma {dilemmas[0].Number} staat op de agenda." : $"{dilemmas.Count} dilemma's staan op de agenda.";
        }, cancellationToken);

    public Task<Outcome<string>> MoveAsync(Guid id, Guid itemId, int step, Actor actor, CancellationToken cancellationToken) =>
        ChangeAgendaAsync(id, actor, (meeting, now) =>
        {
            meeting.Move(itemId, step, actor, now);
            return Task.FromResult(step < 0 ? "Het agendapunt is een plaats omhoog gezet." : "Het agendapunt is een plaats omlaag gezet.");
        }, cancellationToken);

    public Task<Outcome<string>> RemoveAsync(Guid id, Guid itemId, Actor actor, CancellationToken cancellationToken) =>
        ChangeAgendaAsync(id, actor, (meeting, now) =>
        {
            meeting.Remove(itemId, actor, now);
            return Task.FromResult("Het dilemma is van de agenda gehaald. Het blijft ter bespreking.");
        }, cancellationToken);

    public Task<Outcome<string>> NextTimeAsync(Guid id, Guid itemId, Actor actor, CancellationToken cancellationToken) =>
        ChangeAgendaAsync(id, actor, (meeting, now) =>
        {
            meeting.RecordNextTime(itemId, actor, now);
            return Task.FromResult("Vastgelegd: volgende keer. Het dilemma blijft ter bespreking en staat bovenaan bij het volgende werkoverleg.");
        }, cancellationToken);

    /// <summary>Agenda rondsturen: a melding and e-mail for every participant but the sender.</summary>
    public Task<Outcome<string>> SendAgendaAsync(Guid id, Actor actor, CancellationToken cancellationToken) =>
        ChangeAgendaAsync(id, actor, async (meeting, now) =>
        {
            var invited = meeting.SendAgenda(actor, now);
            // A participant deactivated since the meeting was planned is told nothing.
            var participants = await db.Users.Where(u => invited.Contains(u.Id) && u.IsActive).Select(u => u.Id).ToListAsync(cancellationToken);
            notifier.AgendaReady(meeting, participants);
            return participants.Count == 1 ? "De agenda is rondgestuurd naar 1 deelnemer." : $"De agenda is rondgestuurd naar {participants.Count} deelnemers.";
        }, cancellationToken);

    /// <summary>
    /// Compared with the version the user started typing from: a colleague's notes are not overwritten unseen, and the
    /// conflict is said next to the notes field.
    /// </summary>
    public async Task<Outcome<TeamMeeting>> SetNotesAsync(Guid id, Actor actor, MeetingNotesForm form, CancellationToken cancellationToken)
    {
        var outcome = await work.SaveAsync(await OpenAsync(id, actor, cancellationToken), await notes.ValidateAsync(form, cancellationToken), meeting =>
        {
            db.Entry(meeting).Property(m => m.Version).OriginalValue = form.Version;
            meeting.SetNotes(form.Notes, actor, clock.GetUtcNow());
            Record(meeting, actor, $"Aantekeningen bij het werkoverleg van {DutchTime.Date(meeting.Date)} bijgewerkt.");
            return Task.FromResult(meeting);
        }, NotesChangedMeanwhile, cancellationToken);
        return outcome.IsLostRace ? Outcome.Conflict(new FieldRefusal(nameof(MeetingNotesForm.Notes), outcome.Reason!), outcome.Value) : outcome;
    }

    /// <summary>One change to the agenda; done, the Dutch sentence saying what it did.</summary>
    private async Task<Outcome<string>> ChangeAgendaAsync(Guid id, Actor actor, Func<TeamMeeting, DateTimeOffset, Task<string>> change, CancellationToken cancellationToken) =>
        await work.SaveAsync(await OpenAsync(id, actor, cancellationToken, withAgenda: true), input: null, async meeting =>
        {
            var message = await change(meeting, clock.GetUtcNow());
            Record(meeting, actor, $"Agenda van het werkoverleg van {DutchTime.Date(meeting.Date)}: {message}");
            return message;
        }, ChangedMeanwhile, cancellationToken);

    /// <summary>The form's rules, and attendees from this gemeente's active colleagues only (the tenant filter hides everyone else).</summary>
    private async Task<ValidationResult> ValidateAsync(TeamMeetingForm form, CancellationToken cancellationToken)
    {
        var validation = await forms.ValidateAsync(form, cancellationToken);
        var known = await db.Users.Where(u => u.IsActive && form.Attendees.Contains(u.Id)).CountAsync(cancellationToken);
        if (known != form.Attendees.Distinct().Count())
        {
            validation.Errors.Add(new ValidationFailure(nameof(TeamMeetingForm.Attendees), "Kies deelnemers uit de lijst met collega's."));
        }

        return validation;
    }

    private void Record(TeamMeeting meeting, Actor actor, string summary) =>
        audit.Record(meeting.MunicipalityId, actor.UserId, AuditActions.TeamMeeting, "Werkoverleg", meeting.Id.ToString(), summary);
}
