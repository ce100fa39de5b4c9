using System.Globalization;
using System.Text;
using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Delivery;
using Analytics.Pipeline.Reports;
using Analytics.Tests.Support;

namespace Analytics.Tests.Alerts;

/// <summary>
/// A day the data does not fully cover (docs/alerts.md, "Not covered"), through the warehouse: the coverage the
/// ingest keeps decides it, the replay does not judge it, the report does not mark it, the lifecycle changes
/// nothing on it; only a today that is not over is judged for spikes on its tickets so far. Reporting zone UTC.
/// <list type="bullet">
/// <item>Billing: one ticket every hour at :30 from Monday 2026-09-07 to Saturday 2026-11-07 (62 days × 24): every
/// gap is an hour, so the longest quiet stretch is 1:00. The first day, where the data
/// starts, is not covered whole.</item>
/// <item>Sunday 2026-11-08: a ticket every 10 minutes from 00:00 to 09:50 (60), then the export stops. Its last
/// ticket + 1:00 = 10:50 does not reach midnight: the data covers the day only in part. Judged, 60 against a
/// typical Sunday of 24 would be a spike (2.5×).</item>
/// </list>
/// The 60 gaps of 10 minutes (and the one of 30 minutes before the first) are shorter.
/// </summary>
public sealed class NotCoveredDayTests : IDisposable
{
    private static readonly DateOnly First = new(2026, 9, 7);
    private static readonly DateOnly Stop = new(2026, 11, 8);
    private readonly TempWarehouse _w = new() { Settings = new AnalyticsSettings { Reporting = new ReportingSettings { TimeZone = "UTC" } } };

    public NotCoveredDayTests()
    {
        var csv = new StringBuilder("ticket_id,created_at,status,channel,category,priority\n");
        var id = 0;
        for (var day = First; day < Stop; day = day.AddDays(1))
        {
            for (var hour = 0; hour < 24; hour++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"B-{++id},{day:yyyy-MM-dd}T{hour:00}:30:00Z,open,email,Billing,normal\n");
            }
        }
        for (var minute = 0; minute < 600; minute += 10)
        {
            csv.Append(CultureInfo.InvariantCulture, $"B-{++id},{Stop:yyyy-MM-dd}T{minute / 60:00}:{minute % 60:00}:00Z,open,email,Billing,normal\n");
        }
        _w.Ingest(_w.Write("tickets.csv", csv.ToString()));
        // 62 × 24 + 60.
        Assert.Equal(1548L, _w.Scalar<long>("SELECT count(*) FROM tickets"));
        Assert.Equal(TimeSpan.FromHours(1), _w.Scalar<TimeSpan>("SELECT quiet_stretch FROM coverage WHERE kind = 'tickets'"));
    }

    public void Dispose() => _w.Dispose();

    [Fact]
    public void The_day_the_export_starts_in_and_the_day_it_stops_in_are_not_covered()
    {
        // The first day starts at 00:30: the day a source's data starts is never covered whole. 11-07 ends at 23:30
        // and 11-08 starts at 00:00, so every day between is covered.
        Assert.Equal([First, Stop], DailyCategoryCounts.Read(_w.Db, Stop).NotCovered.Order());
        // Read up to the day before, the stop is not among the days looked at.
        Assert.Equal([First], DailyCategoryCounts.Read(_w.Db, Stop.AddDays(-1)).NotCovered);
    }

    [Fact]
    public void The_replay_does_not_judge_it_unless_it_is_the_day_in_progress()
    {
        var rows = DailyCategoryCounts.Read(_w.Db, Stop);

        var over = SpikeHistory.Replay(rows, new AlertSettings(), Stop, Stop, today: null).Single();
        var inProgress = SpikeHistory.Replay(rows, new AlertSettings(), Stop, Stop, today: Stop).Single();

        Assert.True(over.NotCovered);
        Assert.Empty(over.Spikes);
        Assert.Equal(0, over.CategoriesChecked);
        Assert.Equal(60, over.Categories.Single().Count);
        Assert.False(over.Feed.IsLow);
        // Today, not over: its 60 tickets so far are judged (counts only grow) against a typical Sunday of 24.
        Assert.False(inProgress.NotCovered);
        var spike = Assert.Single(inProgress.Spikes);
        Assert.Equal(("Billing", 60), (spike.Category, spike.Count));
        Assert.True(inProgress.Feed.InProgress);
    }

    [Fact]
    public void The_report_marks_no_spike_on_it()
    {
        // The week of Monday 2026-11-02 ends on Sunday 11-08, the day the export stops in.
        Assert.Empty(ReportSpikes.Find(_w.Db, new AlertSettings(), ReportSpan.Week(Stop)));
    }

    [Fact]
    public void The_lifecycle_records_nothing_and_sends_nothing_for_it()
    {
        var days = AlertLifecycleRun.Process(_w.Db, _w.Settings, new AlertMailNotifier(_w.Settings), Stop, Stop, new DateTimeOffset(2026, 11, 9, 7, 0, 0, TimeSpan.Zero));

        var day = Assert.Single(days);
        Assert.Empty(day.Records);
        Assert.Null(day.Notice);
        Assert.Equal("2026-11-08: not covered by the data (a source starts, stops or joins part-way through the day): not judged, no change",
            AlertLifecycleRun.Describe(day));
        Assert.Equal(0L, _w.Scalar<long>("SELECT count(*) FROM alerts"));
        // It counts as judged: the next run starts after it.
        Assert.Equal("2026-11-08", _w.Scalar<string>("SELECT CAST(max(day) AS VARCHAR) FROM alert_days"));
    }
}
