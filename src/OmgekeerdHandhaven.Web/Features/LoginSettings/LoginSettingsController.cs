using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.LoginSettings;

public sealed record DisconnectView(int Linked, bool Self);

/// <summary>Beheer › Inloggen: tweestapsverificatie for beheerders and beslissers, and the gemeente account (OpenID Connect).</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class LoginSettingsController(LoginSettingsActions actions) : Controller
{
    [HttpGet("/beheer/inloggen")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken) =>
        View(await actions.ShowAsync(form: null, providerForm: null, cancellationToken));

    [HttpPost("/beheer/inloggen")]
    public async Task<IActionResult> Edit(LoginSettingsForm form, CancellationToken cancellationToken) =>
        await this.AnswerAsync(await actions.ChangeAsync(User.ToActor(), form, cancellationToken), _ =>
        {
            TempData["Melding"] = form.SecondFactorRequired == true
                ? "Opgeslagen. Beheerders en beslissers zonder tweestapsverificatie stellen die in zodra zij weer iets openen of inloggen."
                : "Opgeslagen. Tweestapsverificatie is niet langer verplicht; wie die al gebruikt, houdt die.";
            return Redirect("/beheer/inloggen");
        }, async _ => View("Edit", await actions.ShowAsync(form, providerForm: null, cancellationToken)));

    [HttpPost("/beheer/inloggen/gemeente-account")]
    public async Task<IActionResult> SaveProvider([Bind(Prefix = "Provider")] ProviderForm form, CancellationToken cancellationToken) =>
        await this.AnswerAsync(await actions.SaveProviderAsync(User.ToActor(), form, cancellationToken), _ =>
        {
            TempData["Melding"] = "De instellingen van het gemeente-account zijn opgeslagen. Probeer het inloggen uit in een ander venster voordat u uitlogt.";
            return Redirect("/beheer/inloggen");
        }, async _ => View("Edit", await actions.ShowAsync(form: null, form, cancellationToken)), prefix: "Provider");

    [HttpGet("/beheer/inloggen/gemeente-account/loskoppelen")]
    public async Task<IActionResult> ConfirmDisconnect(CancellationToken cancellationToken)
    {
        var view = await actions.ShowAsync(form: null, providerForm: null, cancellationToken);
        return view.ProviderConnected
            ? View("Disconnect", new DisconnectView(await actions.LinkedColleaguesAsync(cancellationToken), await actions.IsLinkedAsync(User.ToActor(), cancellationToken)))
            : NotFound();
    }

    [HttpPost("/beheer/inloggen/gemeente-account/loskoppelen")]
    public async Task<IActionResult> Disconnect(CancellationToken cancellationToken) =>
        this.Answer(await actions.DisconnectAsync(User.ToActor(), cancellationToken), linked =>
        {
            TempData["Melding"] = linked switch
            {
                0 => "Het gemeente-account is losgekoppeld. Iedereen logt weer in met e-mailadres en wachtwoord.",
                1 => "Het gemeente-account is losgekoppeld. 1 collega die ermee inlogde, heeft een nieuw wachtwoord nodig: herstel het via Gebruikers.",
                _ => $"Het gemeente-account is losgekoppeld. {linked} collega's die ermee inlogden, hebben een nieuw wachtwoord nodig: herstel het via Gebruikers.",
            };
            return Redirect("/beheer/inloggen");
        });
}
