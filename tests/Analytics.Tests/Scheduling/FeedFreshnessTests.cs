using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Scheduling;
using Analytics.Pipeline.Warehouse;
using Analytics.Tests.Support;

namespace Analytics.Tests.Scheduling;

/// <summary>
/// A source's feed is stale when it has been quiet for more than two days and longer than any quiet stretch of
/// its last 8 weeks of data (docs/kpis.md, "Coverage"); status says so per source, in local times.
/// </summary>
public sealed class FeedFreshnessTests : IDisposable
{
    private readonly TempWarehouse _w = new() { Settings = new AnalyticsSettings() };

    public FeedFreshnessTests()
    {
        // One ticket every 6 hours from Mon 2026-03-02 00:00Z to Fri 03-06 18:00Z, then one on Mon 03-09 12:00Z:
        // the longest quiet stretch is Fri 18:00 to Mon 12:00 = 66 h. Newest ticket Mon 03-09 12:00Z.
        var rows = Enumerable.Range(0, 20).Select(i => $"T{i},{new DateTime(2026, 3, 2, 0, 0, 0).AddHours(6 * i):yyyy-MM-ddTHH:mm:ss}Z")
            .Append("T99,2026-03-09T12:00:00Z");
        _w.Ingest(_w.Write("t.csv", "ticket_id,created_at\n" + string.Join("\n", rows) + "\n"), new IngestOptions { SourceName = "desk" });
        _w.Ingest(_w.Write("s.csv", "response_id,survey,score,responded_at\nR1,nps,9,2026-03-03T10:00:00Z\n"), new IngestOptions { SourceName = "survey-tool" });
    }

    public void Dispose() => _w.Dispose();

    [Fact]
    public void Quiet_for_less_than_its_longest_stretch_is_current_and_for_longer_is_stale()
    {
        var newest = new DateTimeOffset(2026, 3, 9, 12, 0, 0, TimeSpan.Zero);

        // 65 h after the newest ticket: more than two days, but not longer than the 66 h weekend: current.
        var current = Assert.Single(FeedFreshness.Read(_w.Db, newest.AddHours(65)));
        // 67 h: longer than any quiet stretch of its last 8 weeks, and more than two days: stale.
        var stale = Assert.Single(FeedFreshness.Read(_w.Db, newest.AddHours(67)));

        Assert.Equal(("desk", newest, TimeSpan.FromHours(66), FeedState.Current),
            (current.Source, current.NewestTicketAt, current.LongestQuiet, current.State));
        Assert.Equal((TimeSpan.FromHours(67), FeedState.Stale), (stale.QuietFor, stale.State));
        // Berlin is UTC+01:00 in March: the newest ticket is Mon 13:00 local.
        Assert.Equal("stale: no ticket for 67 h (newest Mon 2026-03-09 13:00; quiet for at most 66 h in its last 8 weeks)",
            stale.Describe(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")));
    }

    [Fact]
    public void Status_gives_each_source_its_verdict_in_local_time()
    {
        var status = ServiceStatus.Read(_w.Db, [], new DateTimeOffset(2026, 3, 30, 8, 0, 0, TimeSpan.Zero), "Europe/Berlin");

        var desk = status.Sources.Single(s => s.Source == "desk");
        // From Mon 03-09 12:00Z to Mon 03-30 08:00Z: 20 days and 20 hours = 500 h.
        Assert.Equal((FeedState.Stale, 500.0), (desk.Freshness, desk.QuietForHours));
        // Mon 03-09 12:00Z is 13:00 CET; the status is built in the reporting zone (CEST from 03-29 does not matter here).
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 13, 0, 0, TimeSpan.FromHours(1)), desk.LatestCreatedAt);
        Assert.Equal(TimeSpan.FromHours(1), desk.LatestCreatedAt!.Value.Offset);
        // A source that sends only surveys has no ticket feed to judge.
        Assert.Null(status.Sources.Single(s => s.Source == "survey-tool").Freshness);
        var text = new StringWriter();
        ServiceStatus.WriteTable(status, text);
        Assert.Contains("Times in Europe/Berlin, now 2026-03-30 10:00", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("desk             stale: no ticket for 20.8 days (newest Mon 2026-03-09 13:00;", text.ToString(), StringComparison.Ordinal);
    }
}
