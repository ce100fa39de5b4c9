using System.Globalization;
using Analytics.Pipeline.Scheduling;

namespace Analytics.Tests.Scheduling;

public sealed class CatchUpTests : IDisposable
{
    private readonly ServeFolder _serve = new();

    public void Dispose() => _serve.Dispose();

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    // Monday 2026-11-23 08:00 Europe/Berlin (CET) = 07:00 UTC; the monthly occurrence before it is 2026-11-01, 22 days earlier.
    private static readonly DateTimeOffset WeeklyOccurrence = Utc("2026-11-23T07:00:00Z");

    [Fact]
    public async Task A_weekly_report_missed_within_the_window_is_sent_once_late_even_when_started_twice()
    {
        var delivery = new RecordingDelivery();

        await _serve.Runner(delivery).CatchUpAsync(WeeklyOccurrence.AddHours(5), CancellationToken.None);
        // A second start (a new process, so a new runner), still within the window.
        var again = await _serve.Runner(delivery).CatchUpAsync(WeeklyOccurrence.AddHours(6), CancellationToken.None);

        var call = Assert.Single(delivery.Calls);
        Assert.Equal(("weekly-2026-W47", true), (call.Period, call.Late));
        Assert.True(File.Exists(call.Pdf));
        var weekly = Assert.Single(_serve.Runs(), r => r.Job == Job.WeeklyReport.Text());
        Assert.Equal((WeeklyOccurrence, "late", true), (weekly.ScheduledFor!.Value, weekly.Outcome, weekly.Finished));
        Assert.DoesNotContain(again, r => r.Job == Job.WeeklyReport);
    }

    [Fact]
    public async Task A_report_missed_longer_ago_than_the_window_is_recorded_as_skipped_and_not_sent()
    {
        var delivery = new RecordingDelivery();

        var results = await _serve.Runner(delivery).CatchUpAsync(WeeklyOccurrence.AddHours(72), CancellationToken.None);
        await _serve.Runner(delivery).CatchUpAsync(WeeklyOccurrence.AddHours(73), CancellationToken.None);

        Assert.Empty(delivery.Calls);
        Assert.Equal(2, results.Count(r => r.Outcome == JobOutcome.Skipped));
        var runs = _serve.Runs();
        Assert.Equal(("skipped", WeeklyOccurrence), Assert.Single(runs, r => r.Job == Job.WeeklyReport.Text()) is var w ? (w.Outcome, w.ScheduledFor!.Value) : default);
        Assert.Equal(("skipped", Utc("2026-11-01T07:00:00Z")), Assert.Single(runs, r => r.Job == Job.MonthlyReport.Text()) is var m ? (m.Outcome, m.ScheduledFor!.Value) : default);
    }

    [Fact]
    public async Task The_scheduled_fire_of_an_occurrence_already_caught_up_does_not_send_again()
    {
        var delivery = new RecordingDelivery();
        var runner = _serve.Runner(delivery);

        await runner.CatchUpAsync(WeeklyOccurrence.AddMinutes(1), CancellationToken.None);
        var fired = await runner.RunAsync(Job.WeeklyReport, WeeklyOccurrence, late: false, CancellationToken.None);

        Assert.Equal(JobOutcome.Unchanged, fired.Outcome);
        Assert.Single(delivery.Calls);
    }

    [Fact]
    public async Task A_failed_catch_up_is_tried_again_at_the_next_start()
    {
        var failing = new FailingDelivery();
        await _serve.Runner(failing).CatchUpAsync(WeeklyOccurrence.AddHours(1), CancellationToken.None);
        var delivery = new RecordingDelivery();
        await _serve.Runner(delivery).CatchUpAsync(WeeklyOccurrence.AddHours(2), CancellationToken.None);

        Assert.Single(delivery.Calls);
        Assert.Equal(["failed", "late"], _serve.Runs().Where(r => r.Job == Job.WeeklyReport.Text()).Select(r => r.Outcome));
    }

    [Fact]
    public async Task A_run_left_open_by_a_stopped_service_is_closed_as_abandoned_at_start()
    {
        using (var db = Pipeline.Warehouse.WarehouseDb.OpenForWrite(_serve.DbPath, _serve.Settings))
        {
            Pipeline.Warehouse.Sql.Execute(db, "INSERT INTO job_runs VALUES ('ingest', NULL, now(), NULL, 'running', NULL)");
        }

        await _serve.Runner().CatchUpAsync(WeeklyOccurrence.AddHours(100), CancellationToken.None);

        Assert.Equal("abandoned", Assert.Single(_serve.Runs(), r => r.Job == Job.Ingest.Text()).Outcome);
    }

    private sealed class FailingDelivery : Pipeline.Delivery.IReportDelivery
    {
        public string Deliver(DuckDB.NET.Data.DuckDBConnection db, Analytics.Reports.Model.ReportModel model, string pdfPath, bool late, CancellationToken ct) =>
            throw new InvalidOperationException("the mail server is unreachable");
    }
}
