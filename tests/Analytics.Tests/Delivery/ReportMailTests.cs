using Analytics.Pipeline.Delivery;
using Analytics.Tests.Reports;
using MimeKit;

namespace Analytics.Tests.Delivery;

/// <summary>The report email: key, subject, the headline tiles with their changes, the PDF attached.</summary>
public sealed class ReportMailTests
{
    private static readonly byte[] Pdf = "%PDF-1.7 sample"u8.ToArray();

    [Fact]
    public void The_weekly_mail_is_keyed_per_week_and_address_and_lists_the_tiles_with_their_changes()
    {
        var mail = ReportMail.Compose(SampleReport.Busy(), Pdf, "weekly-2026-W46.pdf", "Head of Support <Head@Example.com>", late: false);

        Assert.Equal("weekly-report/2026-W46/head@example.com", mail.Key);
        Assert.Equal("weekly-report", mail.Kind);
        Assert.Equal(["Head of Support <Head@Example.com>"], mail.To);
        Assert.Equal("Weekly support report 2026-W46", mail.Subject);
        Assert.Contains("Tickets created: 1,284 (+162, +14% vs 2026-W45)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("FRT median: 42.5 min (+4.5 min, +12% vs 2026-W45)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("First-response SLA: 86.7% (-3.5 pp vs 2026-W45)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("NPS: 32.9 (– vs 2026-W45)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<td>CSAT</td><td align=\"right\">91.3%</td><td align=\"right\">+1.5 pp</td>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(SampleReport.CyrillicCategory, mail.HtmlBody, StringComparison.Ordinal);
        var attachment = Assert.Single(mail.Attachments);
        Assert.Equal(("weekly-2026-W46.pdf", "application/pdf"), (attachment.FileName, attachment.ContentType));
        Assert.Equal(Pdf, attachment.Content);
    }

    [Fact]
    public void A_late_monthly_mail_says_so_in_its_subject_and_body()
    {
        var model = SampleReport.Busy() with
        {
            Title = "Monthly support report",
            Period = new(Grain.Month, "2026-11", new(2026, 11, 1), new(2026, 11, 30), "2026-10", "Europe/Berlin"),
        };

        var mail = ReportMail.Compose(model, Pdf, "monthly-2026-11.pdf", "ops@example.com", late: true);

        Assert.Equal("monthly-report/2026-11/ops@example.com", mail.Key);
        Assert.Equal("Monthly support report 2026-11 (late)", mail.Subject);
        Assert.Contains("This report is late", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("This report is late", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_the_data_is_escaped_in_the_HTML_body_and_cannot_add_a_header()
    {
        var model = SampleReport.Busy() with
        {
            Title = "Weekly support report\r\nBcc: evil@example.com",
            WhatHappened = ["Payments\r\nBcc: evil@example.com <script>alert(1)</script> & more"],
        };

        var mail = ReportMail.Compose(model, Pdf, "weekly-2026-W46.pdf", "ops@example.com", late: false);
        var message = MailMessages.Build(mail, MailboxAddress.Parse("reports@example.com"), DateTimeOffset.UnixEpoch);
        var parsed = MailMessages.Parse(MailMessages.Bytes(message));

        Assert.DoesNotContain("<script>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Empty(parsed.Bcc);
        Assert.DoesNotContain(parsed.Headers, h => h.Field.Equals("Bcc", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["ops@example.com"], parsed.GetRecipients().Select(r => r.Address));
        Assert.Equal("Weekly support report  Bcc: evil@example.com 2026-W46", parsed.Subject);
    }
}
