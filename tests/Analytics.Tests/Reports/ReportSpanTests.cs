using Analytics.Pipeline.Reports;

namespace Analytics.Tests.Reports;

/// <summary>Report periods: ISO weeks and months as typed on the command line, and the default, the latest complete one.</summary>
public sealed class ReportSpanTests
{
    [Theory]
    [InlineData("2026-W46", "2026-11-09", "2026-11-15")]
    [InlineData("2026-W01", "2025-12-29", "2026-01-04")] // ISO week 1 starts in the calendar year before
    [InlineData("2026-W53", "2026-12-28", "2027-01-03")] // 2026 has 53 ISO weeks
    [InlineData("2021-W01", "2021-01-04", "2021-01-10")]
    public void An_iso_week_runs_monday_to_sunday(string text, string monday, string sunday)
    {
        var week = ReportSpan.ParseWeek(text);

        Assert.Equal((Grain.Week, DateOnly.Parse(monday), DateOnly.Parse(sunday), text), (week.Kind, week.From, week.To, week.Label));
    }

    [Theory]
    [InlineData("2026-46")]
    [InlineData("2026-W7")]
    [InlineData("2026-W00")]
    [InlineData("2025-W53")] // 2025 has 52 ISO weeks
    [InlineData("2026-W54")]
    [InlineData("W46")]
    [InlineData("2026-w46")]
    [InlineData("2026-11-09")]
    [InlineData(" 2026-W46")]
    public void A_bad_week_is_a_usage_error_naming_the_option(string text)
    {
        var error = Assert.Throws<UserInputException>(() => ReportSpan.ParseWeek(text));

        Assert.StartsWith($"--week: '{text}' is not an ISO week", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_runs_from_its_first_to_its_last_day()
    {
        var month = ReportSpan.ParseMonth("2026-02");

        Assert.Equal((Grain.Month, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28), "2026-02", "2026-01"), (month.Kind, month.From, month.To, month.Label, month.Previous.Label));
        Assert.Equal(new DateOnly(2025, 3, 1), month.TrendFrom);
        Assert.Throws<UserInputException>(() => ReportSpan.ParseMonth("2026-13"));
        Assert.Throws<UserInputException>(() => ReportSpan.ParseMonth("2026-1"));
        Assert.Throws<UserInputException>(() => ReportSpan.ParseMonth("2026-W46"));
    }

    [Fact]
    public void The_previous_week_and_the_trend_cross_the_year()
    {
        // 2025 has 52 ISO weeks: eleven weeks before 2026-W02 is 2025-W43.
        var week = ReportSpan.ParseWeek("2026-W02");

        Assert.Equal(("2026-W01", "2025-W43"), (week.Previous.Label, ReportSpan.Week(week.TrendFrom).Label));
    }

    [Theory]
    // Monday 00:30 in Berlin is still Sunday in UTC: the week that has ended depends on the reporting zone.
    [InlineData("2026-11-15T23:30:00Z", "Europe/Berlin", "2026-W46")]
    [InlineData("2026-11-15T23:30:00Z", "UTC", "2026-W45")]
    [InlineData("2026-11-16T00:00:00Z", "UTC", "2026-W46")]
    [InlineData("2026-11-22T22:59:59Z", "Europe/Berlin", "2026-W46")]
    public void The_default_week_is_the_latest_that_has_ended_in_the_reporting_zone(string now, string zone, string expected)
    {
        var week = ReportSpan.LatestComplete(Grain.Week, DateTimeOffset.Parse(now), TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Equal(expected, week.Label);
    }

    [Theory]
    [InlineData("2026-11-30T23:30:00Z", "Europe/Berlin", "2026-11")]
    [InlineData("2026-11-30T23:30:00Z", "UTC", "2026-10")]
    [InlineData("2026-01-15T12:00:00Z", "UTC", "2025-12")]
    public void The_default_month_is_the_latest_that_has_ended_in_the_reporting_zone(string now, string zone, string expected)
    {
        var month = ReportSpan.LatestComplete(Grain.Month, DateTimeOffset.Parse(now), TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Equal(expected, month.Label);
    }
}
