using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using OmgekeerdHandhaven.Web.Data;

namespace OmgekeerdHandhaven.Web.Features.Mail;

/// <summary>
/// Sends the outbox. Messages are claimed with SKIP LOCKED and a lock until a minute from now, so with several app
/// instances each message is sent by one of them, once; an instance that stops mid-batch leaves its claims to expire.
/// A failure is tried again later, waiting longer each time (30 s, 1, 2, 4 … minutes, at most an hour), until
/// <see cref="MailOptions.MaxAttempts"/>; then it is given up and shown to the Beheerder.
/// </summary>
public sealed partial class OutboxWorker(IServiceScopeFactory scopes, TimeProvider clock, IOptions<MailOptions> options, ILogger<OutboxWorker> logger) : BackgroundService
{
    private const int BatchSize = 20;
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

    private sealed record Claimed(Guid Id, Guid RecipientId, string Subject, string TextBody, string HtmlBody, int Attempts);

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
                         WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= {now} AND (locked_until IS NULL OR locked_until < {now})
                         ORDER BY next_attempt_at FOR UPDATE SKIP LOCKED LIMIT {BatchSize})
            RETURNING id, recipient_id, subject, text_body, html_body, attempts
            """).ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var ids = claimed.Select(c => c.RecipientId).Distinct().ToList();
        var recipients = await db.Users.IgnoreQueryFilters([AppDbContext.TenantFilter]).Where(u => ids.Contains(u.Id))
            .Select(u => new Recipient(u.Id, u.Email, u.DisplayName, u.IsActive)).ToDictionaryAsync(u => u.Id, cancellationToken);

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
                await GiveUpAsync(db, message.Id, "De ontvanger heeft geen actief account meer.", cancellationToken);
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
