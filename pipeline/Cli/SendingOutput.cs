using Analytics.Pipeline.Delivery;

namespace Analytics.Pipeline.Cli;

/// <summary>What a command sends at once: the report, or the alert emails.</summary>
public enum SentEmails
{
    Report,
    Alerts,
}

/// <summary>What a command that sends email at once prints of it (<c>report --send</c>, <c>alerts detect --notify</c>, the demo), and its exit code.</summary>
public static class SendingOutput
{
    /// <summary>"Mail: via …: this pass sent …", then one line per email: sent, failed (why) or queued (until when, why).</summary>
    /// <param name="queued">What goes before "via", e.g. "2 alert email(s) queued; "; may be empty.</param>
    /// <param name="who">How an email is named on its line, e.g. its recipient.</param>
    public static void Write(Sending sending, string queued, Func<SentMail, string> who, TextWriter output)
    {
        var result = sending.Pass.Result;
        output.WriteLine($"  Mail:   {queued}via {sending.Pass.Via}: this pass sent {result.Sent}, left {result.Retrying} queued for retry, {result.Failed} failed");
        foreach (var mail in sending.Mails)
        {
            var line = mail.Entry.Status switch
            {
                OutboxMessageStatus.Sent when mail.SentBefore => "already sent before (not sent again)",
                OutboxMessageStatus.Sent => "sent",
                OutboxMessageStatus.Failed => $"failed: {mail.Entry.LastError}",
                _ => $"queued, next attempt {mail.Entry.NextAttemptAt:yyyy-MM-dd HH:mm:ss} UTC: {mail.Entry.LastError}",
            };
            output.WriteLine($"          {who(mail)}: {line}");
        }
    }

    /// <summary>
    /// Failed for good, or the server refused the connection's setup: an error, exit 1. Still queued (the server is
    /// unreachable): exit 0, the message stays in the outbox and the next pass (another run, or analytics serve) retries it.
    /// </summary>
    public static int ExitCode(Sending? sending, SentEmails what, TextWriter error)
    {
        if (sending is null)
        {
            return ExitCodes.Success;
        }
        if (sending.FailedPermanently > 0)
        {
            error.WriteLine(what == SentEmails.Report
                ? $"error: {sending.FailedPermanently} report email(s) failed permanently and will not be retried; the reasons are above and in the outbox table (last_error)"
                : $"error: {sending.FailedPermanently} alert email(s) failed permanently and will not be retried; the reasons are in the outbox table (last_error) and analytics status");
            return ExitCodes.Failed;
        }
        if (sending.SetupRefused)
        {
            error.WriteLine(what == SentEmails.Report
                ? "error: the mail server refused the connection's setup (certificate, login or TLS; reason above): fix Smtp in the configuration; the email stays in the outbox and goes out on the next delivery pass"
                : "error: the mail server refused the connection's setup (certificate, login or TLS): fix Smtp in the configuration; the alert emails stay in the outbox and go out on the next delivery pass");
            return ExitCodes.Failed;
        }
        return ExitCodes.Success;
    }
}
