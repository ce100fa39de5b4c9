using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Warehouse;
using Analytics.Tests.Support;
using DuckDB.NET.Data;

namespace Analytics.Tests.Alerts;

/// <summary>
/// A source that stops sending tickets (docs/alerts.md, "New sources"): its first silent days are a low total named
/// after it; once it is gone, the categories it fed and the day's total start again after its last ticket.
/// </summary>
public sealed class SourceLeavesTests
{
    private static readonly DateOnly Day1 = new(2026, 3, 2); // a Monday

    private static DateOnly D(int n) => Day1.AddDays(n - 1);

    /// <summary>"daily": tickets every day 1 to 20; "weekdays": Monday to Friday of days 1 to 26; "other": every day 1 to 40. Each feeds "Billing".</summary>
    private static HistoryStarts Starts()
    {
        var days = new Dictionary<string, IReadOnlyList<DateOnly>>(StringComparer.Ordinal)
        {
            ["daily"] = [.. Enumerable.Range(1, 20).Select(D)],
            ["weekdays"] = [.. Enumerable.Range(1, 26).Select(D).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))],
            ["other"] = [.. Enumerable.Range(1, 40).Select(D)],
        };
        return new HistoryStarts(days.Select(s => new SourceFeed("Billing", s.Key, s.Value[0], s.Value[0])), days);
    }

    [Fact]
    public void A_daily_source_is_named_on_its_first_silent_day_and_gone_on_its_third()
    {
        var starts = Starts();

        // Day 21: one day without a ticket, a longer silence than any before (1 day apart): named, not gone.
        Assert.Equal([("daily", D(20))], starts.Silent(D(21)));
        Assert.Null(starts.TotalStartFor(D(21)));
        Assert.Equal(D(1), starts.StartFor("Billing", D(22)));
        // Day 23: three days without a ticket: gone, so the total and Billing start again on day 21.
        Assert.Equal(D(21), starts.TotalStartFor(D(23)));
        Assert.Equal(D(21), starts.StartFor("Billing", D(23)));
    }

    [Fact]
    public void A_desk_closed_at_weekends_is_not_silent_at_the_weekend_nor_gone_on_a_holiday_monday()
    {
        var starts = Starts();

        // Day 26 is Friday 03-27 (its last), day 27 Saturday, day 28 Sunday: its usual weekend, 3 days apart.
        Assert.Equal(DayOfWeek.Friday, D(26).DayOfWeek);
        Assert.DoesNotContain(starts.Silent(D(28)), s => s.Source == "weekdays");
        // Monday without a ticket: silent (a longer gap than Friday to Monday), not gone (3 days, not 5).
        Assert.Contains(("weekdays", D(26)), starts.Silent(D(29)));
        Assert.Equal(D(21), starts.TotalStartFor(D(29))); // only "daily", gone since day 23
        // Wednesday: 5 days, more than its weekend and a day: gone, the total starts again after Friday.
        Assert.Equal(D(27), starts.TotalStartFor(D(31)));
    }

    [Fact]
    public void When_the_demo_helpdesk_stops_the_replay_tells_one_drop_named_after_it_then_starts_again()
    {
        // The demo's two help desks, the canonical one cut after its tickets of Thu 2026-10-15 (Berlin): Zendesk
        // goes on alone. Before, every later low day read "a holiday, or an outage on the customers' side?".
        using var w = new TempWarehouse { Settings = KpiWarehouse.Settings(File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot, "sample-data", "analytics.json"))) };
        // Read as CSV: descriptions hold quoted line breaks.
        var cut = Path.Combine(w.Folder, "tickets.csv");
        using (var reader = new DuckDBConnection("Data Source=:memory:"))
        {
            reader.Open();
            reader.Execute($"COPY (SELECT * FROM read_csv($path, all_varchar = true) WHERE created_at < '2026-10-15T22:00:00Z') TO '{cut}' (HEADER)",
                new { path = Path.Combine(Fixtures.RepositoryRoot, "sample-data", "tickets.csv") });
        }
        w.Ingest(cut, new IngestOptions { SourceName = "helpdesk" });
        w.Ingest(Path.Combine(Fixtures.RepositoryRoot, "sample-data", "zendesk", "zendesk_tickets.csv"),
            new IngestOptions { Vendor = Vendors.Zendesk, SourceName = "zendesk-sample", TimeZone = "Europe/Berlin" });

        var days = SpikeHistory.Replay(w.Db, new AlertSettings(), new DateOnly(2026, 10, 10), new DateOnly(2026, 11, 15));

        var low = Assert.Single(days, d => d.Feed.IsLow);
        Assert.Equal(new DateOnly(2026, 10, 16), low.Day);
        Assert.EndsWith("; volume dropped: helpdesk has had no ticket since Thu 2026-10-15", low.Feed.Why, StringComparison.Ordinal);
        // From Sunday 10-18, three days without a helpdesk ticket, the total starts again on Friday 10-16 and warms up.
        Assert.Equal(BaselineState.WarmingUp, days.Single(d => d.Day == new DateOnly(2026, 10, 18)).Feed.Baseline.State);
    }

    [Fact]
    public void A_low_total_names_the_sources_gone_silent()
    {
        var baseline = Baseline.For(Enumerable.Range(1, 28).ToDictionary(D, _ => 100), D(29), new HashSet<DateOnly>());

        var named = WhySentence.VolumeDropped(31, baseline, 0.31, [("helpdesk", new DateOnly(2026, 10, 15))]);
        var unnamed = WhySentence.VolumeDropped(31, baseline, 0.31);

        Assert.EndsWith("; volume dropped: helpdesk has had no ticket since Thu 2026-10-15", named, StringComparison.Ordinal);
        Assert.EndsWith("; volume dropped: a holiday, or an outage on the customers' side?", unnamed, StringComparison.Ordinal);
    }
}
