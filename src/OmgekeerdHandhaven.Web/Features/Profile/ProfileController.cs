using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure;
using OmgekeerdHandhaven.Web.Infrastructure.Security;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.Web.Features.Profile;

/// <summary>Mijn profiel: who I am here, and my personal access tokens for the API.</summary>
public sealed class ProfileController(AppDbContext db, AuditLog audit, TimeProvider clock) : Controller
{
    [HttpGet("/profiel")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await BuildAsync(new CreateTokenForm(), null, cancellationToken));

    [HttpPost("/profiel/tokens")]
    public async Task<IActionResult> CreateToken([Bind(Prefix = "Form")] CreateTokenForm form, [FromServices] IValidator<CreateTokenForm> validator, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            foreach (var error in validation.Errors)
            {
                ModelState.AddModelError("Form." + error.PropertyName, error.ErrorMessage);
            }

            return View("Index", await BuildAsync(form, null, cancellationToken));
        }

        var user = await db.Users.SingleAsync(u => u.Id == User.ToActor().UserId, cancellationToken);
        var now = clock.GetUtcNow();
        DateTimeOffset? expires = string.IsNullOrWhiteSpace(form.ExpiresOn)
            ? null
            : DutchTime.StartOfDay(DateOnly.ParseExact(form.ExpiresOn, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1));
        try
        {
            var (token, secret) = AccessToken.Create(user, form.Name, now, expires);
            db.AccessTokens.Add(token);
            audit.Record(user.MunicipalityId, user.Id, AuditActions.TokenCreated, "Gebruiker", user.Id.ToString(), "Persoonlijk toegangstoken aangemaakt.");
            await db.SaveChangesAsync(cancellationToken);
            return View("Index", await BuildAsync(new CreateTokenForm(), secret, cancellationToken));
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError("Form.ExpiresOn", ex.Message);
            return View("Index", await BuildAsync(form, null, cancellationToken));
        }
    }

    [HttpPost("/profiel/tokens/{id:guid}/intrekken")]
    public async Task<IActionResult> RevokeToken(Guid id, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var token = await db.AccessTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == actor.UserId, cancellationToken);
        if (token is null)
        {
            return NotFound();
        }

        token.Revoke(clock.GetUtcNow());
        audit.Record(token.MunicipalityId, actor.UserId, AuditActions.TokenRevoked, "Gebruiker", actor.UserId.ToString(), "Persoonlijk toegangstoken ingetrokken.");
        await db.SaveChangesAsync(cancellationToken);
        TempData["Melding"] = $"Het token \"{token.Name}\" is ingetrokken en werkt niet meer.";
        return Redirect("/profiel");
    }

    private async Task<ProfileViewModel> BuildAsync(CreateTokenForm form, string? secret, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var email = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.Email).SingleAsync(cancellationToken);
        var tokens = await db.AccessTokens.AsNoTracking().Where(t => t.UserId == actor.UserId).OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);
        return new ProfileViewModel(
            User.FindFirstValue(TenantClaimTypes.DisplayName) ?? string.Empty, email ?? string.Empty,
            User.FindFirstValue(TenantClaimTypes.MunicipalityName) ?? string.Empty,
            [.. actor.Roles.Order(StringComparer.Ordinal)], tokens, form, secret, clock.GetUtcNow());
    }
}
