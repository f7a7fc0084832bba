using System.Text;
using System.Text.Encodings.Web;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Mail;

/// <summary>
/// The mails, in Dutch text and HTML: what happened (the melding's own sentence), what it is about (a dilemma's number
/// and title, a werkoverleg's date) and a link — never more of the case, so a mail forwarded or read over a shoulder
/// tells nothing a title does not. Every mail says how to stop it.
/// </summary>
public sealed class MailComposer(MailLinks links, TimeProvider clock)
{
    private const string Footer = "Dit bericht komt van het Dilemmaregister. De inhoud van een dilemma staat alleen in het register zelf.";

    /// <summary>The mail for a melding about a dilemma.</summary>
    public OutboxMessage For(Notification notification, string dilemmaTitle) =>
        For(notification, $"Dilemma {notification.DilemmaNumber}: {dilemmaTitle}", notification.Path, "Bekijk het dilemma");

    /// <summary>The mail for a melding, about <paramref name="context"/>, leading to <paramref name="path"/>.</summary>
    public OutboxMessage For(Notification notification, string context, string path, string action)
    {
        var subject = Shorten(notification.Text, 250);
        var link = links.Absolute(path);
        var unsubscribe = MailTopics.Of(notification.Kind) is { } topic
            ? (links.Unsubscribe(notification.RecipientId, notification.Kind), $"Geen e-mail meer over \"{topic.Label.ToLowerInvariant()}\"")
            : ((string, string)?)null;
        var (text, html) = Render(subject, [new Line(notification.Text, context, link, action)], unsubscribe);
        return new OutboxMessage(notification.MunicipalityId, notification.RecipientId, notification.Kind, subject, Shorten(context, 400), link, text, html, clock.GetUtcNow());
    }

    /// <summary>One mail with the held messages of one colleague, in the order they happened.</summary>
    public OutboxMessage Overview(Guid municipalityId, Guid recipientId, IReadOnlyList<OutboxMessage> held)
    {
        var subject = held.Count == 1 ? "Uw dagelijks overzicht: 1 bericht uit het Dilemmaregister" : $"Uw dagelijks overzicht: {held.Count} berichten uit het Dilemmaregister";
        var lines = held.OrderBy(m => m.CreatedAt).Select(m => new Line(m.Subject, m.Context, m.Link, "Bekijken")).ToList();
        var (text, html) = Render(subject, lines, (links.Unsubscribe(recipientId, null), "Geen dagelijks overzicht meer"));
        return new OutboxMessage(municipalityId, recipientId, null, subject, null, null, text, html, clock.GetUtcNow());
    }

    /// <summary>A beslisser's morning list of the dilemmas Ter bespreking (at most 25 named; the last line links to them all).</summary>
    public OutboxMessage DecisionOverview(Guid municipalityId, Guid recipientId, IReadOnlyList<(string Number, string Title)> waiting)
    {
        const int Named = 25;
        var subject = waiting.Count == 1 ? "1 dilemma wacht op een besluit" : $"{waiting.Count} dilemma's wachten op een besluit";
        var all = links.Absolute("/dilemmas?status=" + nameof(DilemmaStatus.UnderDiscussion));
        var lines = waiting.Take(Named).Select(w => new Line($"Dilemma {w.Number}: {w.Title}", null, links.Absolute("/dilemmas/" + w.Number), "Bekijk het dilemma")).ToList();
        lines.Add(new Line(waiting.Count > Named ? $"En nog {waiting.Count - Named} meer." : "Alle dilemma's ter bespreking staan ook in één lijst.", null, all, "Bekijk de lijst"));

        var (text, html) = Render(subject, lines, (links.Unsubscribe(recipientId, NotificationKind.AwaitingDecision), "Geen ochtendoverzicht meer"),
            "Goedemorgen. Deze dilemma's staan ter bespreking en wachten op een besluit:");
        return new OutboxMessage(municipalityId, recipientId, NotificationKind.AwaitingDecision, subject, null, all, text, html, clock.GetUtcNow());
    }

    private sealed record Line(string Sentence, string? Context, string? Link, string Action);

    private (string Text, string Html) Render(string title, IReadOnlyList<Line> lines, (string Link, string Label)? unsubscribe, string? intro = null)
    {
        var text = new StringBuilder();
        var html = new StringBuilder($"""
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><title>{Encode(title)}</title></head>
            <body style="font-family: sans-serif; line-height: 1.5">

            """);
        if (intro is not null)
        {
            text.AppendLine(intro).AppendLine();
            html.AppendLine("<p>" + Encode(intro) + "</p>");
        }

        foreach (var line in lines)
        {
            text.AppendLine(line.Sentence);
            html.Append("<p>" + Encode(line.Sentence));
            if (line.Context is not null)
            {
                text.AppendLine(line.Context);
                html.Append("<br><strong>" + Encode(line.Context) + "</strong>");
            }

            if (line.Link is not null)
            {
                text.AppendLine(line.Action + ": " + line.Link);
                html.Append("<br><a href=\"" + Encode(line.Link) + "\">" + Encode(line.Action) + "</a>");
            }

            text.AppendLine();
            html.AppendLine("</p>");
        }

        text.AppendLine(Footer);
        html.AppendLine("<p style=\"color: #555\">" + Encode(Footer) + "</p>");
        html.Append("<p style=\"color: #555\">");
        if (unsubscribe is { } stop)
        {
            text.AppendLine(stop.Label + "? Afmelden: " + stop.Link);
            html.Append(Encode(stop.Label) + "? <a href=\"" + Encode(stop.Link) + "\">Afmelden</a>. ");
        }

        if (unsubscribe is not null)
        {
            // Not under a message that cannot be switched off (about the colleague's own account).
            text.AppendLine("Kies wat u per e-mail ontvangt: " + links.Settings);
            html.Append("<a href=\"" + Encode(links.Settings) + "\">Kies wat u per e-mail ontvangt</a>.");
        }

        html.AppendLine("</p>");
        html.AppendLine("</body></html>");
        return (text.ToString(), html.ToString());
    }

    private static string Shorten(string value, int length) => value.Length <= length ? value : value[..length];

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);
}
