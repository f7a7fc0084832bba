using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.LoginSettings;

/// <summary>Beheer › Inloggen: whether beheerders and beslissers must use tweestapsverificatie.</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class LoginSettingsController(LoginSettingsActions actions) : Controller
{
    [HttpGet("/beheer/inloggen")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken) =>
        View(await actions.ShowAsync(form: null, cancellationToken));

    [HttpPost("/beheer/inloggen")]
    public async Task<IActionResult> Edit(LoginSettingsForm form, CancellationToken cancellationToken) =>
        await this.AnswerAsync(await actions.ChangeAsync(User.ToActor(), form, cancellationToken), _ =>
        {
            TempData["Melding"] = form.SecondFactorRequired == true
                ? "Opgeslagen. Beheerders en beslissers zonder tweestapsverificatie stellen die in bij hun volgende klik of inlog."
                : "Opgeslagen. Tweestapsverificatie is niet langer verplicht; wie die al gebruikt, houdt die.";
            return Redirect("/beheer/inloggen");
        }, async _ => View(await actions.ShowAsync(form, cancellationToken)));
}
