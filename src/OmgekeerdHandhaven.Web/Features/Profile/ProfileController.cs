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

    [HttpGet("/profiel/tweestapsverificatie")]
    [AllowBeforeSecondFactor]
    public async Task<IActionResult> SecondFactor([FromServices] SecondFactorActions secondFactor) =>
        View(new SecondFactorViewModel(await secondFactor.SetupAsync(User.ToActor(), makeKey: true), new SecondFactorCodeForm(), null));

    /// <summary>Inschakelen with a code from the app; done, the herstelcodes are shown once (not after a redirect).</summary>
    [HttpPost("/profiel/tweestapsverificatie")]
    [AllowBeforeSecondFactor]
    public async Task<IActionResult> EnableSecondFactor(SecondFactorCodeForm form, [FromServices] SecondFactorActions secondFactor, CancellationToken cancellationToken)
    {
        var outcome = await secondFactor.EnableAsync(User.ToActor(), form.Code, cancellationToken);
        var setup = await secondFactor.SetupAsync(User.ToActor());
        // Posted without ever opening the page there is no key to show yet: the page itself makes one.
        return this.Answer(outcome, codes => View("SecondFactor", new SecondFactorViewModel(setup, new SecondFactorCodeForm(), codes)),
            _ => setup is { On: false, Key: null } ? Redirect("/profiel/tweestapsverificatie") : View("SecondFactor", new SecondFactorViewModel(setup, form, null)));
    }

    [HttpPost("/profiel/tweestapsverificatie/herstelcodes")]
    public async Task<IActionResult> NewRecoveryCodes([FromServices] SecondFactorActions secondFactor, CancellationToken cancellationToken)
    {
        var outcome = await secondFactor.NewRecoveryCodesAsync(User.ToActor(), cancellationToken);
        var setup = await secondFactor.SetupAsync(User.ToActor());
        return this.Answer(outcome, codes => View("SecondFactor", new SecondFactorViewModel(setup, new SecondFactorCodeForm(), codes)));
    }

    /// <summary>Where the gemeente requires it, the page says so instead of offering the button.</summary>
    [HttpGet("/profiel/tweestapsverificatie/uitschakelen")]
    public async Task<IActionResult> ConfirmDisableSecondFactor([FromServices] SecondFactorActions secondFactor) =>
        View(await secondFactor.SetupAsync(User.ToActor()));

    [HttpPost("/profiel/tweestapsverificatie/uitschakelen")]
    public async Task<IActionResult> DisableSecondFactor([FromServices] SecondFactorActions secondFactor, CancellationToken cancellationToken) =>
        this.Answer(await secondFactor.DisableAsync(User.ToActor(), cancellationToken), _ =>
        {
            TempData["Melding"] = "Tweestapsverificatie staat uit. U logt voortaan in met alleen uw wachtwoord.";
            return Redirect("/profiel");
        });

    private async Task<ProfileViewModel> BuildAsync(CreateTokenForm form, string? secret, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var account = await db.Users.Where(u => u.Id == actor.UserId).Select(u => new { u.Email, u.TwoFactorEnabled }).SingleAsync(cancellationToken);
        var tokens = await db.AccessTokens.AsNoTracking().Where(t => t.UserId == actor.UserId).OrderByDescending(t => t.CreatedAt).ToListAsync(cancellationToken);
        return new ProfileViewModel(
            User.FindFirstValue(TenantClaimTypes.DisplayName) ?? string.Empty, account.Email ?? string.Empty,
            User.FindFirstValue(TenantClaimTypes.MunicipalityName) ?? string.Empty,
            [.. actor.Roles.Order(StringComparer.Ordinal)], tokens, form, secret, clock.GetUtcNow(), account.TwoFactorEnabled);
    }
}
