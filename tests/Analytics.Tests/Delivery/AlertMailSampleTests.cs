using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Delivery;
using Analytics.Tests.Reports;
using Analytics.Tests.Support;
using MimeKit;
using Xunit.Abstractions;

namespace Analytics.Tests.Delivery;

/// <summary>
/// The alert email of the committed sample data's planted spikes (sample-data/README.md, "Injected spikes"), with
/// its evidence read from the warehouse and written as .eml files under report-output/alert-mail to open in a mail client.
/// </summary>
public sealed class AlertMailSampleTests(ITestOutputHelper output)
{
    private static readonly DateOnly PaymentsDay = new(2026, 10, 20);

    /// <summary>The detector's verdict on the day (SampleSpikeTests): 42 tickets, typical Tuesday 9.5, 42 / 9.5 = 4.4×, severity 3.</summary>
    private static AlertNotice PaymentsNotice() => new(PaymentsDay, "sample",
        [new AlertRecord("Payments", PaymentsDay, AlertState.Firing, 42, 9.5, 42 / 9.5, 7.9e-15, 3, "Payments: 42 tickets today, typical Tuesday 9.5 (4.4×)", Silenced: false, Held: null)]);

    private MimeMessage WriteEml(AlertNotice notice, AlertEvidence evidence, string name)
    {
        var mail = AlertMail.Compose(notice, evidence, "Head of Support <head-of-support@example.com>", "Europe/Berlin", new AlertSettings());
        var folder = ReportOutput.Folder("alert-mail");
        using (var transport = new EmlFolderTransport(folder))
        {
            var from = MailboxAddress.Parse("Support Analytics <alerts@example.com>");
            var message = MailMessages.Build(mail, from, new DateTimeOffset(2026, 10, 21, 7, 0, 0, TimeSpan.FromHours(2)));
            transport.SendAsync(new OutboxMessage(mail.Key, MailMessages.Bytes(message), message, from, [.. message.To.Mailboxes]), CancellationToken.None).GetAwaiter().GetResult();
        }
        var path = Path.Combine(folder, EmlFolderTransport.FileName(mail.Key));
        File.Copy(path, Path.Combine(folder, name), overwrite: true);
        output.WriteLine(path);
        output.WriteLine(mail.TextBody);
        return MimeMessage.Load(path);
    }

    [Fact]
    public void The_Payments_spike_mail_shows_its_8_weeks_and_the_planted_subjects_and_tags()
    {
        AlertEvidence evidence;
        using (var db = SampleWarehouse.Canonical.OpenReadOnly())
        {
            evidence = AlertEvidence.Load(db, PaymentsNotice());
        }
        var payments = evidence.For("Payments")!;

        var message = WriteEml(PaymentsNotice(), evidence, "sample-payments-2026-10-20.eml");

        Assert.Equal(56, payments.Counts.Count);
        Assert.Equal(42, payments.Counts[^1]);
        Assert.Equal(new DateOnly(2026, 8, 26), payments.Days[0]);
        // The planted tickets carry tags the category never had before: they lead the list, at 0 a day before.
        Assert.Equal("incident_payments", payments.Terms[0].Term);
        Assert.Equal(0, payments.Terms[0].TypicalPerDay);
        Assert.Contains(payments.Terms, t => t.Term == "card_declined");
        Assert.Equal("Spike: Payments 4.4× (2026-10-20)", message.Subject);
        Assert.Contains("incident_payments: ", message.TextBody, StringComparison.Ordinal);
        Assert.Single(message.BodyParts.OfType<MimePart>(), p => p.ContentType.MimeType == "image/png");
    }
}
