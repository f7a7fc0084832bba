using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Features.Comments;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Dilemmas;

/// <summary>Reacties: posted from the dilemma page; an invalid reactie re-shows that page with the error at the field.</summary>
public sealed class CommentsController(AppDbContext db, DilemmaActions actions) : Controller
{
    [HttpPost("/dilemmas/{number}/reacties")]
    public async Task<IActionResult> Create(string number, CommentForm form, [FromServices] IValidator<CommentForm> validator, [FromServices] DilemmaPageBuilder pages, CancellationToken cancellationToken)
    {
        var actor = User.ToActor();
        var dilemma = await db.FindVisibleAsync(number, actor, cancellationToken);
        if (dilemma is null)
        {
            return NotFound();
        }

        if (!dilemma.CanComment(actor))
        {
            return Forbid();
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return View("~/Features/Dilemmas/Details.cshtml", await pages.BuildAsync(dilemma, actor, cancellationToken, form));
        }

        await actions.CommentAsync(dilemma, actor, Enum.Parse<CommentKind>(form.Kind!), form.Body, cancellationToken);
        TempData["Melding"] = "Uw reactie is geplaatst.";
        return Redirect($"/dilemmas/{dilemma.Number}#reacties");
    }
}
