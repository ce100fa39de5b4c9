using System.Globalization;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Scheduling;

namespace Analytics.Tests.Scheduling;

/// <summary>Europe/Berlin: clocks go 02:00 → 03:00 on 2026-03-29 and 03:00 → 02:00 on 2026-10-25.</summary>
public sealed class DstTests
{
    private static readonly ScheduleCalendar Daily0230 = new(Job.Detect, new ScheduleSettings("0 30 2 * * ?", "Europe/Berlin"));
    private static readonly ScheduleCalendar WeeklyMonday0800 = new(Job.WeeklyReport, new ScheduleSettings("0 0 8 ? * MON", "Europe/Berlin"));

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static IEnumerable<DateOnly> LocalDates(IEnumerable<DateTimeOffset> occurrences, TimeZoneInfo zone) =>
        occurrences.Select(o => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(o, zone).DateTime));

    [Fact]
    public void Spring_forward_gives_the_swallowed_0230_once_at_the_gap_end()
    {
        var occurrences = Daily0230.Between(Utc("2026-03-27T00:00:00Z"), Utc("2026-03-31T00:00:00Z"));

        Assert.Equal(
            [Utc("2026-03-27T01:30:00Z"), Utc("2026-03-28T01:30:00Z"), Utc("2026-03-29T01:00:00Z"), Utc("2026-03-30T00:30:00Z")],
            occurrences);
        Assert.Equal(occurrences.Count, LocalDates(occurrences, Daily0230.Zone).Distinct().Count());
    }

    [Fact]
    public void Fall_back_gives_the_repeated_0230_once_at_its_first_instance()
    {
        var occurrences = Daily0230.Between(Utc("2026-10-23T00:00:00Z"), Utc("2026-10-27T00:00:00Z"));

        Assert.Equal(
            [Utc("2026-10-23T00:30:00Z"), Utc("2026-10-24T00:30:00Z"), Utc("2026-10-25T00:30:00Z"), Utc("2026-10-26T01:30:00Z")],
            occurrences);
        Assert.DoesNotContain(Utc("2026-10-25T01:30:00Z"), occurrences);
    }

    [Fact]
    public void The_weekly_report_runs_once_each_week_across_both_changes()
    {
        var spring = WeeklyMonday0800.Between(Utc("2026-03-20T00:00:00Z"), Utc("2026-04-07T00:00:00Z"));
        var autumn = WeeklyMonday0800.Between(Utc("2026-10-16T00:00:00Z"), Utc("2026-11-03T00:00:00Z"));

        Assert.Equal([Utc("2026-03-23T07:00:00Z"), Utc("2026-03-30T06:00:00Z"), Utc("2026-04-06T06:00:00Z")], spring);
        Assert.Equal([Utc("2026-10-19T06:00:00Z"), Utc("2026-10-26T07:00:00Z"), Utc("2026-11-02T07:00:00Z")], autumn);
        Assert.All(spring.Concat(autumn), o => Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(o, WeeklyMonday0800.Zone).DateTime)));
    }
}
