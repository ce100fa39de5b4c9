using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Delivery;
using Analytics.Tests.Reports;
using Analytics.Tests.Support;

namespace Analytics.Tests.Delivery;

/// <summary>
/// A negative-share jump in the alert email (docs/alerts.md, "Negative share" and "Alert email"): its sentence, the
/// terms of the day's negative texts, its rule in the footer, its name in the subject; sent through a real SMTP server
/// and kept as an .eml under report-output/alert-mail to open in a mail client.
/// </summary>
public sealed class NegativeShareMailTests : IDisposable
{
    private static readonly DateOnly D = new(2026, 10, 20);
    private static readonly DateTimeOffset Now = new(2026, 10, 21, 5, 0, 0, TimeSpan.Zero);
    private const string Zone = "Europe/Berlin";
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    private static AlertRecord Jump(string category, int negative, int texts, double typical, AlertState state = AlertState.Firing) =>
        new(category, D, state, negative, typical, (double)negative / texts / typical, 1e-8, Severity.Of((double)negative / texts / typical),
            $"{category}: {negative} of {texts} texts negative today ({WhySentence.Percent((double)negative / texts)}), typical {WhySentence.Percent(typical)} ({(double)negative / texts / typical:0.0}×)",
            Silenced: false, Held: null, Measure: AlertMeasure.NegativeShare, Texts: texts);

    private static AlertRecord Spike(string category) =>
        new(category, D, AlertState.Firing, 30, 10, 3.0, 1e-9, 3, $"{category}: 30 tickets today, typical Tuesday 10 (3.0×)", Silenced: false, Held: null);

    private static AlertRecord ShareBack(string category) =>
        new(category, D, AlertState.Resolved, 5, 0.12, 1.04, 0.54, 0,
            $"{category}: 5 of 40 texts negative today (12.5%), typical 12% (1.0×): no longer improbable (p = 0.54), less than 5 points above typical and under 1.5× typical",
            Silenced: false, Held: null, Measure: AlertMeasure.NegativeShare, Texts: 40);

    private static AlertEvidence Evidence() =>
        new(new Dictionary<string, CategoryEvidence>(StringComparer.Ordinal))
        {
            NegativeTerms = new Dictionary<string, IReadOnlyList<StandoutTerm>>(StringComparer.Ordinal)
            {
                ["Payments"] = [new StandoutTerm("checkout", 12, 0.1), new StandoutTerm("refund", 1, 0)],
            },
        };

    [Fact]
    public void The_subject_names_the_jump_after_the_spikes_and_a_shares_resolve_as_such()
    {
        var mixed = new AlertNotice(D, "r1", [Spike("Login"), Jump("Payments", 18, 40, 0.12), ShareBack("Returns")]);
        var alone = new AlertNotice(D, "r2", [Jump("Payments", 18, 40, 0.12)]);
        var back = new AlertNotice(D, "r3", [ShareBack("Returns")]);

        Assert.Equal("Spike: Login 3.0× · Negative share up: Payments 3.8× · resolved: Returns (negative share) (2026-10-20)", AlertMail.Subject(mixed));
        Assert.Equal("Negative share up: Payments 3.8× (2026-10-20)", AlertMail.Subject(alone));
        Assert.Equal("Resolved: Returns (negative share) (2026-10-20)", AlertMail.Subject(back));
    }

    [Fact]
    public void The_body_gives_the_jump_its_sentence_and_the_terms_of_its_negative_texts_and_the_footer_its_rule()
    {
        var notice = new AlertNotice(D, "r1", [Spike("Login"), Jump("Payments", 18, 40, 0.12), ShareBack("Returns")]);

        var mail = AlertMail.Compose(notice, Evidence(), "ops@example.com", Zone, new AlertSettings());

        Assert.Contains("Payments: 18 of 40 texts negative today (45%), typical 12% (3.8×)\n"
            + "What the negative texts say (words, phrases and tags):\n"
            + "- checkout: 12 negative texts today vs 0.1 a day in the 8 weeks before\n"
            + "- refund: 1 negative text today vs 0 a day in the 8 weeks before\n", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<h3 style=\"font-size:15px;margin-bottom:4px\">Payments: negative share</h3><p style=\"margin-top:0\">Payments: 18 of 40 texts negative today (45%), typical 12% (3.8&#215;)</p>",
            mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<li><strong>checkout</strong>: 12 negative texts today vs 0.1 a day in the 8 weeks before</li>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Resolved:\n- Returns: 5 of 40 texts negative today (12.5%), typical 12% (1.0×): no longer improbable (p = 0.54)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Negative share: the day's texts of a category (tickets created and survey comments given, whose tone is known) hold improbably many "
            + "negative ones against its typical share of the 8 weeks before (binomial, p < 0.01 / categories checked), at least 5 of them, a share at least "
            + "5 points above the typical one and at least 1.5 times it; the words, phrases and tags of a jump are those of the day's negative texts against the negative texts "
            + "of the 8 weeks before.", mail.TextBody, StringComparison.Ordinal);
        // The volume spike keeps its own section; without evidence it has no chart, and the jump has none either.
        Assert.Contains("Login: 30 tickets today, typical Tuesday 10 (3.0×)\n", mail.TextBody, StringComparison.Ordinal);
        Assert.Empty(mail.Attachments);
    }

    [Fact]
    public void Without_negative_terms_the_jump_says_nothing_stands_out_and_a_volume_email_has_no_share_rule()
    {
        var jump = AlertMail.Compose(new AlertNotice(D, "r1", [Jump("Payments", 18, 40, 0.12)]),
            Evidence() with { NegativeTerms = new Dictionary<string, IReadOnlyList<StandoutTerm>> { ["Payments"] = [] } }, "ops@example.com", Zone, new AlertSettings());
        var volume = AlertMail.Compose(new AlertNotice(D, "r2", [Spike("Login")]), AlertEvidence.None, "ops@example.com", Zone, new AlertSettings());

        Assert.Contains("No word, phrase or tag stands out in today's negative texts.", jump.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>No word, phrase or tag stands out in today&#39;s negative texts.</p>", jump.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("egative", volume.TextBody + volume.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_email_of_a_jump_arrives_through_a_real_SMTP_server_as_a_person_reads_it()
    {
        const string hostile = "Pay\r\nBcc: victim@example.com <b>x</b>";
        var notice = new AlertNotice(D, "r1", [Spike("Login"), Jump(hostile, 18, 40, 0.12)]);
        var evidence = new AlertEvidence(new Dictionary<string, CategoryEvidence>(StringComparer.Ordinal))
        {
            NegativeTerms = new Dictionary<string, IReadOnlyList<StandoutTerm>>(StringComparer.Ordinal)
            {
                [hostile] = [new StandoutTerm("<i>checkout</i>", 12, 0.1)],
            },
        };
        using var server = new AiosmtpdServer(Path.Combine(_w.Folder, "maildir"));
        var settings = new AnalyticsSettings
        {
            Smtp = new SmtpSettings { Host = "127.0.0.1", Port = server.Port, Security = SmtpSecurity.None, From = "Alerts <alerts@example.com>" },
        };
        var outbox = new MailOutbox(_w.Db, settings);

        var enqueued = AlertMail.Enqueue(outbox, notice, evidence, ["oncall@example.com"], Zone, new AlertSettings(), Now);
        OutboxRunResult result;
        using (var transport = MailTransports.Create(settings, _w.Folder))
        {
            result = outbox.Deliver(transport, Now);
        }

        Assert.True(Assert.Single(enqueued).Added);
        Assert.Equal(new OutboxRunResult(1, 0, 0), result);
        var message = Assert.Single(server.Received());
        message.WriteTo(Path.Combine(ReportOutput.Folder("alert-mail"), "negative-share-2026-10-20.eml"));
        Assert.Equal("oncall@example.com", message.Headers["X-RcptTo"]);
        Assert.Empty(message.Bcc);
        // One line, the line break a space (the name is 36 characters, under the 40 the subject cuts at).
        Assert.Equal("Spike: Login 3.0× · Negative share up: Pay Bcc: victim@example.com <b>x</b> 3.8× (2026-10-20)", message.Subject);
        Assert.Contains("Bcc: victim@example.com <b>x</b>: 18 of 40 texts negative today (45%), typical 12% (3.8×)", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;: negative share</h3>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<strong>&lt;i&gt;checkout&lt;/i&gt;</strong>: 12 negative texts today", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", message.HtmlBody, StringComparison.Ordinal);
    }
}
