using System.ComponentModel.DataAnnotations;

namespace OmgekeerdHandhaven.Web.Features.Mail;

/// <summary>Section "Mail": the SMTP server the outbox sends through, and the address links in a mail point to.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>Off: mails are written to the outbox but not sent (until it is switched on, then they go).</summary>
    public bool Enabled { get; set; }

    [Required]
    public string Host { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int Port { get; set; } = 2525;

    /// <summary>STARTTLS when the server offers it; production servers should (the relay of the gemeente).</summary>
    public bool UseStartTls { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required]
    [EmailAddress]
    public string FromAddress { get; set; } = "dilemmaregister@gemeente.example";

    [Required]
    public string FromName { get; set; } = "Dilemmaregister";

    /// <summary>Where the app is reached by its users; every link in a mail starts with it.</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "http://127.0.0.1:5080";

    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 8;

    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 5;

    /// <summary>
    /// The morning run (reminders of agreements, the beslissers' overview): meldingen and mails, also with mail off.
    /// Off only for tests that compare the database before and after a request.
    /// </summary>
    public bool MorningRun { get; set; } = true;
}
