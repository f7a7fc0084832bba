using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Notifications;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.TeamMeetings;

/// <summary>
/// Werkoverleggen: plan a meeting, compose its agenda from dilemmas Ter bespreking, record per item what the meeting
/// did (a decision and terugsturen go through their own forms, which link back here), and print agenda and verslag.
/// Everyone in the team reads; a Handhaver or Beslisser plans.
/// </summary>
[Authorize(Policy = Policies.Team)]
[Route("werkoverleggen")]
public sealed class TeamMeetingsController(
    AppDbContext db, TeamMeetingPageBuilder pages, AuditLog audit, ITenantContext tenant, TimeProvider clock, Notifier notifier) : Controller
{
    private const string ConflictMessage = "Een collega heeft dit werkoverleg intussen gewijzigd. Bekijk de agenda zoals die nu is en probeer het opnieuw.";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var today = DutchTime.Today(clock);
        var meetings = await db.TeamMeetings.AsNoTracking()
            .OrderByDescending(m => m.Date)
            .Select(m => new TeamMeetingListItem(m.Id, m.Date, m.Team, m.Items.Count, m.Items.Count(i => i.Outcome != AgendaOutcome.Pending)))
            .Take(200)
            .ToListAsync(cancellationToken);
        return View(new TeamMeetingListViewModel(
            [.. meetings.Where(m => m.Date >= today).OrderBy(m => m.Date)],
            [.. meetings.Where(m => m.Date < today)],
            TeamMeeting.CanPlan(User.ToActor())));
    }

    [HttpGet("nieuw")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        if (!TeamMeeting.CanPlan(User.ToActor()))
        {
            return Forbid();
        }

        var form = new TeamMeetingForm { Attendees = [User.ToActor().UserId] };
        return View("Form", await FormAsync(null, form, cancellationToken));
    }

    [HttpPost("nieuw")]
    public async Task<IActionResult> Create(TeamMeetingForm form, [FromServices] IValidator<TeamMeetingForm> validator, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        if (!TeamMeeting.CanPlan(actor))
        {
            return Forbid();
        }

        if (!await ValidAsync(form, validator, cancellationToken))
        {
            return View("Form", await FormAsync(null, form, cancellationToken));
        }

        var date = form.ParsedDate;
        var meeting = new TeamMeeting(MunicipalityId, date, form.Team!, form.Attendees, actor, clock.GetUtcNow());
        db.TeamMeetings.Add(meeting);
        Record(meeting, $"Werkoverleg van {DutchTime.Date(date)} gepland.");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Melding"] = "Het werkoverleg is gepland. Zet nu dilemma's op de agenda.";
        return Redirect($"/werkoverleggen/{meeting.Id}");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var page = await pages.BuildAsync(id, User.ToActor(), cancellationToken, withCandidates: true);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("{id:guid}/wijzigen")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var meeting = await db.TeamMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return NotFound();
        }

        if (!TeamMeeting.CanPlan(User.ToActor()))
        {
            return Forbid();
        }

        var form = new TeamMeetingForm { Date = meeting.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Team = meeting.Team, Attendees = meeting.AttendeeIds };
        return View("Form", await FormAsync(id, form, cancellationToken));
    }

    [HttpPost("{id:guid}/wijzigen")]
    public async Task<IActionResult> Edit(Guid id, TeamMeetingForm form, [FromServices] IValidator<TeamMeetingForm> validator, CancellationToken cancellationToken)
    {
        var (meeting, refusal) = await FindForChangeAsync(id, cancellationToken);
        if (meeting is null)
        {
            return refusal;
        }

        var actor = User.ToActor();

        if (!await ValidAsync(form, validator, cancellationToken))
        {
            return View("Form", await FormAsync(id, form, cancellationToken));
        }

        var date = form.ParsedDate;
        meeting.Change(date, form.Team!, form.Attendees, actor, clock.GetUtcNow());
        Record(meeting, $"Werkoverleg van {DutchTime.Date(date)} gewijzigd.");
        return await SaveAsync(meeting, "Het werkoverleg is gewijzigd.", cancellationToken);
    }

    /// <summary>Op de agenda zetten: the chosen dilemmas Ter bespreking go to the end of the agenda, in the order listed.</summary>
    [HttpPost("{id:guid}/agenda")]
    public Task<IActionResult> AddToAgenda(Guid id, [FromForm(Name = "dilemmas")] List<Guid> dilemmaIds, CancellationToken cancellationToken) =>
        ChangeAsync(id, async (meeting, actor, now) =>
        {
            if (dilemmaIds.Count == 0)
            {
                throw new DomainException("Kies ten minste één dilemma om op de agenda te zetten.");
            }

            var chosen = dilemmaIds.Distinct().Take(TeamMeeting.MaxItems + 1).ToList();
            var dilemmas = await db.Dilemmas.Where(d => chosen.Contains(d.Id)).ToListAsync(cancellationToken);
            if (dilemmas.Count != chosen.Count)
            {
                throw new DomainException("Een van de gekozen dilemma's bestaat niet (meer). Kies opnieuw.");
            }

            foreach (var dilemma in dilemmas.OrderBy(d => chosen.IndexOf(d.Id)))
            {
                meeting.AddToAgenda(dilemma, actor, now);
                notifier.OnAgenda(dilemma, meeting, actor);
            }

            return dilemmas.Count == 1 ? $"Dilemma {dilemmas[0].Number} staat op de agenda." : $"{dilemmas.Count} dilemma's staan op de agenda.";
        }, cancellationToken);

    [HttpPost("{id:guid}/agenda/{itemId:guid}/omhoog")]
    public Task<IActionResult> MoveUp(Guid id, Guid itemId, CancellationToken cancellationToken) =>
        ChangeAsync(id, (meeting, actor, now) =>
        {
            meeting.Move(itemId, -1, actor, now);
            return Task.FromResult("Het agendapunt is een plaats omhoog gezet.");
        }, cancellationToken, anchor: $"punt-{itemId}");

    [HttpPost("{id:guid}/agenda/{itemId:guid}/omlaag")]
    public Task<IActionResult> MoveDown(Guid id, Guid itemId, CancellationToken cancellationToken) =>
        ChangeAsync(id, (meeting, actor, now) =>
        {
            meeting.Move(itemId, +1, actor, now);
            return Task.FromResult("Het agendapunt is een plaats omlaag gezet.");
        }, cancellationToken, anchor: $"punt-{itemId}");

    [HttpPost("{id:guid}/agenda/{itemId:guid}/verwijderen")]
    public Task<IActionResult> Remove(Guid id, Guid itemId, CancellationToken cancellationToken) =>
        ChangeAsync(id, (meeting, actor, now) =>
        {
            meeting.Remove(itemId, actor, now);
            return Task.FromResult("Het dilemma is van de agenda gehaald. Het blijft ter bespreking.");
        }, cancellationToken);

    [HttpPost("{id:guid}/agenda/{itemId:guid}/volgende-keer")]
    public Task<IActionResult> NextTime(Guid id, Guid itemId, CancellationToken cancellationToken) =>
        ChangeAsync(id, (meeting, actor, now) =>
        {
            meeting.RecordNextTime(itemId, actor, now);
            return Task.FromResult("Vastgelegd: volgende keer. Het dilemma blijft ter bespreking en staat bovenaan bij het volgende werkoverleg.");
        }, cancellationToken, anchor: $"punt-{itemId}");

    [HttpPost("{id:guid}/aantekeningen")]
    public async Task<IActionResult> Notes(Guid id, MeetingNotesForm form, [FromServices] IValidator<MeetingNotesForm> validator, CancellationToken cancellationToken)
    {
        var (meeting, refusal) = await FindForChangeAsync(id, cancellationToken);
        if (meeting is null)
        {
            return refusal;
        }

        var actor = User.ToActor();

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return View(nameof(Details), await pages.BuildAsync(id, actor, cancellationToken, form, withCandidates: true));
        }

        // Compared with the version the user started typing from: a colleague's notes are not overwritten unseen.
        db.Entry(meeting).Property(m => m.Version).OriginalValue = form.Version;
        meeting.SetNotes(form.Notes, actor, clock.GetUtcNow());
        Record(meeting, $"Aantekeningen bij het werkoverleg van {DutchTime.Date(meeting.Date)} bijgewerkt.");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(MeetingNotesForm.Notes), "Een collega heeft de aantekeningen intussen gewijzigd. Uw tekst is niet opgeslagen en staat hieronder nog; neem de wijziging van uw collega over en sla opnieuw op.");
            var page = await pages.BuildAsync(id, actor, cancellationToken, withCandidates: true);
            form.Version = page!.Notes.Version;
            return View(nameof(Details), page with { Notes = form });
        }

        TempData["Melding"] = "De aantekeningen zijn opgeslagen.";
        return Redirect($"/werkoverleggen/{id}#verslag");
    }

    [HttpGet("{id:guid}/agenda")]
    public async Task<IActionResult> Agenda(Guid id, CancellationToken cancellationToken)
    {
        var page = await pages.BuildAsync(id, User.ToActor(), cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("{id:guid}/verslag")]
    public async Task<IActionResult> Minutes(Guid id, CancellationToken cancellationToken)
    {
        var page = await pages.BuildAsync(id, User.ToActor(), cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("{id:guid}/agenda.pdf")]
    public async Task<IActionResult> AgendaPdf(Guid id, CancellationToken cancellationToken)
    {
        var page = await pages.BuildAsync(id, User.ToActor(), cancellationToken);
        return page is null ? NotFound() : File(TeamMeetingPdfWriter.Agenda(page), "application/pdf", $"agenda-werkoverleg-{page.Date:yyyy-MM-dd}.pdf");
    }

    [HttpGet("{id:guid}/verslag.pdf")]
    public async Task<IActionResult> MinutesPdf(Guid id, CancellationToken cancellationToken)
    {
        var page = await pages.BuildAsync(id, User.ToActor(), cancellationToken);
        return page is null ? NotFound() : File(TeamMeetingPdfWriter.Minutes(page), "application/pdf", $"verslag-werkoverleg-{page.Date:yyyy-MM-dd}.pdf");
    }

    private Guid MunicipalityId => tenant.MunicipalityId ?? throw new InvalidOperationException("A colleague always has a gemeente.");

    /// <summary>One change to the agenda as one save; a refusal or a colleague's change in between saves nothing.</summary>
    private async Task<IActionResult> ChangeAsync(
        Guid id, Func<TeamMeeting, Actor, DateTimeOffset, Task<string>> change, CancellationToken cancellationToken, string anchor = "agenda")
    {
        var (meeting, refusal) = await FindForChangeAsync(id, cancellationToken, withAgenda: true);
        if (meeting is null)
        {
            return refusal;
        }

        var actor = User.ToActor();

        try
        {
            var message = await change(meeting, actor, clock.GetUtcNow());
            Record(meeting, $"Agenda van het werkoverleg van {DutchTime.Date(meeting.Date)}: {message}");
            return await SaveAsync(meeting, message, cancellationToken, anchor);
        }
        catch (DomainException ex)
        {
            TempData["Fout"] = ex.Message;
            return Redirect($"/werkoverleggen/{id}#{anchor}");
        }
    }

    /// <summary>The meeting to change, or why not: 404 when it is not this gemeente's, 403 for a role that does not plan.</summary>
    private async Task<(TeamMeeting? Meeting, IActionResult Refusal)> FindForChangeAsync(Guid id, CancellationToken cancellationToken, bool withAgenda = false)
    {
        IQueryable<TeamMeeting> meetings = withAgenda ? db.TeamMeetings.Include(m => m.Items) : db.TeamMeetings;
        var meeting = await meetings.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        return meeting is null ? (null, NotFound())
            : TeamMeeting.CanPlan(User.ToActor()) ? (meeting, Ok())
            : (null, Forbid());
    }

    private async Task<IActionResult> SaveAsync(TeamMeeting meeting, string message, CancellationToken cancellationToken, string? anchor = null)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            TempData["Melding"] = message;
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Fout"] = ConflictMessage;
        }

        return Redirect($"/werkoverleggen/{meeting.Id}{(anchor is null ? string.Empty : "#" + anchor)}");
    }

    private async Task<bool> ValidAsync(TeamMeetingForm form, IValidator<TeamMeetingForm> validator, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        ModelState.AddErrors(validation, prefix: nameof(TeamMeetingFormViewModel.Form));
        // Attendees come from this gemeente's active colleagues only (the tenant filter hides everyone else).
        var known = await db.Users.Where(u => u.IsActive && form.Attendees.Contains(u.Id)).CountAsync(cancellationToken);
        if (known != form.Attendees.Distinct().Count())
        {
            ModelState.AddModelError($"{nameof(TeamMeetingFormViewModel.Form)}.{nameof(TeamMeetingForm.Attendees)}", "Kies deelnemers uit de lijst met collega's.");
            return false;
        }

        return validation.IsValid;
    }

    private async Task<TeamMeetingFormViewModel> FormAsync(Guid? id, TeamMeetingForm form, CancellationToken cancellationToken)
    {
        var colleagues = await db.Users.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.DisplayName)
            .Select(u => new ChoiceOption(u.Id.ToString(), u.DisplayName)).ToListAsync(cancellationToken);
        return new TeamMeetingFormViewModel(id, form, colleagues);
    }

    private void Record(TeamMeeting meeting, string summary) =>
        audit.Record(MunicipalityId, User.ToActor().UserId, AuditActions.TeamMeeting, "Werkoverleg", meeting.Id.ToString(), summary);
}
