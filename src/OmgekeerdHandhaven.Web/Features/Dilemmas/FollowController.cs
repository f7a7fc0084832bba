using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

public sealed class FollowController(FollowActions actions) : Controller
{
    [HttpPost("/dilemmas/{number}/volgen")]
    public async Task<IActionResult> Follow(string number, CancellationToken cancellationToken) =>
        this.Answer(await actions.SetAsync(number, User.ToActor(), following: true, cancellationToken), _ =>
        {
            TempData["Melding"] = "U volgt dit dilemma: u krijgt een melding bij een nieuwe reactie, als het wordt teruggestuurd en als erover is besloten.";
            return Redirect($"/dilemmas/{number}");
        });

    [HttpPost("/dilemmas/{number}/niet-meer-volgen")]
    public async Task<IActionResult> Unfollow(string number, CancellationToken cancellationToken) =>
        this.Answer(await actions.SetAsync(number, User.ToActor(), following: false, cancellationToken), _ =>
        {
            TempData["Melding"] = "U volgt dit dilemma niet meer. U krijgt nog wel een melding als een collega u in een reactie noemt of op uw vraag reageert.";
            return Redirect($"/dilemmas/{number}");
        });
}
