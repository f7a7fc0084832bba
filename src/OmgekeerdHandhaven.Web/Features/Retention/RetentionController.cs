using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Retention;

public sealed record RetentionPage(RetentionForm Form, RetentionView View);

[Authorize(Policy = Policies.Beheer)]
public sealed class RetentionController(RetentionActions actions) : Controller
{
    private const string Page = "~/Features/Retention/Edit.cshtml";

    [HttpGet("/beheer/bewaartermijnen")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken)
    {
        var view = await actions.ShowAsync(cancellationToken);
        return View(Page, new RetentionPage(RetentionForm.From(view.Terms), view));
    }

    [HttpPost("/beheer/bewaartermijnen")]
    public async Task<IActionResult> Edit([Bind(Prefix = "Form")] RetentionForm form, CancellationToken cancellationToken) =>
        await this.AnswerAsync(await actions.ChangeAsync(User.ToActor(), form, cancellationToken), _ =>
        {
            TempData["Melding"] = "De bewaartermijnen zijn opgeslagen. Ze gelden vanaf de volgende ronde (elke dag).";
            return Redirect("/beheer/bewaartermijnen");
        }, async _ => View(Page, new RetentionPage(form, await actions.ShowAsync(cancellationToken))), prefix: "Form");
}
