using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Mail;

/// <summary>
/// The mail for a melding: what happened (the melding's own sentence), the dilemma's number and title, and a link —
/// never more of the case, so a mail forwarded or read over a shoulder tells nothing a title does not.
/// </summary>
public sealed class MailComposer(IOptions<MailOptions> options, TimeProvider clock)
{
    public OutboxMessage For(Notification notification, string dilemmaTitle)
    {
        var link = options.Value.BaseUrl.TrimEnd('/') + "/dilemmas/" + Uri.EscapeDataString(notification.DilemmaNumber);
        var subject = notification.Text.Length <= 250 ? notification.Text : notification.Text[..250];
        var text = $"""
            {notification.Text}

            Dilemma {notification.DilemmaNumber}: {dilemmaTitle}
            Bekijk het dilemma: {link}

            Dit bericht komt van het Dilemmaregister. De inhoud van het dilemma staat alleen in het register zelf.
            """;
        var html = $"""
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><title>{Encode(subject)}</title></head>
            <body style="font-family: sans-serif; line-height: 1.5">
            <p>{Encode(notification.Text)}</p>
            <p><strong>Dilemma {Encode(notification.DilemmaNumber)}</strong>: {Encode(dilemmaTitle)}</p>
            <p><a href="{Encode(link)}">Bekijk het dilemma</a></p>
            <p style="color: #555">Dit bericht komt van het Dilemmaregister. De inhoud van het dilemma staat alleen in het register zelf.</p>
            </body></html>
            """;
        return new OutboxMessage(notification.MunicipalityId, notification.RecipientId, notification.Kind, subject, text, html, clock.GetUtcNow());
    }

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);
}
