using System.Globalization;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Scheduling;
using Analytics.Pipeline.Warehouse;
using Analytics.Tests.Scheduling;
using MimeKit;

namespace Analytics.Tests.Alerts;

/// <summary>
/// The detect job of <c>analytics serve</c>: each morning it judges yesterday (reporting time zone), records the
/// alert changes, queues the grouped email and runs a delivery pass; its job_runs message says what happened.
/// No SMTP is configured, so the emails are .eml files in the outbox folder.
/// </summary>
public sealed class DetectJobTests : IDisposable
{
    private readonly ServeFolder _serve = new()
    {
        Settings = new AnalyticsSettings
        {
            Reporting = new ReportingSettings { TimeZone = "Europe/Berlin" },
            Recipients = new RecipientsSettings { Alerts = ["oncall@example.com"] },
            Outbox = new OutboxSettings { Folder = "alert-mail" },
        },
    };

    public DetectJobTests()
    {
        using var db = WarehouseDb.OpenForWrite(_serve.DbPath, _serve.Settings);
        var csv = Path.Combine(_serve.Folder, "tickets.csv");
        File.WriteAllText(csv, SpikeWarehouse.Csv());
        new FileIngestor(db, new IngestOptions()).Ingest(csv);
    }

    public void Dispose() => _serve.Dispose();

    /// <summary>07:00 Berlin (CET, UTC+1 after 2026-10-25) on the given day.</summary>
    private static DateTimeOffset Morning(string day) =>
        DateTimeOffset.Parse(day + "T06:00:00Z", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private string[] Mail() => Directory.Exists(Path.Combine(_serve.Folder, "alert-mail"))
        ? [.. Directory.GetFiles(Path.Combine(_serve.Folder, "alert-mail")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!]
        : [];

    [Fact]
    public async Task Each_morning_judges_yesterday_mails_the_changes_once_and_says_so_in_job_runs()
    {
        var runner = _serve.Runner();

        // Wednesday 10-28 07:00: yesterday, Tuesday 10-27 (tickets 08:00-08:39 UTC are 09:00-09:39 Berlin, same day),
        // Login and Payments spiked: one grouped email.
        var wednesday = await runner.RunAsync(Job.Detect, Morning("2026-10-28"), late: false, CancellationToken.None);
        var afterWednesday = Mail();
        // The same occurrence again (a restart): 10-27 is judged already, nothing new.
        var rerun = await runner.RunAsync(Job.Detect, Morning("2026-10-28"), late: false, CancellationToken.None);
        // Thursday 10-29: yesterday Payments was back to 10 (resolved), Login still at 30 (no new email for it).
        var thursday = await runner.RunAsync(Job.Detect, Morning("2026-10-29"), late: false, CancellationToken.None);

        Assert.Equal(JobOutcome.Succeeded, wednesday.Outcome);
        Assert.StartsWith("2026-10-27: Login firing (severity 3), Payments firing (severity 3); 1 email(s) queued; outbox via ", wednesday.Message, StringComparison.Ordinal);
        Assert.EndsWith("sent 1, queued for retry 0, failed 0", wednesday.Message, StringComparison.Ordinal);
        var grouped = Assert.Single(afterWednesday);
        Assert.StartsWith("alerts_2026-10-27_", grouped, StringComparison.Ordinal);
        Assert.Equal("Spikes: Login 3.0×, Payments 4.0× (2026-10-27)", MimeMessage.Load(Path.Combine(_serve.Folder, "alert-mail", grouped)).Subject);

        Assert.Equal((JobOutcome.Succeeded, true), (rerun.Outcome, rerun.Message.StartsWith("2026-10-27: already judged; nothing recorded or sent again", StringComparison.Ordinal)));
        Assert.StartsWith("2026-10-28: Payments resolved; still firing, not sent again: Login; 1 email(s) queued", thursday.Message, StringComparison.Ordinal);
        var all = Mail();
        Assert.Equal(2, all.Length);
        Assert.Equal("Resolved: Payments (2026-10-28)", MimeMessage.Load(Path.Combine(_serve.Folder, "alert-mail", all.Single(f => f != grouped))).Subject);
        Assert.Equal(["detect", "detect", "detect"], _serve.Runs().Select(r => r.Job));
    }

    [Fact]
    public async Task A_missed_morning_is_judged_the_next_morning_day_by_day()
    {
        var runner = _serve.Runner();

        // Wednesday 10-28 judges 10-27 (both spike); the service is down on Thursday 10-29; Friday 10-30 judges the
        // missed 10-28 (Payments back to 10: resolved; Login still 30) and then 10-29 (Login back to 10: resolved).
        await runner.RunAsync(Job.Detect, Morning("2026-10-28"), late: false, CancellationToken.None);
        var friday = await runner.RunAsync(Job.Detect, Morning("2026-10-30"), late: false, CancellationToken.None);

        Assert.Equal(JobOutcome.Succeeded, friday.Outcome);
        Assert.StartsWith("2026-10-28: Payments resolved; still firing, not sent again: Login; 1 email(s) queued; 2026-10-29: Login resolved; 1 email(s) queued",
            friday.Message, StringComparison.Ordinal);
        Assert.Equal(["Resolved: Login (2026-10-29)", "Resolved: Payments (2026-10-28)", "Spikes: Login 3.0×, Payments 4.0× (2026-10-27)"],
            Mail().Select(f => MimeMessage.Load(Path.Combine(_serve.Folder, "alert-mail", f)).Subject).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_export_waiting_in_the_inbox_is_loaded_before_the_day_is_judged()
    {
        using var serve = new ServeFolder
        {
            Settings = new AnalyticsSettings
            {
                Reporting = new ReportingSettings { TimeZone = "Europe/Berlin" },
                Sources = [new SourceSettings { Name = "helpdesk", Inbox = "inbox", Vendor = "canonical" }],
                Recipients = new RecipientsSettings { Alerts = ["oncall@example.com"] },
            },
        };
        Directory.CreateDirectory(serve.Inbox);
        File.WriteAllText(Path.Combine(serve.Inbox, "tickets.csv"), SpikeWarehouse.Csv());

        var result = await serve.Runner().RunAsync(Job.Detect, Morning("2026-10-28"), late: false, CancellationToken.None);

        Assert.Equal(JobOutcome.Succeeded, result.Outcome);
        Assert.StartsWith("inbox first: helpdesk: 1 file(s) loaded; 2026-10-27: Login firing (severity 3), Payments firing (severity 3); 1 email(s) queued", result.Message, StringComparison.Ordinal);
    }
}
