using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;
using OmgekeerdHandhaven.Web.Infrastructure.Actions;

namespace OmgekeerdHandhaven.Web.Features.Mail;

public sealed record FailedMail(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset FailedAt, string Recipient, bool RecipientActive, string Kind, string Subject, string? Reason);

public sealed record MailAdminView(bool Enabled, string Server, int Waiting, int Held, int SentLastWeek, IReadOnlyList<FailedMail> Failed);

/// <summary>
/// Beheer › E-mail: whether mail goes out, what waits, and the mails given up — with why, so the Beheerder can mend the
/// cause (a wrong address, the relay refusing) and offer one again. Only the own gemeente's, by the query filter.
/// </summary>
public sealed class MailAdminActions(AppDbContext db, UnitOfWork work, AuditLog audit, TimeProvider clock, IOptions<MailOptions> options)
{
    public const int FailedShownDays = 30;

    public async Task<MailAdminView> ShowAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var weekAgo = now.AddDays(-7);
        var since = now.AddDays(-FailedShownDays);
        var waiting = await db.OutboxMessages.CountAsync(m => m.SentAt == null && m.FailedAt == null && !m.Digest, cancellationToken);
        var held = await db.OutboxMessages.CountAsync(m => m.SentAt == null && m.FailedAt == null && m.Digest, cancellationToken);
        var sent = await db.OutboxMessages.CountAsync(m => m.SentAt >= weekAgo && m.BundledIntoId == null, cancellationToken);
        var failed = await db.OutboxMessages.Where(m => m.FailedAt >= since)
            .Join(db.Users, m => m.RecipientId, u => u.Id, (m, u) => new { m.Id, m.CreatedAt, FailedAt = m.FailedAt!.Value, u.DisplayName, u.IsActive, m.Kind, m.Subject, m.LastError })
            .OrderByDescending(m => m.FailedAt).Take(200).ToListAsync(cancellationToken);
        var settings = options.Value;
        return new MailAdminView(settings.Enabled, $"{settings.Host}:{settings.Port}", waiting, held, sent,
            [.. failed.Select(m => new FailedMail(m.Id, m.CreatedAt, m.FailedAt, m.DisplayName, m.IsActive, KindLabel(m.Kind), m.Subject, Reason(m.LastError)))]);
    }

    /// <summary>Opnieuw proberen: the worker takes it up at once, counting its attempts from nought.</summary>
    public async Task<Outcome<string>> RetryAsync(Guid id, Actor actor, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id && m.FailedAt != null, cancellationToken);
        return await work.SaveAsync(UnitOfWork.Open(message, actor.IsBeheerder, "Alleen een beheerder biedt een e-mail opnieuw aan."), input: null, m =>
        {
            m.Retry(clock.GetUtcNow());
            audit.Record(m.MunicipalityId, actor.UserId, AuditActions.MailRetried, "E-mail", m.Id.ToString(), "Niet verstuurde e-mail opnieuw aangeboden.");
            return Task.FromResult("De e-mail wordt opnieuw verstuurd.");
        }, "Deze e-mail is intussen al opnieuw aangeboden.", cancellationToken);
    }

    /// <summary>The worker's short technical reason in words a Beheerder can act on (the original stays in the log).</summary>
    public static string Reason(string? error) => error switch
    {
        null => "onbekend",
        _ when error.StartsWith("SmtpCommandException", StringComparison.Ordinal) =>
            $"De mailserver weigerde het bericht (code {error["SmtpCommandException".Length..].Trim()}). Klopt het e-mailadres?",
        _ when error.StartsWith("AuthenticationException", StringComparison.Ordinal) => "De mailserver weigerde de aanmelding van het register.",
        _ when error.Contains("Exception", StringComparison.Ordinal) => "De mailserver was niet bereikbaar.",
        _ => error,
    };

    private static string KindLabel(NotificationKind? kind) => kind switch
    {
        null => "Dagelijks overzicht",
        NotificationKind.SecondFactorReset => "Beveiliging van het account",
        _ => MailTopics.Of(kind)?.Label ?? kind.ToString()!,
    };
}
