using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace Analytics.Pipeline.Delivery;

/// <summary>
/// Builds the RFC 5322 message of an <see cref="OutgoingMail"/> with MimeKit. Headers are only ever set through
/// MimeKit's typed properties (which encode non-ASCII text), never assembled as text, and line breaks and other
/// control characters in a subject become spaces, so text taken from data cannot add a header.
/// </summary>
public static class MailMessages
{
    public static MimeMessage Build(OutgoingMail mail, MailboxAddress from, DateTimeOffset date)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        foreach (var to in mail.To)
        {
            message.To.Add(Recipient(to));
        }
        message.Subject = SingleLine(mail.Subject);
        message.Date = date;
        message.MessageId = MessageId(mail.Key, from);
        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        foreach (var attachment in mail.Attachments)
        {
            var name = SingleLine(attachment.FileName);
            var type = ContentType.Parse(attachment.ContentType);
            if (attachment.ContentId is { } contentId)
            {
                // An inline part of the HTML (multipart/related), referred to as cid:<ContentId>.
                body.LinkedResources.Add(name, attachment.Content, type).ContentId = contentId;
            }
            else
            {
                body.Attachments.Add(name, attachment.Content, type);
            }
        }
        message.Body = body.ToMessageBody();
        return message;
    }

    public static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(FormatOptions.Default, stream);
        return stream.ToArray();
    }

    public static MimeMessage Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return MimeMessage.Load(stream);
    }

    /// <summary>
    /// The same key gives the same Message-ID, so a receiver can drop a duplicate if a message was sent again
    /// after a sender stopped between the server's acceptance and recording it as sent.
    /// </summary>
    public static string MessageId(string key, MailboxAddress from)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
        var at = from.Address.LastIndexOf('@');
        var domain = at >= 0 && at < from.Address.Length - 1 ? from.Address[(at + 1)..] : "support-analytics.local";
        return $"{hash}.outbox@{domain}";
    }

    public static MailboxAddress Recipient(string text) =>
        text.Any(char.IsControl) || !MailboxAddress.TryParse(text, out var address) || !address.Address.Contains('@', StringComparison.Ordinal)
            ? throw new InvalidRecipientException($"'{SingleLine(text)}' is not an email address")
            : address;

    /// <summary>
    /// The recipient as an outbox key names it: the bare address in lower case, so a changed display name does
    /// not send an email again.
    /// </summary>
    public static string KeyAddress(string recipient) => Recipient(recipient).Address.ToLowerInvariant();

    /// <summary>Control characters (CR, LF, tab, ...) replaced by spaces: the text stays one header line.</summary>
    public static string SingleLine(string text) => string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c));
}

/// <summary>An address that cannot be delivered to as written: a permanent error.</summary>
public sealed class InvalidRecipientException(string message) : Exception(message);
