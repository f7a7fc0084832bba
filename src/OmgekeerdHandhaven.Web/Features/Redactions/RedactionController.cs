using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Redactions;

public sealed record RedactionConfirmView(RedactionForm Form, RedactionPreview Preview);

/// <summary>Beheer › Tekst verwijderen: fill in, check where the passage stands, confirm.</summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class RedactionController(RedactionActions actions) : Controller
{
    private const string Form = "~/Features/Redactions/Edit.cshtml";
    private const string Confirm = "~/Features/Redactions/Confirm.cshtml";

    [HttpGet("/beheer/tekst-verwijderen")]
    public IActionResult Edit(string? dilemma) => View(Form, new RedactionForm { Number = dilemma });

    [HttpPost("/beheer/tekst-verwijderen/controleren")]
    public async Task<IActionResult> Check(RedactionForm form, CancellationToken cancellationToken) =>
        this.Answer(await actions.PreviewAsync(User.ToActor(), form, cancellationToken),
            preview => View(Confirm, new RedactionConfirmView(form, preview)),
            _ => View(Form, form));

    /// <summary>"Nee, terug" from the confirm page: the form again with what was typed (the passage stays out of the URL).</summary>
    [HttpPost("/beheer/tekst-verwijderen/terug")]
    public IActionResult Back(RedactionForm form) => View(Form, form);

    [HttpPost("/beheer/tekst-verwijderen")]
    public async Task<IActionResult> Redact(RedactionForm form, CancellationToken cancellationToken) =>
        this.Answer(await actions.RedactAsync(User.ToActor(), form, cancellationToken), preview =>
        {
            var total = preview.Found.Sum(f => f.Count);
            TempData["Melding"] = total == 1
                ? "De tekst is verwijderd. Het logboek vermeldt dat, met de reden."
                : $"De tekst is op {total} plaatsen verwijderd. Het logboek vermeldt dat, met de reden.";
            return Redirect($"/dilemmas/{preview.Number}");
        }, _ => View(Form, form));
}
