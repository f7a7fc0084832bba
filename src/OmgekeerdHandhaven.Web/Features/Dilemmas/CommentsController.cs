using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

/// <summary>Reacties: posted from the dilemma page; a refused reactie re-shows that page with the error at the field.</summary>
public sealed class CommentsController(DilemmaActions actions, DilemmaPageBuilder pages) : Controller
{
    [HttpPost("/dilemmas/{number}/reacties")]
    public async Task<IActionResult> Create(string number, CommentForm form, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var outcome = await actions.CommentAsync(number, actor, form, cancellationToken);
        // Refused or not possible: the dilemma page again, built before answering (the page needs an async read).
        var page = outcome is { Kind: OutcomeKind.Refused or OutcomeKind.Conflict, Value: { } dilemma }
            ? await pages.BuildAsync(dilemma, actor, cancellationToken, form)
            : null;
        return this.Answer(outcome, _ =>
        {
            TempData["Melding"] = "Uw reactie is geplaatst.";
            return Redirect($"/dilemmas/{number}#reacties");
        }, again: page is null ? null : _ => View("~/Features/Dilemmas/Details.cshtml", page));
    }
}
