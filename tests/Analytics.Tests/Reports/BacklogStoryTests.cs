using Analytics.Pipeline.Kpis;
using Analytics.Pipeline.Reports;
using Analytics.Tests.Support;
using Period = Analytics.Pipeline.Reports.BacklogStory.Period;
using SourceStart = Analytics.Pipeline.Reports.BacklogStory.SourceStart;

namespace Analytics.Tests.Reports;

/// <summary>The backlog's sentence on page 1 and in the email, from the trend periods' figures.</summary>
public class BacklogStoryTests
{
    private static List<Period> Weeks(params long[] backlog) =>
        [.. backlog.Select((b, i) => new Period($"2026-W{30 + i}", 100 + i, 90 + i, b))];

    [Fact]
    public void A_run_that_started_inside_the_trend_counts_its_periods_and_the_change_since_the_one_before_it()
    {
        // Down, then up three weeks in a row from 400 (W31) to 500: +25%.
        var sentence = BacklogStory.Sentence(Weeks(420, 400, 420, 450, 500), Grain.Week, []);

        Assert.Equal("Backlog 500, up for the 3rd week in a row (+25% since 2026-W31): 104 created vs 94 solved", sentence);
    }

    [Fact]
    public void A_run_as_long_as_the_trend_says_since_its_first_period()
    {
        // 594 to 1,348: +126.9%, shown as +127%.
        var sentence = BacklogStory.Sentence(Weeks(594, 612, 618, 1348), Grain.Week, []);

        Assert.Equal("Backlog 1,348, up every week since 2026-W30 (+127%): 103 created vs 93 solved", sentence);
    }

    [Fact]
    public void One_period_a_fall_and_no_change_have_sentences_of_their_own()
    {
        Assert.Equal("Backlog 380, down this week (-20, -5.0%): 103 created vs 93 solved",
            BacklogStory.Sentence(Weeks(300, 350, 400, 380), Grain.Week, []));
        Assert.Equal("Backlog 300, down for the 2nd month in a row (-25% since 2026-W31): 103 created vs 93 solved",
            BacklogStory.Sentence(Weeks(280, 400, 350, 300), Grain.Month, []));
        Assert.Equal("Backlog 400, unchanged: 102 created vs 92 solved", BacklogStory.Sentence(Weeks(380, 400, 400), Grain.Week, []));
        // From an empty backlog the change has no percentage.
        Assert.Equal("Backlog 12, up this week (+12): 101 created vs 91 solved",
            BacklogStory.Sentence([new Period("2026-W30", 0, 0, 0), new Period("2026-W31", 5, 5, 0), new Period("2026-W32", 101, 91, 12)], Grain.Week, []));
    }

    [Fact]
    public void Periods_before_the_first_data_are_not_part_of_a_run_and_no_data_gives_no_sentence()
    {
        var trend = new List<Period> { new("2026-W30", 0, 0, 0), new("2026-W31", 0, 0, 0), new("2026-W32", 40, 10, 30), new("2026-W33", 50, 20, 60) };

        Assert.Equal("Backlog 60, up this week (+30, +100%): 50 created vs 20 solved", BacklogStory.Sentence(trend, Grain.Week, []));
        Assert.Equal("Backlog 30: 40 created vs 10 solved", BacklogStory.Sentence(trend[..3], Grain.Week, []));
        Assert.Null(BacklogStory.Sentence(trend[..2], Grain.Week, []));
    }

    [Fact]
    public void A_source_that_began_within_the_run_is_named_and_one_before_it_is_not()
    {
        var starts = new[] { new SourceStart("helpdesk", "2026-W30"), new SourceStart("zendesk", "2026-W33"), new SourceStart("freshdesk", "2026-W32") };

        // The run: W32 to W34 (from W31's 400); W32 and W33 are in it, W30 is not.
        Assert.Equal("Backlog 600, up for the 3rd week in a row (+50% since 2026-W31): 104 created vs 94 solved (freshdesk began in 2026-W32; zendesk began in 2026-W33)",
            BacklogStory.Sentence(Weeks(450, 400, 450, 500, 600), Grain.Week, starts));
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(112, "112th")]
    public void Ordinals(int n, string expected) => Assert.Equal(expected, BacklogStory.Ordinal(n));

    [Fact]
    public void The_sample_weeks_report_opens_with_the_backlogs_run_from_the_kpi_table()
    {
        using var db = SampleWarehouse.Canonical.OpenReadOnly();
        var period = ReportSpan.ParseWeek("2026-W46");
        var model = new ReportBuilder(db, SampleWarehouse.Canonical.Settings).Build(period);

        // By hand from the weekly KPI table of the trend (2026-W35 to 2026-W46): the backlog at each week's end, and
        // the created, solved and backlog of W46.
        var weeks = KpiRows.Of(new KpiEngine(db, SampleWarehouse.Canonical.Settings.Reporting.TimeZone)
            .Table(new KpiRequest(period.TrendFrom, period.To, Grain.Week, null, HoursBasis.Calendar)));
        var backlog = weeks.Select(w => w.Count("backlog_end")).ToList();
        var rises = Enumerable.Range(1, backlog.Count - 1).Reverse().TakeWhile(i => backlog[i] > backlog[i - 1]).Count();
        var from = backlog[^(rises + 1)];
        var now = weeks[^1];
        var expected = rises == backlog.Count - 1
            ? $"Backlog {now.Count("backlog_end"):N0}, up every week since {PeriodLabel.Of(weeks[0].Start, Grain.Week)} ({Math.Round((now.Count("backlog_end") - from) * 100.0 / from):+0}%): "
            : $"Backlog {now.Count("backlog_end"):N0}, up for the {BacklogStory.Ordinal(rises)} week in a row ({Math.Round((now.Count("backlog_end") - from) * 100.0 / from):+0}% since {PeriodLabel.Of(weeks[^(rises + 1)].Start, Grain.Week)}): ";
        expected += $"{now.Count("tickets_created"):N0} created vs {now.Count("tickets_solved"):N0} solved";

        Assert.StartsWith(expected, model.WhatHappened[0], StringComparison.Ordinal);
        // The canonical sample's backlog grew in each of its last 6 weeks.
        Assert.Equal(6, rises);
    }
}
