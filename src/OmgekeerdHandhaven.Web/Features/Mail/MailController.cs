using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OmgekeerdHandhaven.Web.Features.Shared;
using OmgekeerdHandhaven.Web.Infrastructure.Security;

namespace OmgekeerdHandhaven.Web.Features.Mail;

public sealed record MailSettingsView(IReadOnlyList<MailChoice> Choices, MailSettingsForm? Posted);

public sealed record UnsubscribeView(string Token, IReadOnlyList<string>? Stopped, bool Done);

/// <summary>Mijn profiel › E-mail, and the afmeldlink every mail carries.</summary>
public sealed class MailController(MailSettingsActions actions, MailLinks links) : Controller
{
    [HttpGet("/profiel/e-mail")]
    public async Task<IActionResult> Settings(CancellationToken cancellationToken) =>
        View(new MailSettingsView(await actions.ShowAsync(User.ToActor(), cancellationToken), null));

    [HttpPost("/profiel/e-mail")]
    public async Task<IActionResult> SaveSettings(MailSettingsForm form, CancellationToken cancellationToken)
    {
        var outcome = await actions.SaveAsync(User.ToActor(), form, cancellationToken);
        return await this.AnswerAsync(outcome, _ =>
        {
            TempData["Melding"] = "Uw e-mailinstellingen zijn opgeslagen.";
            return Redirect("/profiel/e-mail");
        }, async _ => View("Settings", new MailSettingsView(await actions.ShowAsync(User.ToActor(), cancellationToken), form)));
    }

    /// <summary>Opening the link changes nothing (mail scanners open links too): the page asks to confirm.</summary>
    [AllowAnonymous]
    [HttpGet("/e-mail/afmelden/{token}")]
    public IActionResult ConfirmUnsubscribe(string token) =>
        links.TryRead(token, out _, out var kind)
            ? View("Unsubscribe", new UnsubscribeView(token, kind is { } k && MailTopics.Of(k) is { } topic ? [topic.Label] : null, Done: false))
            : InvalidLink();

    /// <summary>
    /// The button on that page, and the one-click POST of a mail program (RFC 8058), which carries no antiforgery token:
    /// the protected link itself shows who may do this.
    /// </summary>
    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    [HttpPost("/e-mail/afmelden/{token}")]
    public async Task<IActionResult> Unsubscribe(string token, CancellationToken cancellationToken)
    {
        if (!links.TryRead(token, out var userId, out var kind))
        {
            return InvalidLink();
        }

        var stopped = await actions.UnsubscribeAsync(userId, kind, cancellationToken);
        return stopped is null ? InvalidLink() : View("Unsubscribe", new UnsubscribeView(token, stopped, Done: true));
    }

    private ViewResult InvalidLink()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("Unsubscribe", new UnsubscribeView(string.Empty, null, Done: false));
    }
}
