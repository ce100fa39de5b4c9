using System.Globalization;
using System.Net;
using System.Text;
using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;

namespace Analytics.Pipeline.Delivery;

/// <summary>
/// The grouped alert email of one detection run (alerts.md, "Alert email"): one message per recipient, keyed
/// <c>alerts/&lt;day&gt;/&lt;run key&gt;/&lt;recipient&gt;</c>, so a run repeated with the same changes sends nothing more.
/// </summary>
public static class AlertMail
{
    public const string Kind = "alert";

    public static string Key(AlertNotice notice, string recipient) =>
        $"alerts/{notice.Day:yyyy-MM-dd}/{notice.RunKey}/{MailMessages.Recipient(recipient).Address.ToLowerInvariant()}";

    /// <summary>Puts the notice's email for each recipient into the outbox; returns each key and whether it was added now.</summary>
    public static IReadOnlyList<(string Recipient, string Key, bool Added)> Enqueue(
        MailOutbox outbox, AlertNotice notice, IReadOnlyList<string> recipients, string timeZone, AlertSettings rules, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(notice);
        if (notice.Changes.Count == 0)
        {
            return [];
        }
        return [.. recipients.Select(recipient =>
        {
            var mail = Compose(notice, recipient, timeZone, rules);
            return (recipient, mail.Key, outbox.Enqueue(mail, now));
        })];
    }

    /// <summary>Subject: "Spike: Payments 3.5×, Login &amp; Access 2.0× · resolved: Returns (2026-10-20)".</summary>
    public static string Subject(AlertNotice notice)
    {
        var firing = notice.Changes.Where(c => c.Kind != AlertChangeKind.Resolved).Select(c => $"{c.Category} {Ratio(c.Ratio)}").ToList();
        var resolved = notice.Changes.Where(c => c.Kind == AlertChangeKind.Resolved).Select(c => c.Category).ToList();
        var parts = new List<string>();
        if (firing.Count > 0)
        {
            parts.Add((firing.Count == 1 ? "Spike: " : "Spikes: ") + string.Join(", ", firing));
        }
        if (resolved.Count > 0)
        {
            parts.Add("resolved: " + string.Join(", ", resolved));
        }
        return MailMessages.SingleLine($"{string.Join(" · ", parts)} ({notice.Day:yyyy-MM-dd})");
    }

    public static OutgoingMail Compose(AlertNotice notice, string recipient, string timeZone, AlertSettings rules)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(rules);
        var subject = Subject(notice);
        var text = new StringBuilder();
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        html.Append("<h2>").Append(Html(subject)).Append("</h2><ul>");
        foreach (var change in notice.Changes)
        {
            var line = Line(change);
            text.Append("- ").Append(line).Append('\n');
            html.Append("<li>").Append(Html(line)).Append("</li>");
        }
        html.Append("</ul>");
        var footer = $"Day judged: {notice.Day:yyyy-MM-dd} ({timeZone}). Rule: a category spikes when its count is improbably high against "
            + $"the typical count for that weekday (p < {Number(rules.Alpha)} / categories checked), at least {Number(rules.MinExcess)} tickets above it "
            + $"and at least {Number(rules.MinRatio)} times it.";
        text.Append('\n').Append(footer).Append('\n');
        html.Append("<p style=\"color:#666;font-size:small\">").Append(Html(footer)).Append("</p></body></html>");
        return new OutgoingMail(Key(notice, recipient), Kind, [recipient], subject, text.ToString(), html.ToString(), []);
    }

    private static string Line(AlertChange change) => change.Kind switch
    {
        AlertChangeKind.Resolved => $"{change.Category}: resolved, {change.Observed} tickets, typical {Number(change.Baseline)}",
        AlertChangeKind.Escalated => $"{change.Why} (severity now {change.Severity})",
        _ => change.Why,
    };

    private static string Ratio(double ratio) => ratio.ToString("0.0", CultureInfo.InvariantCulture) + "×";

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
