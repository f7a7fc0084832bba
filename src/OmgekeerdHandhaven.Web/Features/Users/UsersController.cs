using System.Security.Claims;
using FluentValidation;
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
public sealed class UsersController(AppDbContext db, UserManager<ApplicationUser> userManager, UserAccounts accounts, AuditLog audit, ITenantContext tenant) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.IsActive })
            .ToListAsync(cancellationToken);
        var roles = await RolesByUserAsync(cancellationToken);
        var items = users.Select(u => new UserListItem(u.Id, u.DisplayName, u.Email ?? string.Empty, roles[u.Id].Order(StringComparer.Ordinal).ToList(), u.IsActive)).ToList();
        return View(new UserListViewModel(User.FindFirstValue(TenantClaimTypes.MunicipalityName) ?? string.Empty, items));
    }

    [HttpGet("nieuw")]
    public IActionResult Create() => View(new CreateUserForm());

    [HttpPost("nieuw")]
    public async Task<IActionResult> Create(CreateUserForm form, [FromServices] IValidator<CreateUserForm> validator, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return View(form);
        }

        var (created, errors) = await accounts.CreateAsync(CurrentMunicipalityId, form.Email, form.DisplayName, form.Roles, CurrentUserId, cancellationToken);
        if (created is null)
        {
            foreach (var message in errors)
            {
                ModelState.AddModelError(nameof(form.Email), message);
            }

            return View(form);
        }

        return View("OneTimePassword", new OneTimePasswordViewModel("Gebruiker aangemaakt", created.User.DisplayName, created.User.Email!, created.OneTimePassword));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        var roles = await userManager.GetRolesAsync(user);
        return View(ToViewModel(user, new EditUserForm { DisplayName = user.DisplayName, Roles = [.. roles] }));
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, EditUserForm form, [FromServices] IValidator<EditUserForm> validator, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return View(ToViewModel(user, form));
        }

        if (IsSelf(user) && !form.Roles.Contains(Roles.Beheerder))
        {
            ModelState.AddModelError(nameof(form.Roles), "U kunt uw eigen rol Beheerder niet intrekken. Laat een andere beheerder dat doen.");
            return View(ToViewModel(user, form));
        }

        var current = await userManager.GetRolesAsync(user);
        user.Rename(form.DisplayName);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            Check(await userManager.RemoveFromRolesAsync(user, current.Except(form.Roles)));
            Check(await userManager.AddToRolesAsync(user, form.Roles.Except(current)));
            Check(await userManager.UpdateAsync(user));
            Record(user, AuditActions.UserChanged, $"Naam en rollen opgeslagen; rollen: {string.Join(", ", form.Roles.Order(StringComparer.Ordinal))}.");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });

        TempData["Melding"] = $"De gegevens van {user.DisplayName} zijn opgeslagen.";
        return Redirect("/beheer/gebruikers");
    }

    [HttpGet("{id:guid}/deactiveren")]
    public Task<IActionResult> ConfirmDeactivate(Guid id, CancellationToken cancellationToken) => ConfirmAsync(id, "ConfirmDeactivate", cancellationToken);

    [HttpPost("{id:guid}/deactiveren")]
    public async Task<IActionResult> Deactivate(Guid id, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        try
        {
            user.Deactivate(CurrentUserId);
        }
        catch (DomainException ex)
        {
            TempData["Fout"] = ex.Message;
            return Redirect($"/beheer/gebruikers/{id}");
        }

        // Their open sessions end at once; the new security stamp also stops any that would be checked later.
        Record(user, AuditActions.UserDeactivated, "Gebruiker gedeactiveerd.");
        Check(await userManager.UpdateSecurityStampAsync(user));
        await UserSessions.EndAllAsync(db, user.Id);
        TempData["Melding"] = $"{user.DisplayName} is gedeactiveerd en kan niet meer inloggen.";
        return Redirect("/beheer/gebruikers");
    }

    [HttpPost("{id:guid}/activeren")]
    public async Task<IActionResult> Activate(Guid id, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        user.Activate();
        Record(user, AuditActions.UserActivated, "Gebruiker weer geactiveerd.");
        Check(await userManager.UpdateAsync(user));
        TempData["Melding"] = $"{user.DisplayName} is weer actief.";
        return Redirect($"/beheer/gebruikers/{id}");
    }

    [HttpGet("{id:guid}/wachtwoord-herstellen")]
    public Task<IActionResult> ConfirmResetPassword(Guid id, CancellationToken cancellationToken) => ConfirmAsync(id, "ConfirmResetPassword", cancellationToken);

    [HttpPost("{id:guid}/wachtwoord-herstellen")]
    public async Task<IActionResult> ResetPassword(Guid id, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        var password = OneTimePassword.Generate();
        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        user.PasswordResetByAdministrator();
        Record(user, AuditActions.PasswordReset, "Nieuw eenmalig wachtwoord gegeven.");
        Check(await userManager.ResetPasswordAsync(user, token, password));
        await userManager.SetLockoutEndDateAsync(user, null);
        return View("OneTimePassword", new OneTimePasswordViewModel("Nieuw eenmalig wachtwoord", user.DisplayName, user.Email!, password));
    }

    private Guid CurrentMunicipalityId => tenant.MunicipalityId ?? throw new InvalidOperationException("A Beheerder always has a gemeente.");

    private Guid CurrentUserId => Guid.Parse(userManager.GetUserId(User)!);

    private bool IsSelf(ApplicationUser user) => user.Id == CurrentUserId;

    /// <summary>Added to the unit of work that the next Identity update saves, so the entry and the change go together.</summary>
    private void Record(ApplicationUser user, string action, string summary) =>
        audit.Record(user.MunicipalityId, CurrentUserId, action, "Gebruiker", user.Id.ToString(), summary);

    private Task<ApplicationUser?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);

    private async Task<IActionResult> ConfirmAsync(Guid id, string view, CancellationToken cancellationToken)
    {
        var user = await FindAsync(id, cancellationToken);
        return user is null ? NotFound() : View(view, new UserConfirmViewModel(user.Id, user.DisplayName, user.Email!));
    }

    private EditUserForm ToViewModel(ApplicationUser user, EditUserForm form)
    {
        form.Account = new UserSummary(user.Id, user.Email!, user.IsActive, IsSelf(user));
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

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Identity operation failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
