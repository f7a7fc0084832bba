using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.TeamMeetings;

/// <summary>
/// Werkoverleggen: plan a meeting, compose its agenda from dilemmas Ter bespreking, record per item what the meeting
/// did (a decision and terugsturen go through their own forms, which link back here), and print agenda and verslag.
/// Everyone in the team reads; a Handhaver or Beslisser plans.
/// </summary>
[Authorize(Policy = Policies.Team)]
[Route("werkoverleggen")]
public sealed class TeamMeetingsController(AppDbContext db, TeamMeetingPageBuilder pages, TeamMeetingActions actions, TimeProvider clock) : Controller
{
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
    public async Task<IActionResult> Create(TeamMeetingForm form, CancellationToken cancellationToken) =>
        await AnswerFormAsync(await actions.PlanAsync(User.ToActor(), form, cancellationToken), null, form,
            "Het werkoverleg is gepland. Zet nu dilemma's op de agenda.", cancellationToken);

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var page = await pages.BuildAsync(id, User.ToActor(), cancellationToken, withCandidates: true);
        return page is null ? NotFound() : View(page);
    }

    [HttpGet("{id:guid}/wijzigen")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken) =>
        await this.AnswerAsync(await actions.OpenAsync(id, User.ToActor(), cancellationToken), async meeting =>
        {
            var form = new TeamMeetingForm { Date = meeting.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Team = meeting.Team, Attendees = meeting.AttendeeIds };
            return View("Form", await FormAsync(id, form, cancellationToken));
        });

    [HttpPost("{id:guid}/wijzigen")]
    public async Task<IActionResult> Edit(Guid id, TeamMeetingForm form, CancellationToken cancellationToken) =>
        await AnswerFormAsync(await actions.ChangeAsync(id, User.ToActor(), form, cancellationToken), id, form, "Het werkoverleg is gewijzigd.", cancellationToken);

    /// <summary>Op de agenda zetten: the chosen dilemmas Ter bespreking go to the end of the agenda, in the order listed.</summary>
    [HttpPost("{id:guid}/agenda")]
    public async Task<IActionResult> AddToAgenda(Guid id, [FromForm(Name = "dilemmas")] List<Guid> dilemmaIds, CancellationToken cancellationToken) =>
        this.AnswerOnPage(await actions.AddToAgendaAsync(id, User.ToActor(), dilemmaIds, cancellationToken), $"/werkoverleggen/{id}#agenda");

    [HttpPost("{id:guid}/agenda/rondsturen")]
    public async Task<IActionResult> SendAgenda(Guid id, CancellationToken cancellationToken) =>
        this.AnswerOnPage(await actions.SendAgendaAsync(id, User.ToActor(), cancellationToken), $"/werkoverleggen/{id}#agenda");

    [HttpPost("{id:guid}/agenda/{itemId:guid}/omhoog")]
    public async Task<IActionResult> MoveUp(Guid id, Guid itemId, CancellationToken cancellationToken) =>
        this.AnswerOnPage(await actions.MoveAsync(id, itemId, -1, User.ToActor(), cancellationToken), $"/werkoverleggen/{id}#punt-{itemId}");

    [HttpPost("{id:guid}/agenda/{itemId:guid}/omlaag")]
    public async Task<IActionResult> MoveDown(Guid id, Guid itemId, CancellationToken cancellationToken) =>
        this.AnswerOnPage(await actions.MoveAsync(id, itemId, +1, User.ToActor(), cancellationToken), $"/werkoverleggen/{id}#punt-{itemId}");

    [HttpPost("{id:guid}/agenda/{itemId:guid}/verwijderen")]
    public async Task<IActionResult> Remove(Guid id, Guid itemId, CancellationToken cancellationToken) =>
        this.AnswerOnPage(await actions.RemoveAsync(id, itemId, User.ToActor(), cancellationToken), $"/werkoverleggen/{id}#agenda");

    [HttpPost("{id:guid}/agenda/{itemId:guid}/volgende-keer")]
    public async Task<IActionResult> NextTime(Guid id, Guid itemId, CancellationToken cancellationToken) =>
        this.AnswerOnPage(await actions.NextTimeAsync(id, itemId, User.ToActor(), cancellationToken), $"/werkoverleggen/{id}#punt-{itemId}");

    [HttpPost("{id:guid}/aantekeningen")]
    public async Task<IActionResult> Notes(Guid id, MeetingNotesForm form, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var outcome = await actions.SetNotesAsync(id, actor, form, cancellationToken);
        return await this.AnswerAsync(outcome, _ =>
        {
            TempData["Melding"] = "De aantekeningen zijn opgeslagen.";
            return Redirect($"/werkoverleggen/{id}#verslag");
        }, async _ =>
        {
            var page = (await pages.BuildAsync(id, actor, cancellationToken, withCandidates: true))!;
            if (outcome.Kind == OutcomeKind.Conflict)
            {
                // The user's text stays, the colleague's is shown beside it; the next save goes against that version.
                form.Version = page.Notes.Version;
                return View(nameof(Details), page with { Notes = form, ColleagueNotes = page.Notes.Notes ?? string.Empty });
            }

            return View(nameof(Details), page with { Notes = form });
        });
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

    private Task<IActionResult> AnswerFormAsync(Outcome<TeamMeeting> outcome, Guid? id, TeamMeetingForm form, string message, CancellationToken cancellationToken) =>
        this.AnswerAsync(outcome, meeting =>
        {
            TempData["Melding"] = message;
            return Redirect($"/werkoverleggen/{meeting.Id}");
        }, async _ => View("Form", await FormAsync(id, form, cancellationToken)), prefix: nameof(TeamMeetingFormViewModel.Form));

    private async Task<TeamMeetingFormViewModel> FormAsync(Guid? id, TeamMeetingForm form, CancellationToken cancellationToken)
    {
        var colleagues = await db.Users.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.DisplayName)
            .Select(u => new ChoiceOption(u.Id.ToString(), u.DisplayName)).ToListAsync(cancellationToken);
        return new TeamMeetingFormViewModel(id, form, colleagues);
    }
}
