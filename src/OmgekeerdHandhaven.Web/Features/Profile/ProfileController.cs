using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;
using OmgekeerdHandhaven.Web.Infrastructure.Tenancy;

namespace OmgekeerdHandhaven.Web.Features.Profile;

/// <summary>Mijn profiel: who I am here, and my personal access tokens for the API.</summary>
public sealed class ProfileController(AppDbContext db, ProfileActions actions, TimeProvider clock) : Controller
{
    [HttpGet("/profiel")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await BuildAsync(new CreateTokenForm(), null, cancellationToken));

    [HttpPost("/profiel/tokens")]
    public async Task<IActionResult> CreateToken([Bind(Prefix = "Form")] CreateTokenForm form, CancellationToken cancellationToken)
    {
        var outcome = await actions.CreateTokenAsync(User.ToActor(), form, cancellationToken);
        // Done, the page shows the secret once (not after a redirect, which would have to keep it somewhere).
        var shown = await BuildAsync(outcome.IsDone ? new CreateTokenForm() : form, outcome.IsDone ? outcome.Value : null, cancellationToken);
        return this.Answer(outcome, _ => View("Index", shown), _ => View("Index", shown), prefix: "Form");
    }

    [HttpPost("/profiel/tokens/{id:guid}/intrekken")]
    public async Task<IActionResult> RevokeToken(Guid id, CancellationToken cancellationToken) =>
        this.Answer(await actions.RevokeTokenAsync(id, User.ToActor(), cancellationToken), token =>
        {
            TempData["Melding"] = $"Het token \"{token.Name}\" is ingetrokken en werkt niet meer.";
            return Redirect("/profiel");
        });

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
