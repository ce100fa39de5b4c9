namespace Analytics.Pipeline.Delivery;

/// <summary>An email to deliver once: <paramref name="Key"/> is its idempotency key (outbox.key).</summary>
public sealed record OutgoingMail(
    string Key,
    string Kind,
    IReadOnlyList<string> To,
    string Subject,
    string TextBody,
    string HtmlBody,
    IReadOnlyList<MailAttachment> Attachments);

/// <summary>
/// A file sent with an email. With a <paramref name="ContentId"/> it is an inline part of the HTML body (shown where
/// the HTML refers to <c>cid:&lt;ContentId&gt;</c>, e.g. a chart) rather than a download; without one, an attachment.
/// </summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content, string? ContentId = null);

/// <summary>What one pass over the outbox did. <paramref name="SetupErrors"/> of the retrying ones failed on the mail server's setup (certificate, login, TLS).</summary>
public sealed record OutboxRunResult(int Sent, int Retrying, int Failed, int SetupErrors = 0);
