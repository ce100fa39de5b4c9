using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;
using MimeKit;

namespace Analytics.Pipeline.Delivery;

/// <summary>
/// The outbox (README, "Email delivery"): every email is first a row keyed for idempotence, then sent by a
/// delivery pass. A key is enqueued once and, once sent, never sent again, whoever runs the pass (a re-run of
/// a command, a restarted or a second <c>analytics serve</c> on the same warehouse). A pass claims one due row
/// at a time (pending, or 'sending' whose claim expired) by a conditional UPDATE, so two senders never hold one
/// key; transient errors reschedule the row with exponential backoff and jitter, permanent ones mark it failed.
/// Until it is sent a message stays in the table with its last error.
/// </summary>
public sealed class MailOutbox(DuckDBConnection db, AnalyticsSettings settings, Random? random = null)
{
    /// <summary>How long a claim holds: a 'sending' row older than this is taken again (its sender stopped).</summary>
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan FirstRetry = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan LongestRetry = TimeSpan.FromHours(6);
    public const double Jitter = 0.2;

    private readonly Random _random = random ?? Random.Shared;

    /// <summary>Puts the message in the outbox unless its key is there already.</summary>
    /// <returns>Whether the key was new.</returns>
    public bool Enqueue(OutgoingMail mail, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (mail.To.Count == 0)
        {
            throw new ArgumentException($"{mail.Key}: a message needs at least one recipient", nameof(mail));
        }
        var from = MailSettingsBinder.Address("Smtp:From", settings.Smtp.From);
        var message = MailMessages.Build(mail, from, now);
        var inserted = db.Execute(SqlFiles.Read("delivery/outbox_enqueue.sql"), new
        {
            key = mail.Key,
            kind = mail.Kind,
            recipients = string.Join('\n', message.To.Mailboxes.Select(m => m.ToString())),
            subject = message.Subject,
            message = MailMessages.Bytes(message),
            now = now.UtcDateTime,
        });
        return inserted == 1;
    }

    public bool Enqueue(OutgoingMail mail) => Enqueue(mail, DateTimeOffset.UtcNow);

    /// <summary>One delivery pass over the messages due at <paramref name="now"/>.</summary>
    public async Task<OutboxRunResult> DeliverAsync(IMailTransport transport, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transport);
        int sent = 0, retrying = 0, failed = 0, setup = 0;
        var conflicts = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            Claimed? claimed;
            try
            {
                claimed = Claim(now);
            }
            catch (DuckDBException ex) when (ex.Message.Contains("conflict", StringComparison.OrdinalIgnoreCase) && ++conflicts <= 10)
            {
                // Another sender changed the row in the same instant: it holds that key; look for the next one.
                continue;
            }
            if (claimed is null)
            {
                break;
            }
            switch (await Send(transport, claimed, now, cancellationToken).ConfigureAwait(false))
            {
                case SendResult.Sent:
                    sent++;
                    break;
                case SendResult.Failed:
                    failed++;
                    break;
                case SendResult.SetupRefused:
                    retrying++;
                    setup++;
                    break;
                case SendResult.Retrying:
                    retrying++;
                    break;
            }
        }
        return new OutboxRunResult(sent, retrying, failed, setup);
    }

    public OutboxRunResult Deliver(IMailTransport transport, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        DeliverAsync(transport, now, cancellationToken).GetAwaiter().GetResult();

    /// <summary>Status, attempts, next attempt and last error of the given keys.</summary>
    public IReadOnlyList<OutboxEntry> Status(IEnumerable<string> keys)
    {
        return db.Query<OutboxEntry>(SqlFiles.Read("delivery/outbox_status.sql"), new { keys = string.Join('\n', keys) });
    }

    /// <summary>The delay before attempt <paramref name="attempts"/> + 1: 1 min × 2^(attempts − 1), at most 6 h, ± 20 %.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var minutes = Math.Min(FirstRetry.TotalMinutes * Math.Pow(2, exponent), LongestRetry.TotalMinutes);
        var factor = 1 + ((_random.NextDouble() * 2) - 1) * Jitter;
        return TimeSpan.FromMinutes(minutes * factor);
    }

    private sealed record Claimed(string Key, string Recipients, byte[] Message, int Attempts);

    private Claimed? Claim(DateTimeOffset now)
    {
        using var command = db.Create(SqlFiles.Read("delivery/outbox_claim.sql"), new
        {
            now = now.UtcDateTime,
            claim_until = (now + ClaimTimeout).UtcDateTime,
        });
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        return new Claimed(reader.GetString(0), reader.GetString(1), Blob(reader.GetValue(2)), reader.GetInt32(3));
    }

    private async Task<SendResult> Send(IMailTransport transport, Claimed claimed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        OutboxMessage message;
        try
        {
            var parsed = MailMessages.Parse(claimed.Message);
            var sender = parsed.From.Mailboxes.FirstOrDefault() ?? throw new InvalidRecipientException("the message has no sender");
            var recipients = claimed.Recipients.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(MailMessages.Recipient).ToList();
            message = new OutboxMessage(claimed.Key, claimed.Message, parsed, sender, recipients);
        }
        catch (Exception ex) when (ex is InvalidRecipientException or FormatException or ParseException)
        {
            MarkFailed(claimed.Key, ex.Message);
            return SendResult.Failed;
        }
        try
        {
            await transport.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (MailDeliveryException ex) when (ex.Permanent)
        {
            MarkFailed(claimed.Key, ex.Message);
            return SendResult.Failed;
        }
        catch (MailDeliveryException ex)
        {
            if (settings.Outbox.MaxAttempts is { } max && claimed.Attempts >= max)
            {
                MarkFailed(claimed.Key, $"gave up after {claimed.Attempts} attempts (Outbox:MaxAttempts): {ex.Message}");
                return SendResult.Failed;
            }
            Retry(claimed.Key, now + Backoff(claimed.Attempts), ex.Message);
            return ex.Setup ? SendResult.SetupRefused : SendResult.Retrying;
        }
        catch (OperationCanceledException)
        {
            Retry(claimed.Key, now, "delivery was stopped before the server answered");
            throw;
        }
        db.Execute(SqlFiles.Read("delivery/outbox_sent.sql"), new { key = claimed.Key, now = DateTimeOffset.UtcNow.UtcDateTime });
        return SendResult.Sent;
    }

    private void Retry(string key, DateTimeOffset next, string error) =>
        db.Execute(SqlFiles.Read("delivery/outbox_retry.sql"), new { key, next_attempt_at = next.UtcDateTime, error });

    private void MarkFailed(string key, string error) =>
        db.Execute(SqlFiles.Read("delivery/outbox_failed.sql"), new { key, error });

    private static byte[] Blob(object value)
    {
        switch (value)
        {
            case byte[] bytes:
                return bytes;
            case Stream stream:
                using (stream)
                {
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    return copy.ToArray();
                }
            default:
                throw new InvalidOperationException($"outbox.message is a {value.GetType().Name}, not a BLOB");
        }
    }
}

/// <summary>How one attempt to send a message ended.</summary>
internal enum SendResult
{
    Sent,
    /// <summary>A temporary error: the message waits for its next attempt.</summary>
    Retrying,
    /// <summary>The server refused the connection's setup (certificate, login, TLS): retried too, and said apart.</summary>
    SetupRefused,
    /// <summary>A permanent error, or no attempts left: never retried.</summary>
    Failed,
}

/// <summary>Where an outbox message stands (<c>outbox.status</c>).</summary>
public enum OutboxMessageStatus
{
    /// <summary>To send, or to retry at its next attempt.</summary>
    Pending,
    /// <summary>Claimed by a sender.</summary>
    Sending,
    Sent,
    /// <summary>A permanent error (<c>last_error</c>).</summary>
    Failed,
}

/// <summary>One outbox row as the CLI reports it.</summary>
public sealed record OutboxEntry(string Key, OutboxMessageStatus Status, int Attempts, DateTimeOffset? NextAttemptAt, string? LastError);
