using System.Globalization;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Delivery;
using Analytics.Pipeline.Scheduling;
using Analytics.Tests.Delivery;
using MimeKit;

namespace Analytics.Tests.Scheduling;

/// <summary>
/// The "done when", in one process: a Zendesk export dropped in the inbox, a real SMTP server, the
/// service down over the weekend and started on Monday after the report's time: the Monday report arrives
/// by mail once, late, with the PDF intact, and a further restart sends nothing more.
/// </summary>
public sealed class MondayReportByMailTests : IDisposable
{
    private readonly ServeFolder _serve;
    private readonly AiosmtpdServer _smtp;

    // Monday 2026-11-23 08:00 Europe/Berlin (CET) = 07:00 UTC.
    private static readonly DateTimeOffset MondayEight = DateTimeOffset.Parse("2026-11-23T07:00:00Z", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public MondayReportByMailTests()
    {
        var folder = Directory.CreateTempSubdirectory("analytics-smtp-").FullName;
        _smtp = new AiosmtpdServer(Path.Combine(folder, "maildir"));
        _serve = new ServeFolder
        {
            Settings = new AnalyticsSettings
            {
                Reporting = new ReportingSettings { TimeZone = "Europe/Berlin" },
                Sources = [new SourceSettings { Name = "zendesk", Inbox = "inbox", Vendor = "zendesk", TimeZone = "Europe/Berlin" }],
                Schedules = new SchedulesSettings
                {
                    WeeklyReport = new ScheduleSettings(SchedulesSettings.DefaultWeeklyReportCron, "Europe/Berlin"),
                    MonthlyReport = new ScheduleSettings(SchedulesSettings.DefaultMonthlyReportCron, "Europe/Berlin"),
                },
                Smtp = new SmtpSettings { Host = "127.0.0.1", Port = _smtp.Port, Security = SmtpSecurity.None, From = "Support Analytics <reports@example.com>" },
                Recipients = new RecipientsSettings { Reports = ["head-of-support@example.com"] },
            },
        };
    }

    public void Dispose()
    {
        _smtp.Dispose();
        _serve.Dispose();
    }

    [Fact]
    public async Task A_zendesk_export_in_the_inbox_gives_the_monday_report_by_mail_once_across_restarts()
    {
        _serve.DropInInbox("zendesk/tickets.csv");
        var delivery = new OutboxReportDelivery(_serve.Settings, _serve.Folder);

        // Friday: the service ingests the export, then is stopped for the weekend.
        var ingest = await _serve.Runner(delivery).RunAsync(Job.Ingest, null, late: false, CancellationToken.None);
        // Monday 19:00 Berlin: started again, 11 hours after the report's time; then restarted once more.
        await _serve.Runner(delivery).CatchUpAsync(MondayEight.AddHours(11), CancellationToken.None);
        await _serve.Runner(delivery).CatchUpAsync(MondayEight.AddHours(12), CancellationToken.None);

        Assert.Equal(JobOutcome.Succeeded, ingest.Outcome);
        Assert.True(File.Exists(Path.Combine(_serve.Inbox, "processed", "tickets.csv")));
        var message = Assert.Single(_smtp.Received());
        Assert.Equal("head-of-support@example.com", Assert.Single(message.To.Mailboxes).Address);
        Assert.Contains("2026-W47", message.Subject, StringComparison.Ordinal);
        Assert.Contains("late", message.Subject, StringComparison.Ordinal);
        var attachment = Assert.Single(message.Attachments.OfType<MimePart>());
        using var received = new MemoryStream();
        attachment.Content!.DecodeTo(received);
        var pdf = Path.Combine(Path.GetDirectoryName(_serve.DbPath)!, "reports", attachment.FileName!);
        Assert.Equal(File.ReadAllBytes(pdf), received.ToArray());
    }
}
