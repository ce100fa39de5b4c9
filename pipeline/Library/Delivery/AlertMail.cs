using System.Globalization;
using System.Net;
using System.Text;
using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Text;
using Analytics.Reports.Charts;

namespace Analytics.Pipeline.Delivery;

/// <summary>
/// The grouped alert email of one detection run (docs/alerts.md, "Alert email"): one message per recipient, keyed
/// <c>alerts/&lt;day&gt;/&lt;run key&gt;/&lt;recipient&gt;</c>, so a run repeated with the same changes sends nothing more.
/// Per spiking category: the why-sentence, a chart of its last 8 weeks (an inline PNG) and the subject words,
/// phrases and tags that stand out, each with an example subject; per category whose negative share jumped, its
/// sentence and the terms that stand out in its negative texts of the day; resolved categories in a plain list; a
/// footer with the time zone and the rule, no links.
/// Category names, subjects and tags come from the help desks: HTML-encoded in the body, one line in the subject.
/// </summary>
public static class AlertMail
{
    public const string Kind = "alert";

    /// <summary>How many categories of each kind the subject names before "and N more".</summary>
    public const int SubjectNames = 3;

    /// <summary>A category name longer than this is cut in the subject (the body has it whole); runs of spaces and line breaks become one space.</summary>
    public const int SubjectNameLength = 40;

    public static string Key(AlertNotice notice, string recipient) =>
        $"alerts/{notice.Day:yyyy-MM-dd}/{notice.RunKey}/{MailMessages.KeyAddress(recipient)}";

    /// <summary>
    /// Puts the notice's email for each recipient into the outbox; returns each key and whether it was added now.
    /// <paramref name="evidence"/> comes from <see cref="AlertEvidence.Load(DuckDB.NET.Data.DuckDBConnection, AlertNotice, DailyCategoryCounts)"/> on the warehouse the notice was judged on.
    /// </summary>
    public static IReadOnlyList<(string Recipient, string Key, bool Added)> Enqueue(
        MailOutbox outbox, AlertNotice notice, AlertEvidence evidence, IReadOnlyList<string> recipients, string timeZone, AlertSettings rules, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(recipients);
        if (notice.Changes.Count == 0 || recipients.Count == 0)
        {
            return [];
        }
        // The body is the same for everyone: composed (and its charts drawn) once.
        var first = Compose(notice, evidence, recipients[0], timeZone, rules);
        return [.. recipients.Select(recipient =>
        {
            var mail = first with { Key = Key(notice, recipient), To = [recipient] };
            return (recipient, mail.Key, outbox.Enqueue(mail, now));
        })];
    }

    /// <summary>
    /// Subject: "Spikes: Payments 3.5×, Login &amp; Access 2.0× · resolved: Returns (2026-10-20)"; more than
    /// <see cref="SubjectNames"/> of a kind end in "and N more". One line whatever the names hold. The total leads:
    /// "Ticket feed may have stopped: 3 tickets, typical 182.4", or for a drop (never worded as a stopped feed)
    /// "Volume dropped: 120 tickets, typical 260 (0.46×)"; its resolve is named "ticket feed" or "ticket volume".
    /// Negative-share jumps follow the spikes: "Negative share up: Payments 3.8×"; their resolves are named
    /// "Payments (negative share)".
    /// </summary>
    public static string Subject(AlertNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var firing = notice.Changes.Where(c => c.IsSpike && c.Measure == AlertMeasure.Volume).Select(c => $"{Short(c.Category)} {Ratio(c.Ratio)}").ToList();
        var negative = notice.Changes.Where(c => c.IsSpike && c.Measure == AlertMeasure.NegativeShare).Select(c => $"{Short(c.Category)} {Ratio(c.Ratio)}").ToList();
        var resolved = notice.Changes.Where(c => c.State == AlertState.Resolved)
            .Select(c => c.Measure == AlertMeasure.NegativeShare ? $"{Short(c.Category)} ({AlertKey.NegativeShareLabel})" : Short(ResolvedName(c))).ToList();
        var parts = new List<string>();
        if (notice.Changes.FirstOrDefault(c => c.State == AlertState.FeedStopped) is { } feed)
        {
            parts.Add($"Ticket feed may have stopped: {feed.Observed} {(feed.Observed == 1 ? "ticket" : "tickets")}, typical {Number(Math.Round(feed.Baseline, 1))}");
        }
        if (notice.Changes.FirstOrDefault(c => c.State == AlertState.VolumeDrop) is { } drop)
        {
            parts.Add($"Volume dropped: {drop.Observed} {(drop.Observed == 1 ? "ticket" : "tickets")}, typical {Number(Math.Round(drop.Baseline, 1))} ({drop.Ratio.ToString("0.0#", CultureInfo.InvariantCulture)}×)");
        }
        if (firing.Count > 0)
        {
            parts.Add((firing.Count == 1 ? "Spike: " : "Spikes: ") + Shortened(firing));
        }
        if (negative.Count > 0)
        {
            parts.Add("Negative share up: " + Shortened(negative));
        }
        if (resolved.Count > 0)
        {
            parts.Add((firing.Count == 0 && negative.Count == 0 ? "Resolved: " : "resolved: ") + Shortened(resolved));
        }
        return MailMessages.SingleLine($"{string.Join(" · ", parts)} ({notice.Day:yyyy-MM-dd})");
    }

    /// <summary>The email of <paramref name="notice"/> for <paramref name="recipient"/>, with one inline chart per spiking category that has evidence.</summary>
    public static OutgoingMail Compose(AlertNotice notice, AlertEvidence evidence, string recipient, string timeZone, AlertSettings rules)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(rules);
        var subject = Subject(notice);
        var text = new StringBuilder();
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif;max-width:640px\">");
        html.Append("<h2 style=\"font-size:18px\">").Append(Html(subject)).Append("</h2>");
        var charts = new List<MailAttachment>();

        foreach (var change in notice.Changes.Where(c => c.State is AlertState.FeedStopped or AlertState.VolumeDrop))
        {
            var heading = change.State == AlertState.FeedStopped ? "Ticket feed" : "Ticket volume";
            text.Append(change.Why).Append("\n\n");
            html.Append("<h3 style=\"font-size:15px;margin-bottom:4px\">").Append(heading).Append("</h3><p style=\"margin-top:0\">").Append(Html(change.Why)).Append("</p>");
        }

        foreach (var change in notice.Changes.Where(c => c.IsSpike && c.Measure == AlertMeasure.Volume))
        {
            var found = evidence.For(change.Category);
            text.Append(Line(change)).Append('\n');
            html.Append("<h3 style=\"font-size:15px;margin-bottom:4px\">").Append(Html(change.Category)).Append("</h3>");
            html.Append("<p style=\"margin-top:0\">").Append(Html(Line(change))).Append("</p>");
            if (found is not null && found.Days.Count > 0)
            {
                var chart = Chart(change, found, charts.Count + 1);
                charts.Add(chart);
                html.Append("<img src=\"cid:").Append(chart.ContentId).Append("\" width=\"600\" height=\"220\" alt=\"")
                    .Append(Html(ChartTitle(change.Category))).Append("\" style=\"display:block;max-width:100%;height:auto\">");
                Terms(found.Terms, text, html);
            }
            text.Append('\n');
        }

        foreach (var change in notice.Changes.Where(c => c.IsSpike && c.Measure == AlertMeasure.NegativeShare))
        {
            text.Append(Line(change)).Append('\n');
            html.Append("<h3 style=\"font-size:15px;margin-bottom:4px\">").Append(Html($"{change.Category}: {AlertKey.NegativeShareLabel}")).Append("</h3>");
            html.Append("<p style=\"margin-top:0\">").Append(Html(Line(change))).Append("</p>");
            if (evidence.NegativeTermsFor(change.Category) is { } terms)
            {
                Terms(terms, text, html, StandoutTexts.Negative);
            }
            text.Append('\n');
        }

        var resolved = notice.Changes.Where(c => c.State == AlertState.Resolved).ToList();
        if (resolved.Count > 0)
        {
            text.Append("Resolved:\n");
            html.Append("<h3 style=\"font-size:15px\">Resolved</h3><ul>");
            foreach (var change in resolved)
            {
                text.Append("- ").Append(Line(change)).Append('\n');
                html.Append("<li>").Append(Html(Line(change))).Append("</li>");
            }
            text.Append('\n');
            html.Append("</ul>");
        }

        var footer = Footer(notice, timeZone, rules);
        text.Append(footer).Append('\n');
        html.Append("<p style=\"color:#666;font-size:small;border-top:1px solid #ddd;padding-top:8px\">").Append(Html(footer)).Append("</p></body></html>");
        return new OutgoingMail(Key(notice, recipient), Kind, [recipient], subject, text.ToString(), html.ToString(), charts);
    }

    /// <summary>"Payments: tickets per day, last 8 weeks": the chart's title and its alternative text.</summary>
    public static string ChartTitle(string category) => $"{category}: tickets per day, last 8 weeks";

    /// <summary>"failed: 25 tickets today vs 0.4 a day in the 8 weeks before"; of negative texts, "refund: 6 negative
    /// texts today vs 0.2 a day in the 8 weeks before".</summary>
    public static string TermLine(StandoutTerm term, StandoutTexts texts = StandoutTexts.Tickets)
    {
        ArgumentNullException.ThrowIfNull(term);
        var typical = term.TypicalPerDay switch
        {
            0 => "0",
            < 0.05 => "under 0.1",
            var v => v.ToString("0.#", CultureInfo.InvariantCulture),
        };
        var unit = texts == StandoutTexts.Negative
            ? (term.Today == 1 ? "negative text" : "negative texts")
            : (term.Today == 1 ? "ticket" : "tickets");
        return $"{term.Term}: {term.Today} {unit} today vs {typical} a day in the 8 weeks before";
    }

    /// <summary>How much of a term's example ticket text the email shows, on one line.</summary>
    public const int ExampleLength = 80;

    /// <summary>", e.g. "Card declined at checkout"": the term's example, one line, cut; empty without one.</summary>
    public static string ExampleText(StandoutTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var example = TextExcerpt.Of(term.Example, ExampleLength);
        return example.Length == 0 ? "" : $", e.g. \"{example}\"";
    }

    private static void Terms(IReadOnlyList<StandoutTerm> terms, StringBuilder text, StringBuilder html, StandoutTexts texts = StandoutTexts.Tickets)
    {
        var negative = texts == StandoutTexts.Negative;
        if (terms.Count == 0)
        {
            var none = negative ? "No word, phrase or tag stands out in today's negative texts." : "No subject word, phrase or tag stands out today.";
            text.Append(none).Append('\n');
            html.Append("<p>").Append(Html(none)).Append("</p>");
            return;
        }
        var heading = negative ? "What the negative texts say (words, phrases and tags):" : "What people write about (subject words, phrases and tags):";
        text.Append(heading).Append('\n');
        html.Append("<p style=\"margin-bottom:2px\">").Append(heading).Append("</p><ul style=\"margin-top:2px\">");
        foreach (var term in terms)
        {
            text.Append("- ").Append(TermLine(term, texts)).Append(ExampleText(term)).Append('\n');
            html.Append("<li><strong>").Append(Html(term.Term)).Append("</strong>")
                .Append(Html(TermLine(term, texts)[term.Term.Length..])).Append(Html(ExampleText(term))).Append("</li>");
        }
        html.Append("</ul>");
    }

    private static MailAttachment Chart(AlertRecord change, CategoryEvidence evidence, int number)
    {
        // A spike found over several days marks each of them, against their typical count per day.
        var days = Enumerable.Range(0, Math.Max(change.Days, 1)).Select(i => change.Day.AddDays(-i)).ToList();
        var png = SpikeChart.Png(ChartTitle(change.Category), evidence.Days, evidence.Counts, days, change.Baseline / days.Count);
        return new MailAttachment($"spike-{number}.png", "image/png", png, $"spike-{number}@support-analytics.local");
    }

    private static string Footer(AlertNotice notice, string timeZone, AlertSettings rules) =>
        $"Day judged: {notice.Day:yyyy-MM-dd}, days and counts in the {timeZone} time zone. "
        + $"Rule: a category spikes when its tickets of the day, or of up to the last {SpikeDetector.DefaultWindowDays} days together, are improbably many "
        + $"against the typical count for those weekdays (p < {Number(rules.Alpha)} / ({SpikeDetector.DefaultWindowDays} × categories checked + 1)), "
        + $"at least {Number(rules.MinExcess)} above it and at least {Number(rules.MinRatio)} times it. "
        + (notice.Changes.Any(c => c.Measure == AlertMeasure.NegativeShare) ? NegativeShareRule(rules) : "")
        + $"Words, phrases and tags: those whose share of the day's tickets rose most against the 8 weeks before "
        + $"(log-odds z-score at least {Number(TermCounts.MinStandoutZ)}, at least {AlertEvidence.MinTermCount} tickets).";

    /// <summary>The negative-share rule, in the footer of an email that has a negative-share change (docs/alerts.md, "Negative share").</summary>
    private static string NegativeShareRule(AlertSettings rules) =>
        "Negative share: the day's texts of a category (tickets created and survey comments given, whose tone is known) "
        + $"hold improbably many negative ones against its typical share of the {Baseline.Weeks} weeks before "
        + $"(binomial, p < {Number(rules.Alpha)} / categories checked), at least {rules.NegativeShare.MinNegative} of them, "
        + $"a share at least {Number(rules.NegativeShare.MinRisePoints)} points above the typical one and at least {Number(rules.NegativeShare.MinRatio)} times it; "
        + "the words, phrases and tags of a jump are those of the day's negative texts against the negative texts of the 8 weeks before. ";

    /// <summary>A resolve of the total is named by what ended (its sentence says "the ticket feed is back" or "volume is back").</summary>
    private static string ResolvedName(AlertRecord change) =>
        change.Category != DayTotal.Category ? change.Category
        : change.Why.Contains(WhySentence.VolumeBack, StringComparison.Ordinal) ? "ticket volume"
        : "ticket feed";

    private static string Line(AlertRecord change) => change.State switch
    {
        AlertState.Resolved => change.Why,
        AlertState.Escalated => $"{change.Why} (severity now {change.Severity})",
        _ => change.Why,
    };

    private static string Shortened(IReadOnlyList<string> names) =>
        names.Count <= SubjectNames
            ? string.Join(", ", names)
            : string.Join(", ", names.Take(SubjectNames)) + $" and {names.Count - SubjectNames} more";

    private static string Short(string category)
    {
        var line = string.Join(' ', MailMessages.SingleLine(category).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= SubjectNameLength ? line : line[..(SubjectNameLength - 1)].TrimEnd() + "…";
    }

    private static string Ratio(double ratio) => ratio.ToString("0.0", CultureInfo.InvariantCulture) + "×";

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
