namespace OmgekeerdHandhaven.Web.Features.Mail;

/// <summary>Mijn profiel › E-mail: per kind of message (its <c>NotificationKind</c> name) Direct, Daily or Never.</summary>
public sealed class MailSettingsForm
{
    public Dictionary<string, string>? Keuze { get; set; }

    public static string FieldFor(Domain.NotificationKind kind) => $"Keuze[{kind}]";
}
