using System.Net;
using System.Text;
using Analytics.Reports;
using Analytics.Reports.Document;
using Analytics.Reports.Model;

namespace Analytics.Pipeline.Delivery;

/// <summary>
/// The email of a weekly or monthly report: a short text and HTML body with the headline tiles and their
/// changes (formatted as in the PDF), the "what happened" lines, and the PDF attached. One message per
/// recipient, keyed <c>weekly-report/2026-W46/&lt;recipient&gt;</c> or <c>monthly-report/2026-11/&lt;recipient&gt;</c>.
/// </summary>
public static class ReportMail
{
    public static string Kind(ReportPeriod period) => period.Kind == Grain.Week ? "weekly-report" : "monthly-report";

    /// <summary>The key names the bare address (lower case), so a changed display name does not send the report again.</summary>
    public static string Key(ReportPeriod period, string recipient) =>
        $"{Kind(period)}/{period.Label}/{MailMessages.KeyAddress(recipient)}";

    /// <summary>
    /// Puts the report email for each recipient into the outbox (a key already there is left alone); returns each
    /// recipient's key and whether it was added now.
    /// </summary>
    public static IReadOnlyList<(string Recipient, string Key, bool Added)> Enqueue(
        MailOutbox outbox, ReportModel model, string pdfPath, IReadOnlyList<string> recipients, bool late, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        var pdf = File.ReadAllBytes(pdfPath);
        return [.. recipients.Select(recipient =>
        {
            var mail = Compose(model, pdf, Path.GetFileName(pdfPath), recipient, late);
            return (recipient, mail.Key, outbox.Enqueue(mail, now));
        })];
    }

    public static OutgoingMail Compose(ReportModel model, byte[] pdf, string pdfFileName, string recipient, bool late)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(recipient);
        var period = model.Period;
        var subject = $"{model.Title} {period.Label}" + (late ? " (late)" : "");
        var lines = model.Tiles.Select(t => (t.Label, Value: Value(t), Change: Change(t))).ToList();
        var range = $"{period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd}, {period.TimeZone}";

        var text = new StringBuilder();
        text.Append(subject).Append(" (").Append(range).Append("), compared with ").Append(period.PreviousLabel).Append('.').Append('\n');
        if (late)
        {
            text.Append("This report is late: it could not be sent when it was due.\n");
        }
        foreach (var notice in model.Notices)
        {
            text.Append("Note: ").Append(notice).Append('\n');
        }
        text.Append('\n');
        foreach (var (label, value, change) in lines)
        {
            text.Append(label).Append(": ").Append(value).Append(" (").Append(change).Append(" vs ").Append(period.PreviousLabel).Append(")\n");
        }
        if (model.WhatHappened.Count > 0)
        {
            text.Append("\nWhat happened:\n");
            foreach (var line in model.WhatHappened)
            {
                text.Append("- ").Append(line).Append('\n');
            }
        }
        var roi = model.Retention.Initiatives.Select(Roi).ToList();
        foreach (var line in roi)
        {
            text.Append('\n').Append(line).Append('\n');
        }
        text.Append("\nThe full report is attached: ").Append(pdfFileName).Append('\n');

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        html.Append("<h2>").Append(Html(subject)).Append("</h2>");
        html.Append("<p>").Append(Html(range)).Append(", compared with ").Append(Html(period.PreviousLabel)).Append(".</p>");
        if (late)
        {
            html.Append("<p><strong>This report is late:</strong> it could not be sent when it was due.</p>");
        }
        if (model.Notices.Count > 0)
        {
            html.Append("<div style=\"background:#FEF3C7;border-left:3px solid #D97706;padding:6px 10px\">");
            HtmlList(html, model.Notices, "<ul style=\"margin:0;padding-left:18px\">");
            html.Append("</div>");
        }
        html.Append("<table cellpadding=\"4\"><tr><th align=\"left\">KPI</th><th align=\"right\">").Append(Html(period.Label))
            .Append("</th><th align=\"right\">vs ").Append(Html(period.PreviousLabel)).Append("</th></tr>");
        foreach (var (label, value, change) in lines)
        {
            html.Append("<tr><td>").Append(Html(label)).Append("</td><td align=\"right\">").Append(Html(value))
                .Append("</td><td align=\"right\">").Append(Html(change)).Append("</td></tr>");
        }
        html.Append("</table>");
        if (model.WhatHappened.Count > 0)
        {
            html.Append("<h3>What happened</h3>");
            HtmlList(html, model.WhatHappened, "<ul>");
        }
        foreach (var line in roi)
        {
            html.Append("<p>").Append(Html(line)).Append("</p>");
        }
        html.Append("<p>The full report is attached: ").Append(Html(pdfFileName)).Append("</p></body></html>");

        return new OutgoingMail(
            Key(period, recipient),
            Kind(period),
            [recipient],
            subject,
            text.ToString(),
            html.ToString(),
            [new MailAttachment(pdfFileName, "application/pdf", pdf)]);
    }

    /// <summary>
    /// "ROI of Help centre relaunch: -39.6% (counting helpdesk; left out: zendesk-sample started 2026-09-21 13:31)":
    /// the result with the sources it compares like for like, from the roi view's figures.
    /// </summary>
    public static string Roi(RoiInitiativeFigures initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        object? Figure(string column) => initiative.Figures.FirstOrDefault(f => f.Column == column).Value;
        var result = Figure("roi_pct") is null ? "no figure, as no source's tickets cover both windows" : KpiFormat.Value("roi_pct", Figure("roi_pct"));
        var counted = Figure("sources") is string sources ? $"counting {sources}" : null;
        var leftOut = Figure("left_out") is string left ? $"left out: {left}" : null;
        var basis = string.Join("; ", new[] { counted, leftOut }.Where(p => p is not null));
        return $"ROI of {initiative.Name}: {result}{(basis.Length == 0 ? "" : $" ({basis})")}";
    }

    /// <summary>The tile's value as the PDF prints it, e.g. "42.5 min", "91.3%", "1,284".</summary>
    public static string Value(KpiTile tile) => KpiUnits.WithUnit(tile.Column, KpiUnits.Boxed(tile.Column, tile.Value));

    /// <summary>
    /// The change since the previous period, e.g. "+162, +14%", "+4.5 min, +12%", "-3.5 pp", or a dash; like for like, and
    /// "not comparable" when no source covers both periods, as on the PDF's tiles.
    /// </summary>
    public static string Change(KpiTile tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        if (!tile.Comparable)
        {
            return KpiTileView.NotComparable;
        }
        // The tile's own change: the same percentage and zero rule as the PDF.
        return KpiTileView.Plain(tile) is var (change, relative) ? (relative is null ? change : $"{change}, {relative}") : KpiFormat.Missing;
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A bulleted list of <paramref name="items"/>, escaped, opened by <paramref name="open"/>.</summary>
    private static void HtmlList(StringBuilder html, IEnumerable<string> items, string open)
    {
        html.Append(open);
        foreach (var item in items)
        {
            html.Append("<li>").Append(Html(item)).Append("</li>");
        }
        html.Append("</ul>");
    }
}
