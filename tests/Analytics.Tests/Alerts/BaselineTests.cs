using Analytics.Pipeline.Alerts;

namespace Analytics.Tests.Alerts;

public class BaselineTests
{
    // 2026-10-19 is a Monday; the eight Mondays before it are 2026-08-24 .. 2026-10-12.
    private static readonly DateOnly Monday = new(2026, 10, 19);
    private static readonly HashSet<DateOnly> None = [];

    /// <summary>Zero-filled history from <paramref name="first"/> up to the day before <paramref name="day"/>, with overrides.</summary>
    private static Dictionary<DateOnly, int> History(DateOnly first, DateOnly day, int fill, params (DateOnly Day, int Count)[] counts)
    {
        var history = new Dictionary<DateOnly, int>();
        for (var d = first; d < day; d = d.AddDays(1))
        {
            history[d] = fill;
        }
        foreach (var (d, c) in counts)
        {
            history[d] = c;
        }
        return history;
    }

    [Fact]
    public void Median_of_the_same_weekday_over_eight_weeks()
    {
        // Mondays, oldest first: 10, 12, 11, 14, 12, 13, 9, 12 -> sorted 9 10 11 12 12 12 13 14, median 12.
        // Mean 93/8 = 11.625; squared deviations sum 2.640625+0.140625+0.390625+5.640625+0.140625+1.890625
        // +6.890625+0.140625 = 17.875, variance 17.875 / 7 = 2.5536. Other days are 100 and must not count.
        int[] mondays = [10, 12, 11, 14, 12, 13, 9, 12];
        var history = History(Monday.AddDays(-70), Monday, 100,
            mondays.Select((c, i) => (Monday.AddDays(-7 * (8 - i)), c)).ToArray());
        var baseline = Baseline.For(history, Monday, None);
        Assert.Equal(BaselineState.Ready, baseline.State);
        Assert.Equal(BaselineReference.SameWeekday, baseline.Reference);
        Assert.Equal(12, baseline.Median);
        Assert.Equal(11.625, baseline.Mean, 12);
        Assert.Equal(17.875 / 7, baseline.Variance, 12);
        Assert.Equal(8, baseline.ReferenceDays.Count);
        Assert.All(baseline.ReferenceDays, d => Assert.Equal(DayOfWeek.Monday, d.DayOfWeek));
    }

    [Fact]
    public void Zero_filled_holes_count_as_zero_days()
    {
        // The caller zero-fills: Mondays 10, 0, 10, 0, 10, 0, 0, 10 -> sorted 0 0 0 0 10 10 10 10, median 5.
        var history = History(Monday.AddDays(-56), Monday, 0,
            (Monday.AddDays(-56), 10), (Monday.AddDays(-42), 10), (Monday.AddDays(-28), 10), (Monday.AddDays(-7), 10));
        var baseline = Baseline.For(history, Monday, None);
        Assert.Equal(5, baseline.Median);
        Assert.Equal(5, baseline.Mean);
        Assert.Equal(8, baseline.ReferenceDays.Count);
    }

    [Fact]
    public void All_zero_history_gives_a_zero_baseline()
    {
        var baseline = Baseline.For(History(Monday.AddDays(-56), Monday, 0), Monday, None);
        Assert.Equal(BaselineState.Ready, baseline.State);
        Assert.Equal(0, baseline.Median);
        Assert.Equal(0, baseline.Variance);
    }

    [Fact]
    public void A_past_spike_is_left_out_of_the_baseline()
    {
        // Mondays 10 each except 2026-10-12 with 80 (flagged). Without exclusion the 8 values are 7×10 and 80:
        // median 10 but mean 18.75; with it, 7×10: median 10, mean 10, variance 0.
        var spike = Monday.AddDays(-7);
        var history = History(Monday.AddDays(-56), Monday, 10, (spike, 80));
        var kept = Baseline.For(history, Monday, None);
        Assert.Equal(18.75, kept.Mean, 12);
        var excluded = Baseline.For(history, Monday, new HashSet<DateOnly> { spike });
        Assert.Equal(10, excluded.Median);
        Assert.Equal(10, excluded.Mean);
        Assert.Equal(0, excluded.Variance);
        Assert.DoesNotContain(spike, excluded.ReferenceDays);
        Assert.Equal(7, excluded.ReferenceDays.Count);
    }

    [Fact]
    public void Warming_up_with_six_days_of_history()
    {
        var history = History(Monday.AddDays(-6), Monday, 10);
        Assert.Equal(6, history.Count);
        Assert.Equal(BaselineState.WarmingUp, Baseline.For(history, Monday, None).State);
    }

    [Fact]
    public void Seven_days_of_history_fall_back_to_all_earlier_days()
    {
        // One earlier Monday only (< 3), so all 7 earlier days: 1 2 3 4 5 6 7 -> median 4, mean 4,
        // variance (9+4+1+0+1+4+9)/6 = 28/6.
        var history = new Dictionary<DateOnly, int>();
        for (var i = 1; i <= 7; i++)
        {
            history[Monday.AddDays(-8 + i)] = i;
        }
        var baseline = Baseline.For(history, Monday, None);
        Assert.Equal(BaselineState.Ready, baseline.State);
        Assert.Equal(BaselineReference.AllEarlierDays, baseline.Reference);
        Assert.Equal(4, baseline.Median);
        Assert.Equal(28.0 / 6, baseline.Variance, 12);
    }

    [Fact]
    public void Later_days_are_never_read()
    {
        // Data on and after the day itself must not change its baseline.
        var history = History(Monday.AddDays(-56), Monday, 10);
        var before = Baseline.For(history, Monday, None);
        history[Monday] = 500;
        history[Monday.AddDays(7)] = 500;
        var after = Baseline.For(history, Monday, None);
        Assert.Equal(before.Median, after.Median);
        Assert.Equal(before.ReferenceDays, after.ReferenceDays);
    }

    [Fact]
    public void Too_many_flagged_same_weekdays_fall_back_to_all_earlier_days()
    {
        // 3 weeks of history: Mondays -7, -14, -21; two are flagged so only 1 remains (< 3): fall back to the
        // 19 other non-flagged earlier days, all 4 -> median 4.
        var history = History(Monday.AddDays(-21), Monday, 4, (Monday.AddDays(-7), 50), (Monday.AddDays(-14), 50));
        var baseline = Baseline.For(history, Monday, new HashSet<DateOnly> { Monday.AddDays(-7), Monday.AddDays(-14) });
        Assert.Equal(BaselineReference.AllEarlierDays, baseline.Reference);
        Assert.Equal(4, baseline.Median);
        Assert.Equal(19, baseline.ReferenceDays.Count);
    }
}
