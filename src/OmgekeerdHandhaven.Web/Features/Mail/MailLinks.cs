using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Mail;

/// <summary>
/// The links in a mail. The afmeldlink carries who and which kind, protected with the app's data-protection keys
/// (shared by every instance through the database), so it works without logging in and cannot be made for someone
/// else. It does not expire: a mail from last year must still let its reader stop the next one.
/// </summary>
public sealed class MailLinks(IOptions<MailOptions> options, IDataProtectionProvider protection)
{
    /// <summary>Stands for "every kind I get in the daily overview" in the overview's own afmeldlink.</summary>
    private const string Overview = "overzicht";

    private readonly IDataProtector _protector = protection.CreateProtector("OmgekeerdHandhaven.Mail.Afmelden");

    public string Absolute(string path) => options.Value.BaseUrl.TrimEnd('/') + path;

    public string Settings => Absolute("/profiel/e-mail");

    /// <summary>The afmeldlink for one kind, or with a null kind for the daily overview.</summary>
    public string Unsubscribe(Guid recipientId, NotificationKind? kind)
    {
        var payload = Encoding.UTF8.GetBytes($"{recipientId:N}:{kind?.ToString() ?? Overview}");
        return Absolute("/e-mail/afmelden/" + WebEncoders.Base64UrlEncode(_protector.Protect(payload)));
    }

    /// <summary>Who and what an afmeldlink is for; false for a link that was changed or made elsewhere.</summary>
    public bool TryRead(string? token, out Guid recipientId, out NotificationKind? kind)
    {
        recipientId = Guid.Empty;
        kind = null;
        try
        {
            var parts = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token ?? string.Empty))).Split(':');
            if (parts.Length != 2 || !Guid.TryParseExact(parts[0], "N", out recipientId))
            {
                return false;
            }

            if (parts[1] == Overview)
            {
                return true;
            }

            kind = Enum.TryParse<NotificationKind>(parts[1], out var parsed) ? parsed : null;
            return kind is not null;
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return false;
        }
    }
}
