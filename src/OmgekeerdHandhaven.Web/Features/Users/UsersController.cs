using OmgekeerdHandhaven.Web.Infrastructure.Actions;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.Web.Features.Users;

/// <summary>
/// Beheer › Gebruikers. Every lookup goes through the tenant-filtered Users set, so another gemeente's account
/// answers 404 exactly like one that does not exist.
/// </summary>
[Authorize(Policy = Policies.Beheer)]
[Route("/beheer/gebruikers")]
public sealed class UsersController(AppDbContext db, UserManager<ApplicationUser> userManager, UserActions actions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.IsActive, Anonymised = u.AnonymisedAt != null })
            .ToListAsync(cancellationToken);
        var roles = await RolesByUserAsync(cancellationToken);
        var items = users.Select(u => new UserListItem(u.Id, u.DisplayName, u.Email ?? string.Empty, roles[u.Id].Order(StringComparer.Ordinal).ToList(), u.IsActive, u.Anonymised)).ToList();
        return View(new UserListViewModel(User.FindFirstValue(TenantClaimTypes.MunicipalityName) ?? string.Empty, items));
    }

    [HttpGet("nieuw")]
    public IActionResult Create() => View(new CreateUserForm());

    [HttpPost("nieuw")]
    public async Task<IActionResult> Create(CreateUserForm form, CancellationToken cancellationToken) =>
        this.Answer(await actions.CreateAsync(User.ToActor(), form, cancellationToken),
            created => View("OneTimePassword", new OneTimePasswordViewModel("Gebruiker aangemaakt", created.User.DisplayName, created.User.Email!, created.OneTimePassword)),
            _ => View(form));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken) =>
        await this.AnswerAsync(await actions.OpenAsync(id, User.ToActor(), cancellationToken), async user =>
            View(ToViewModel(user, new EditUserForm { DisplayName = user.DisplayName, Roles = [.. await userManager.GetRolesAsync(user)] })));

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, EditUserForm form, CancellationToken cancellationToken)
    {
        var outcome = await actions.ChangeAsync(id, User.ToActor(), form, cancellationToken);
        var shown = outcome.IsDone ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        return this.Answer(outcome, user => Done($"De gegevens van {user.DisplayName} zijn opgeslagen.", "/beheer/gebruikers"),
            _ => View(ToViewModel(shown!, form)));
    }

    [HttpGet("{id:guid}/deactiveren")]
    public Task<IActionResult> ConfirmDeactivate(Guid id, CancellationToken cancellationToken) => ConfirmAsync(id, "ConfirmDeactivate", cancellationToken);

    [HttpPost("{id:guid}/deactiveren")]
    public async Task<IActionResult> Deactivate(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await actions.DeactivateAsync(id, User.ToActor(), cancellationToken);
        return outcome.Kind == OutcomeKind.Conflict
            ? this.AnswerOnPage(outcome.Cast<string>(), $"/beheer/gebruikers/{id}")
            : this.Answer(outcome, user => Done($"{user.DisplayName} is gedeactiveerd en kan niet meer inloggen.", "/beheer/gebruikers"));
    }

    [HttpPost("{id:guid}/activeren")]
    public async Task<IActionResult> Activate(Guid id, CancellationToken cancellationToken) =>
        this.Answer(await actions.ActivateAsync(id, User.ToActor(), cancellationToken), user => Done($"{user.DisplayName} is weer actief.", $"/beheer/gebruikers/{id}"));

    [HttpGet("{id:guid}/wachtwoord-herstellen")]
    public Task<IActionResult> ConfirmResetPassword(Guid id, CancellationToken cancellationToken) => ConfirmAsync(id, "ConfirmResetPassword", cancellationToken);

    [HttpPost("{id:guid}/wachtwoord-herstellen")]
    public async Task<IActionResult> ResetPassword(Guid id, CancellationToken cancellationToken) =>
        this.Answer(await actions.ResetPasswordAsync(id, User.ToActor(), cancellationToken),
            reset => View("OneTimePassword", new OneTimePasswordViewModel("Nieuw eenmalig wachtwoord", reset.User.DisplayName, reset.User.Email!, reset.OneTimePassword)));

    [HttpGet("{id:guid}/tweestapsverificatie-herstellen")]
    public Task<IActionResult> ConfirmResetSecondFactor(Guid id, CancellationToken cancellationToken) => ConfirmAsync(id, "ConfirmResetSecondFactor", cancellationToken);

    /// <summary>For a colleague who lost both the phone and the herstelcodes: they log in with the password and set it up again.</summary>
    [HttpPost("{id:guid}/tweestapsverificatie-herstellen")]
    public async Task<IActionResult> ResetSecondFactor(Guid id, CancellationToken cancellationToken) =>
        this.Answer(await actions.ResetSecondFactorAsync(id, User.ToActor(), cancellationToken),
            user => Done($"De tweestapsverificatie van {user.DisplayName} is hersteld: de volgende keer logt die in met alleen het wachtwoord en stelt het opnieuw in.", $"/beheer/gebruikers/{id}"));

    private RedirectResult Done(string message, string url)
    {
        TempData["Melding"] = message;
        return Redirect(url);
    }

    private Guid CurrentUserId => Guid.Parse(userManager.GetUserId(User)!);

    private bool IsSelf(ApplicationUser user) => user.Id == CurrentUserId;

    private Task<ApplicationUser?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);

    private async Task<IActionResult> ConfirmAsync(Guid id, string view, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id, cancellationToken);
        return user is null ? NotFound() : View(view, new UserConfirmViewModel(user.Id, user.DisplayName, user.Email!));
    }

    private EditUserForm ToViewModel(ApplicationUser user, EditUserForm form)
    {
        form.Account = new UserSummary(user.Id, user.Email!, user.IsActive, IsSelf(user), user.TwoFactorEnabled);
        return form;
    }

    private async Task<ILookup<Guid, string>> RolesByUserAsync(CancellationToken cancellationToken)
    {
        // Joined through the filtered Users set so only this gemeente's role assignments are read.
        var pairs = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           join user in db.Users on userRole.UserId equals user.Id
                           select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        return pairs.ToLookup(p => p.UserId, p => p.Name!);
    }
}
