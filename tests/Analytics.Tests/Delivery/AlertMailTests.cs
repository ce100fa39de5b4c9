using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Delivery;
using Analytics.Reports.Charts;
using Analytics.Tests.Reports;
using Analytics.Tests.Support;
using MimeKit;

namespace Analytics.Tests.Delivery;

/// <summary>The alert email: subject, why-sentences, the inline 8-week chart, the standout terms, the footer; untrusted names stay text.</summary>
public sealed class AlertMailTests : IDisposable
{
    private static readonly DateOnly D = new(2026, 10, 20);
    private static readonly DateTimeOffset Now = new(2026, 10, 21, 5, 0, 0, TimeSpan.Zero);
    private const string Zone = "Europe/Berlin";
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    private static AlertRecord Firing(string category, double ratio, AlertState kind = AlertState.Firing) =>
        new(category, D, kind, 42, 9.5, ratio, 1e-12, 3, $"{category}: 42 tickets today, typical Tuesday 9.5 ({ratio:0.0}×)", Silenced: false, Held: null);

    private static AlertRecord Resolved(string category) =>
        new(category, D, AlertState.Resolved, 11, 12, 0.9, 0.6, 0, $"{category}: 11 tickets today, typical Tuesday 12 (0.9×): no longer improbable (p = 0.6), less than 5 above typical and under 1.5× typical", Silenced: false, Held: null);

    /// <summary>56 days ending on D: 10 a day, 42 on D; two standout terms.</summary>
    private static CategoryEvidence Evidence(string category, params StandoutTerm[] terms)
    {
        var days = Enumerable.Range(0, 56).Select(i => D.AddDays(i - 55)).ToList();
        return new CategoryEvidence(category, D, days, [.. days.Select(d => d == D ? 42 : 10)],
            terms.Length > 0 ? terms : [new StandoutTerm("failed", 25, 0.4), new StandoutTerm("incident_payments", 33, 0)]);
    }

    private static AlertEvidence EvidenceFor(params CategoryEvidence[] categories) =>
        new(categories.ToDictionary(c => c.Category, StringComparer.Ordinal));

    private static (int Width, int Height) PngSize(byte[] png, string name)
    {
        var path = Path.Combine(ReportOutput.Folder("alert-mail"), name);
        File.WriteAllBytes(path, png);
        return ReportOutput.PngSize(path);
    }

    [Fact]
    public void The_subject_names_categories_with_ratios_and_shortens_long_lists_and_names()
    {
        var many = new AlertNotice(D, "r1",
        [
            Firing("Payments", 4.42), Firing("Login & Access", 3.6, AlertState.Escalated), Firing("Shipping", 2.0),
            Firing("Returns", 1.9), Resolved("Billing"),
        ]);
        var resolvedOnly = new AlertNotice(D, "r2", [Resolved("Billing"), Resolved("Returns")]);
        var longName = new AlertNotice(D, "r3", [Firing(new string('x', 50), 2.5)]);

        Assert.Equal("Spikes: Payments 4.4×, Login & Access 3.6×, Shipping 2.0× and 1 more · resolved: Billing (2026-10-20)", AlertMail.Subject(many));
        Assert.Equal("Resolved: Billing, Returns (2026-10-20)", AlertMail.Subject(resolvedOnly));
        // 40 characters at most: 39 x and an ellipsis.
        Assert.Equal($"Spike: {new string('x', 39)}… 2.5× (2026-10-20)", AlertMail.Subject(longName));
    }

    [Fact]
    public void Each_spike_has_its_sentence_an_inline_chart_and_its_terms_resolved_ones_a_plain_line_and_the_footer_the_rule()
    {
        var notice = new AlertNotice(D, "r1", [Firing("Payments", 4.42), Firing("Login & Access", 3.6, AlertState.Escalated), Resolved("Billing")]);
        var evidence = EvidenceFor(Evidence("Payments"), Evidence("Login & Access", new StandoutTerm("2fa", 16, 0.02)));
        var rules = new AlertSettings { Alpha = 0.001, MinExcess = 5, MinRatio = 1.5 };

        var mail = AlertMail.Compose(notice, evidence, "Ops <ops@example.com>", Zone, rules);

        Assert.Equal("alerts/2026-10-20/r1/ops@example.com", mail.Key);
        Assert.Equal(["spike-1.png", "spike-2.png"], mail.Attachments.Select(a => a.FileName));
        Assert.Equal(["spike-1@support-analytics.local", "spike-2@support-analytics.local"], mail.Attachments.Select(a => a.ContentId));
        Assert.All(mail.Attachments, a => Assert.Equal("image/png", a.ContentType));
        Assert.Equal((SpikeChart.Width, SpikeChart.Height), PngSize(mail.Attachments[0].Content, "compose-spike-1.png"));
        Assert.Contains("<img src=\"cid:spike-1@support-analytics.local\" width=\"600\" height=\"220\" alt=\"Payments: tickets per day, last 8 weeks\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<img src=\"cid:spike-2@support-analytics.local\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Payments: 42 tickets today, typical Tuesday 9.5 (4.4×)\n", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Login & Access: 42 tickets today, typical Tuesday 9.5 (3.6×) (severity now 3)\n", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("- failed: 25 tickets today vs 0.4 a day in the 8 weeks before\n", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("- incident_payments: 33 tickets today vs 0 a day in the 8 weeks before\n", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("- 2fa: 16 tickets today vs under 0.1 a day in the 8 weeks before\n", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<li><strong>failed</strong>: 25 tickets today vs 0.4 a day in the 8 weeks before</li>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Resolved:\n- Billing: 11 tickets today, typical Tuesday 12 (0.9×): no longer improbable (p = 0.6), less than 5 above typical and under 1.5× typical\n", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<li>Billing: 11 tickets today, typical Tuesday 12 (0.9&#215;): no longer improbable (p = 0.6), less than 5 above typical and under 1.5&#215; typical</li>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("days and counts in the Europe/Berlin time zone", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Rule: a category spikes when its tickets of the day, or of up to the last 3 days together, are improbably many "
            + "against the typical count for those weekdays (p < 0.001 / (3 × categories checked + 1)), at least 5 above it and at least 1.5 times it.",
            mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Words, phrases and tags: those whose share of the day's tickets rose most against the 8 weeks before "
            + "(log-odds z-score at least 1.96, at least 3 tickets).", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("days and counts in the Europe/Berlin time zone", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("http", mail.HtmlBody + mail.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", mail.HtmlBody, StringComparison.OrdinalIgnoreCase);

        // Built: the charts are inline parts of the HTML (multipart/related), not attachments.
        var message = MailMessages.Parse(MailMessages.Bytes(MailMessages.Build(mail, MailboxAddress.Parse("alerts@example.com"), Now)));
        Assert.Empty(message.Attachments);
        var related = Assert.Single(message.BodyParts.OfType<MimePart>(), p => p.ContentId == "spike-1@support-analytics.local");
        Assert.Equal("image/png", related.ContentType.MimeType);
    }

    [Fact]
    public void A_stopped_feed_leads_the_subject_and_body_and_is_not_a_spike()
    {
        // 3 tickets on a day whose total is typically 182.4 (printed to one decimal); Payments spiked beside it.
        var feed = new AlertRecord("(all categories)", D, AlertState.FeedStopped, 3, 182.4, 3 / 182.4, 1e-9, 0,
            "All categories: 3 tickets today, typical Tuesday 182.4; the ticket feed may have stopped", Silenced: false, Held: null);
        var notice = new AlertNotice(D, "r1", [feed, Firing("Payments", 4.42)]);

        var mail = AlertMail.Compose(notice, AlertEvidence.None, "ops@example.com", Zone, new AlertSettings());

        Assert.Equal("Ticket feed may have stopped: 3 tickets, typical 182.4 · Spike: Payments 4.4× (2026-10-20)", mail.Subject);
        Assert.StartsWith(feed.Why + "\n", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("(all categories) 0.0×", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("<h3 style=\"font-size:15px;margin-bottom:4px\">Ticket feed</h3>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Empty(mail.Attachments);
    }

    [Fact]
    public void A_volume_drop_leads_the_subject_and_body_and_never_reads_as_a_stopped_feed()
    {
        // 120 tickets on a Monday whose total is typically 260: 0.46×, improbably low but not near zero.
        var drop = new AlertRecord("(all categories)", D, AlertState.VolumeDrop, 120, 260, 120 / 260.0, 1e-9, 1,
            "All categories: 120 tickets today, typical Tuesday 260 (0.46×); volume dropped: a holiday, or an outage on the customers' side?", Silenced: false, Held: null);
        var notice = new AlertNotice(D, "r1", [drop, Firing("Payments", 4.42)]);
        var back = new AlertNotice(D.AddDays(1), "r2", [new AlertRecord("(all categories)", D.AddDays(1), AlertState.Resolved, 255, 262, 255 / 262.0, 0.41, 0,
            "All categories: 255 tickets today, typical Wednesday 262 (0.97×): volume is back, no longer improbably low (p = 0.41)", Silenced: false, Held: null)]);

        var mail = AlertMail.Compose(notice, AlertEvidence.None, "ops@example.com", Zone, new AlertSettings());

        Assert.Equal("Volume dropped: 120 tickets, typical 260 (0.46×) · Spike: Payments 4.4× (2026-10-20)", mail.Subject);
        Assert.StartsWith(drop.Why + "\n", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<h3 style=\"font-size:15px;margin-bottom:4px\">Ticket volume</h3>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("stopped", mail.Subject + mail.TextBody + mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Ticket feed", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("Resolved: ticket volume (2026-10-21)", AlertMail.Subject(back));
    }

    [Fact]
    public void Without_evidence_a_spike_still_has_its_sentence_but_no_chart()
    {
        var notice = new AlertNotice(D, "r1", [Firing("Payments", 4.42)]);

        var mail = AlertMail.Compose(notice, AlertEvidence.None, "ops@example.com", Zone, new AlertSettings());

        Assert.Empty(mail.Attachments);
        Assert.DoesNotContain("<img", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Payments: 42 tickets today, typical Tuesday 9.5 (4.4&#215;)", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spike_where_no_term_stands_out_says_so()
    {
        var evidence = Evidence("Payments") with { Terms = [] };
        var mail = AlertMail.Compose(new AlertNotice(D, "r1", [Firing("Payments", 4.42)]), EvidenceFor(evidence), "ops@example.com", Zone, new AlertSettings());

        Assert.Contains("No subject word, phrase or tag stands out today.", mail.TextBody, StringComparison.Ordinal);
        Assert.Single(mail.Attachments);
    }

    [Fact]
    public void A_hostile_category_name_and_term_reach_only_the_intended_recipients_through_a_real_SMTP_server_escaped()
    {
        const string hostile = "Payments\r\nBcc: victim@example.com\r\n\r\n<script>alert(1)</script>";
        var notice = new AlertNotice(D, "r1", [Firing(hostile, 4.42)]);
        // The example is a customer's subject as stored: markup and line breaks in it stay text.
        var evidence = EvidenceFor(Evidence(hostile, new StandoutTerm("<b>refund</b>", 18, 1.2, "Refund <img src=x onerror=alert(1)>\r\nBcc: x@example.com")));
        using var server = new AiosmtpdServer(Path.Combine(_w.Folder, "maildir"));
        var settings = new AnalyticsSettings
        {
            Smtp = new SmtpSettings { Host = "127.0.0.1", Port = server.Port, Security = SmtpSecurity.None, From = "Alerts <alerts@example.com>" },
        };
        var outbox = new MailOutbox(_w.Db, settings);
        string[] recipients = ["oncall@example.com", "Head <head@example.com>"];

        var enqueued = AlertMail.Enqueue(outbox, notice, evidence, recipients, Zone, new AlertSettings(), Now);
        var again = AlertMail.Enqueue(outbox, notice, evidence, recipients, Zone, new AlertSettings(), Now);
        OutboxRunResult result;
        using (var transport = MailTransports.Create(settings, _w.Folder))
        {
            result = outbox.Deliver(transport, Now);
        }

        Assert.Equal([true, true], enqueued.Select(e => e.Added));
        Assert.Equal([false, false], again.Select(e => e.Added));
        Assert.Equal(new OutboxRunResult(2, 0, 0), result);
        var received = server.Received();
        Assert.Equal(2, received.Count);
        // aiosmtpd records the envelope recipients as X-RcptTo: each message went to its one address and no other.
        Assert.Equal(
            ["head@example.com", "oncall@example.com"],
            received.Select(m => m.Headers["X-RcptTo"]).Order(StringComparer.Ordinal));
        foreach (var message in received)
        {
            var to = Assert.Single(message.To.Mailboxes).Address;
            Assert.Equal(to, message.Headers["X-RcptTo"]);
            Assert.Empty(message.Bcc);
            Assert.DoesNotContain(message.Headers, h => h.Field.Equals("Bcc", StringComparison.OrdinalIgnoreCase));
            Assert.Single(message.Headers, h => h.Id == HeaderId.Subject);
            // Line breaks become spaces, runs of them one; cut at 40 characters (39 and an ellipsis).
            Assert.Equal("Spike: Payments Bcc: victim@example.com <scrip… 4.4× (2026-10-20)", message.Subject);
            Assert.DoesNotContain("<script>", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("<strong>&lt;b&gt;refund&lt;/b&gt;</strong>: 18 tickets today vs 1.2 a day", message.HtmlBody, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("a day in the 8 weeks before, e.g. &quot;Refund &lt;img src=x onerror=alert(1)&gt; Bcc: x@example.com&quot;</li>", message.HtmlBody, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("- <b>refund</b>: 18 tickets today vs 1.2 a day in the 8 weeks before, e.g. \"Refund <img src=x onerror=alert(1)> Bcc: x@example.com\"\n",
                message.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            var chart = Assert.Single(message.BodyParts.OfType<MimePart>(), p => p.ContentType.MimeType == "image/png");
            Assert.Equal("spike-1@support-analytics.local", chart.ContentId);
            Assert.Contains("src=\"cid:spike-1@support-analytics.local\"", message.HtmlBody, StringComparison.Ordinal);
            using var png = new MemoryStream();
            chart.Content!.DecodeTo(png);
            Assert.Equal((SpikeChart.Width, SpikeChart.Height), PngSize(png.ToArray(), $"smtp-{to}.png"));
        }
    }

    [Theory]
    [InlineData(0, "x: 3 tickets today vs 0 a day in the 8 weeks before")]
    [InlineData(0.02, "x: 3 tickets today vs under 0.1 a day in the 8 weeks before")]
    [InlineData(1.2, "x: 3 tickets today vs 1.2 a day in the 8 weeks before")]
    [InlineData(12.04, "x: 3 tickets today vs 12 a day in the 8 weeks before")]
    public void A_term_line_gives_the_day_against_the_typical_rate(double typical, string expected) =>
        Assert.Equal(expected, AlertMail.TermLine(new StandoutTerm("x", 3, typical)));
}
