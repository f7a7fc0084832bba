using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using OmgekeerdHandhaven.Web.Data;
using OmgekeerdHandhaven.Web.Domain;

namespace OmgekeerdHandhaven.Web.Features.Mail;

/// <summary>
/// Sends the outbox, by each recipient's choice for the message's kind: at once, held for the overview of 07.00 uur
/// (one mail with all of a colleague's held messages), or not at all — decided when sending, so a choice made after the
/// event still counts.
/// Messages are claimed with SKIP LOCKED and a lock until a minute from now, so with several app
/// instances each message is sent by one of them, once; an instance that stops mid-batch leaves its claims to expire.
/// A failure is tried again later, waiting longer each time (30 s, 1, 2, 4 … minutes, at most an hour), until
/// <see cref="MailOptions.MaxAttempts"/>; then it is given up and shown to the Beheerder.
/// </summary>
public sealed partial class OutboxWorker(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<MailOptions> options, MailComposer composer, MailLinks links, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    private const int BatchSize = 20;

    /// <summary>pg_try_advisory_xact_lock key: one instance at a time bundles the overviews.</summary>
    private const long OverviewLock = 0x4F48_4D41_494C;
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(1);
    private readonly MailOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await BundleOverviewsAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The overviews wait; direct mail must not wait for them.
                LogUnavailable(logger, ex.GetType().Name);
            }

            try
            {
                while (await SendBatchAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database away or not migrated yet: the messages wait in it and go when it is back.
                LogUnavailable(logger, ex.GetType().Name);
            }

            try
            {
                // Real time, not the app's clock: a paused test clock must not stop the mail.
                await Task.Delay(TimeSpan.FromSeconds(_options.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private sealed record Claimed(Guid Id, Guid RecipientId, string? Kind, string Subject, string TextBody, string HtmlBody, int Attempts)
    {
        public NotificationKind? KindOf => Kind is null ? null : Enum.Parse<NotificationKind>(Kind);
    }

    private sealed record Recipient(Guid Id, string? Email, string DisplayName, bool IsActive);

    /// <summary>Sends what is due now; returns how many were taken.</summary>
    public async Task<int> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var until = now + ClaimFor;
        var claimed = await db.Database.SqlQuery<Claimed>($"""
            UPDATE outbox_messages SET locked_until = {until}, attempts = attempts + 1
            WHERE id IN (SELECT id FROM outbox_messages
                         WHERE sent_at IS NULL AND failed_at IS NULL AND NOT digest AND next_attempt_at <= {now}
                           AND (locked_until IS NULL OR locked_until < {now})
                         ORDER BY next_attempt_at FOR UPDATE SKIP LOCKED LIMIT {BatchSize})
            RETURNING id, recipient_id, kind, subject, text_body, html_body, attempts
            """).ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var ids = claimed.Select(c => c.RecipientId).Distinct().ToList();
        var recipients = await db.Users.IgnoreQueryFilters([AppDbContext.TenantFilter]).Where(u => ids.Contains(u.Id))
            .Select(u => new Recipient(u.Id, u.Email, u.DisplayName, u.IsActive)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var choices = await ChoicesAsync(db, ids, cancellationToken);

        using var smtp = new SmtpClient();
        string? connectFailure = null;
        try
        {
            await smtp.ConnectAsync(_options.Host, _options.Port, _options.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(_options.UserName))
            {
                await smtp.AuthenticateAsync(_options.UserName, _options.Password ?? string.Empty, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            connectFailure = ex.GetType().Name;
        }

        foreach (var message in claimed)
        {
            if (!recipients.TryGetValue(message.RecipientId, out var recipient) || !recipient.IsActive || string.IsNullOrEmpty(recipient.Email))
            {
                await GiveUpAsync(db, message.Id, recipient is { IsActive: true } ? "De ontvanger heeft geen e-mailadres." : "De ontvanger heeft geen actief account meer.", cancellationToken);
                continue;
            }

            switch (choices.For(message.RecipientId, message.KindOf))
            {
                case MailFrequency.Never:
                    await Outbox(db, message.Id).ExecuteDeleteAsync(cancellationToken);
                    continue;
                case MailFrequency.Daily:
                    var overview = MailTopics.NextOverview(clock.GetUtcNow());
                    await Outbox(db, message.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Digest, true).SetProperty(m => m.NextAttemptAt, overview)
                        .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null).SetProperty(m => m.Attempts, 0), cancellationToken);
                    continue;
            }

            var failure = connectFailure;
            if (failure is null)
            {
                try
                {
                    await smtp.SendAsync(Build(message, recipient), cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failure = ex is SmtpCommandException command ? $"{ex.GetType().Name} {(int)command.StatusCode}" : ex.GetType().Name;
                }
            }

            if (failure is null)
            {
                var sentAt = clock.GetUtcNow();
                await db.OutboxMessages.IgnoreQueryFilters([AppDbContext.TenantFilter]).Where(m => m.Id == message.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, sentAt).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), cancellationToken);
            }
            else if (message.Attempts >= _options.MaxAttempts)
            {
                await GiveUpAsync(db, message.Id, failure, cancellationToken);
                LogGaveUp(logger, message.Id, message.Attempts, failure);
            }
            else
            {
                var next = clock.GetUtcNow() + Backoff(message.Attempts);
                await db.OutboxMessages.IgnoreQueryFilters([AppDbContext.TenantFilter]).Where(m => m.Id == message.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, next).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                        .SetProperty(m => m.LastError, failure), cancellationToken);
                LogRetry(logger, message.Id, message.Attempts, failure);
            }
        }

        if (smtp.IsConnected)
        {
            await smtp.DisconnectAsync(quit: true, cancellationToken);
        }

        return claimed.Count;
    }

    /// <summary>
    /// Turns each colleague's held messages that are due into one overview mail, sent like any other. One instance at a
    /// time (an advisory lock), so a colleague gets one overview, not two halves; kinds switched off since are dropped.
    /// </summary>
    public async Task BundleOverviewsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var now = clock.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var mine = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({OverviewLock}) AS \"Value\"").SingleAsync(cancellationToken);
            if (!mine)
            {
                return;
            }

            var held = await db.OutboxMessages.IgnoreQueryFilters([AppDbContext.TenantFilter])
                .Where(m => m.Digest && m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now).ToListAsync(cancellationToken);
            if (held.Count == 0)
            {
                return;
            }

            var choices = await ChoicesAsync(db, [.. held.Select(m => m.RecipientId).Distinct()], cancellationToken);
            foreach (var mail in held.GroupBy(m => (m.MunicipalityId, m.RecipientId)))
            {
                var wanted = mail.Where(m => choices.For(m.RecipientId, m.Kind) != MailFrequency.Never).ToList();
                db.OutboxMessages.RemoveRange(mail.Except(wanted));
                if (wanted.Count > 0)
                {
                    var overview = composer.Overview(mail.Key.MunicipalityId, mail.Key.RecipientId, wanted);
                    db.OutboxMessages.Add(overview);
                    wanted.ForEach(m => m.BundleInto(overview, now));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }

    private sealed class Choices(Dictionary<(Guid, NotificationKind), MailFrequency> chosen)
    {
        /// <summary>A kind nobody can switch off (a security message, the overview itself) always goes at once.</summary>
        public MailFrequency For(Guid recipientId, NotificationKind? kind) =>
            MailTopics.Of(kind) is not { } topic ? MailFrequency.Direct
            : chosen.TryGetValue((recipientId, topic.Kind), out var frequency) ? frequency : topic.Default;
    }

    private static async Task<Choices> ChoicesAsync(AppDbContext db, IReadOnlyCollection<Guid> recipientIds, CancellationToken cancellationToken) =>
        new(await db.MailPreferences.IgnoreQueryFilters([AppDbContext.TenantFilter]).Where(p => recipientIds.Contains(p.UserId))
            .ToDictionaryAsync(p => (p.UserId, p.Kind), p => p.Frequency, cancellationToken));

    private static IQueryable<Domain.OutboxMessage> Outbox(AppDbContext db, Guid id) =>
        db.OutboxMessages.IgnoreQueryFilters([AppDbContext.TenantFilter]).Where(m => m.Id == id);

    /// <summary>30 seconds after the first failure, doubling, at most an hour.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Max(0, attempts - 1))));

    private MimeMessage Build(Claimed message, Recipient recipient)
    {
        var mail = new MimeMessage();
        mail.From.Add(new MailboxAddress(_options.FromName, _options.FromAddress));
        mail.To.Add(new MailboxAddress(recipient.DisplayName, recipient.Email!));
        mail.Subject = message.Subject;
        // One message id per outbox row: a mail sent twice after a crash between sending and recording it is recognisable.
        mail.MessageId = $"{message.Id:N}@dilemmaregister";
        if (message.Kind is null || MailTopics.Of(message.KindOf) is not null)
        {
            // RFC 8058: a mail program's "Afmelden" button posts to the link without opening it.
            mail.Headers.Add("List-Unsubscribe", $"<{links.Unsubscribe(recipient.Id, message.KindOf)}>");
            mail.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        mail.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mail;
    }

    private Task<int> GiveUpAsync(AppDbContext db, Guid id, string reason, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        var error = reason.Length <= Domain.OutboxMessage.LastErrorMaxLength ? reason : reason[..Domain.OutboxMessage.LastErrorMaxLength];
        return db.OutboxMessages.IgnoreQueryFilters([AppDbContext.TenantFilter]).Where(m => m.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.FailedAt, at).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null).SetProperty(m => m.LastError, error), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox unavailable: {Failure}")]
    private static partial void LogUnavailable(ILogger logger, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MessageId} not sent (attempt {Attempts}), tried again later: {Failure}")]
    private static partial void LogRetry(ILogger logger, Guid messageId, int attempts, string failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {MessageId} given up after {Attempts} attempts: {Failure}")]
    private static partial void LogGaveUp(ILogger logger, Guid messageId, int attempts, string failure);
}
