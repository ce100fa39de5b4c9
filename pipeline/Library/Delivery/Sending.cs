using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;
using Analytics.Reports.Model;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Delivery;

/// <summary>One email just put in the outbox, and where it stands after the delivery pass.</summary>
/// <param name="SentBefore">The same key had been sent before (a re-run): not sent again.</param>
public sealed record SentMail(string Recipient, string Key, bool Added, bool SentBefore, OutboxEntry Entry);

/// <summary>
/// Emails sent at once, as <c>report --send</c> and <c>alerts detect --notify</c> do: put in the outbox, one delivery
/// pass, and each one's state read back. A message that failed for good, or a server that refused the connection's
/// setup, is a failure of the command; one left queued is not (the next pass retries it).
/// </summary>
public sealed record Sending(OutboxPassResult Pass, IReadOnlyList<SentMail> Mails)
{
    public int FailedPermanently => Mails.Count(m => m.Entry.Status == OutboxMessageStatus.Failed);

    public bool SetupRefused => Pass.Result.SetupErrors > 0;

    /// <summary>One delivery pass, with the states of <paramref name="mails"/> before and after it.</summary>
    public static Sending Now(
        DuckDBConnection db, AnalyticsSettings settings, IReadOnlyList<(string Recipient, string Key, bool Added)> mails, string workingDirectory,
        CancellationToken ct)
    {
        var outbox = new MailOutbox(db, settings);
        var keys = mails.Select(m => m.Key).ToList();
        var before = outbox.Status(keys).ToDictionary(e => e.Key, e => e.Status);
        var pass = OutboxPass.Run(db, settings, workingDirectory, ct);
        var after = outbox.Status(keys).ToDictionary(e => e.Key);
        return new Sending(pass, [.. mails.Select(m => new SentMail(
            m.Recipient, m.Key, m.Added, before.GetValueOrDefault(m.Key) == OutboxMessageStatus.Sent, after[m.Key]))]);
    }

    /// <summary>The report's email to every Recipients.Reports address, sent now.</summary>
    public static Sending Report(DuckDBConnection db, AnalyticsSettings settings, ReportModel model, string pdf, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var mails = ReportMail.Enqueue(new MailOutbox(db, settings), model, pdf, settings.Recipients.Reports, late: false, DateTimeOffset.UtcNow);
        return Now(db, settings, mails, workingDirectory, CancellationToken.None);
    }

    /// <summary>
    /// The alert lifecycle over <paramref name="first"/>..<paramref name="last"/> (each day judged once, in order), its
    /// emails sent now; no sending when no alert recipients are configured.
    /// </summary>
    public static (IReadOnlyList<JudgedDay> Days, Sending? Sent) Alerts(
        DuckDBConnection db, AnalyticsSettings settings, DateOnly first, DateOnly last, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var days = AlertLifecycleRun.Process(db, settings, new AlertMailNotifier(settings), first, last, DateTimeOffset.UtcNow);
        var sent = settings.Recipients.Alerts.Count > 0
            ? Now(db, settings, [.. days.SelectMany(d => d.Mail)], workingDirectory, CancellationToken.None)
            : null;
        return (days, sent);
    }
}
