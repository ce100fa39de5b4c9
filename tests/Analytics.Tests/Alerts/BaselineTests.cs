using Analytics.Pipeline.Alerts;

namespace Analytics.Tests.Alerts;

public class BaselineTests
{
    // 2026-10-19 is a Monday; the eight weeks before it are 2026-08-24 (a Monday) .. 2026-10-18.
    private static readonly DateOnly Monday = new(2026, 10, 19);
    private static readonly HashSet<DateOnly> None = [];
    private static readonly double[] Flat = [1, 1, 1, 1, 1, 1, 1];

    /// <summary>History from <paramref name="first"/> up to the day before <paramref name="day"/>, each day from <paramref name="count"/>.</summary>
    private static Dictionary<DateOnly, int> History(DateOnly first, DateOnly day, Func<DateOnly, int> count)
    {
        var history = new Dictionary<DateOnly, int>();
        for (var d = first; d < day; d = d.AddDays(1))
        {
            history[d] = count(d);
        }
        return history;
    }

    [Fact]
    public void Weekday_pattern_and_level_from_all_days_of_eight_weeks()
    {
        // Mondays 14, Saturdays 0, every other day 7. Weekday means 14, 7 (x5), 0: their average is 49 / 7 = 7,
        // so F = Mon 2, Tue-Fri and Sun 1, Sat 0.01 (the floor). Counts / F: 48 days at 7 and 8 Saturdays at 0:
        // median L = 7. Monday: S = 8 × 14 = 112 tickets on 8 days, prior L · F = 14; the pattern is known, so it
        // weighs max(10 / 14, 3) = 3 days: μ = (112 + 3 · 14) / (8 + 3) = 154 / 11 = 14, evidence 11. Every day
        // equals its typical count (Saturday's prior 0.07 weighs max(10 / 0.07, 3) = 142.9 days: 10 / 150.9 =
        // 0.066), so Σ((x - e)² - e) < 0: Poisson (φ = 0).
        // Mean (8·14 + 40·7) / 56 = 7; variance (8·49 + 8·49) / 55 = 784 / 55.
        var history = History(Monday.AddDays(-70), Monday, d => d.DayOfWeek switch
        {
            DayOfWeek.Monday => 14,
            DayOfWeek.Saturday => 0,
            _ => 7,
        });
        var baseline = Baseline.For(history, Monday, None);
        Assert.Equal(BaselineState.Ready, baseline.State);
        Assert.Equal(BaselineReference.SameWeekday, baseline.Reference);
        Assert.Equal(DayOfWeek.Monday, baseline.Weekday);
        Assert.Equal(7, baseline.Level, 9);
        Assert.Equal(14, baseline.Median, 9);
        Assert.Equal(11, baseline.Evidence, 9);
        Assert.Equal(0, baseline.Dispersion);
        Assert.Equal(7, baseline.Mean, 12);
        Assert.Equal(784.0 / 55, baseline.Variance, 12);
        // Only the last 8 weeks count: 56 reference days, the earliest 2026-08-24.
        Assert.Equal(56, baseline.ReferenceDays.Count);
        Assert.Equal(Monday.AddDays(-56), baseline.ReferenceDays[0]);
    }

    [Fact]
    public void Dispersion_by_moments_over_all_reference_days()
    {
        // Alternating 5 and 15 over 56 days: each weekday has four of each, S_w = 80 on 8 days. L = median 10; a
        // pattern is given, so the prior 10 weighs max(10 / 10, 3) = 3 days: μ = (80 + 3 · 10) / (8 + 3) = 10,
        // evidence 11. Each day: (x - e)² - e = 25 - 10 = 15, Σ = 56 · 15 = 840; Σ e² = 56 · 100 = 5600;
        // φ = 840 / 5600 · 56 / (56 - 8) = 0.15 · 7 / 6 = 0.175.
        var start = Monday.AddDays(-56);
        var history = History(start, Monday, d => (d.DayNumber - start.DayNumber) % 2 == 0 ? 5 : 15);
        var baseline = Baseline.For(history, Monday, None, Flat);
        Assert.Equal(10, baseline.Median, 9);
        Assert.Equal(11, baseline.Evidence, 9);
        Assert.Equal(0.175, baseline.Dispersion, 9);
        // The model: mean 10, variance (10 + 0.175 · 100) · (1 + 1/11) = 27.5 · 12 / 11 = 30.
        var model = CountModel.From(baseline);
        Assert.Equal(10, model.Mean, 9);
        Assert.Equal(30, model.Variance, 9);
    }

    [Fact]
    public void Days_without_data_are_not_reference_days_and_zero_days_count_as_zero()
    {
        // 10 a day, except a week without data (days -20..-14, absent, including Monday -14) and Monday -7 at 0
        // (a real day without tickets). 49 reference days, median 10 = L. Mondays present: -7 (0), -21 .. -56
        // (6 × 10): S = 60 on 7 days; the prior 10 weighs max(10 / 10, 3) = 3 days: μ = (60 + 30) / (7 + 3) = 9.
        var history = History(Monday.AddDays(-56), Monday, d => d == Monday.AddDays(-7) ? 0 : 10);
        for (var i = 14; i <= 20; i++)
        {
            history.Remove(Monday.AddDays(-i));
        }
        var baseline = Baseline.For(history, Monday, None, Flat);
        Assert.Equal(49, baseline.ReferenceDays.Count);
        Assert.DoesNotContain(Monday.AddDays(-14), baseline.ReferenceDays);
        Assert.Contains(Monday.AddDays(-7), baseline.ReferenceDays);
        Assert.Equal(10, baseline.Level, 9);
        Assert.Equal(9, baseline.Median, 9);
        Assert.Equal(10, baseline.Evidence, 9);
    }

    [Fact]
    public void All_zero_history_gives_a_zero_baseline()
    {
        var baseline = Baseline.For(History(Monday.AddDays(-56), Monday, _ => 0), Monday, None);
        Assert.Equal(BaselineState.Ready, baseline.State);
        Assert.Equal(0, baseline.Median);
        Assert.Equal(0, baseline.Variance);
        // The model never centres on 0: a ticket would be impossible.
        Assert.Equal(CountModel.ZeroFloor, CountModel.From(baseline).Mean);
    }

    [Fact]
    public void A_past_spike_is_left_out_of_the_baseline()
    {
        // 10 a day, Monday -7 at 80. Kept: Mondays S = 7 · 10 + 80 = 150 on 8 days, L still 10 (median), the prior
        // weighing max(10 / 10, 3) = 3 days: μ = (150 + 30) / (8 + 3) = 16.36. Left out (flagged): S = 70 on 7 days,
        // μ = (70 + 30) / (7 + 3) = 10, and every day is exactly typical: φ = 0.
        var spike = Monday.AddDays(-7);
        var history = History(Monday.AddDays(-56), Monday, d => d == spike ? 80 : 10);
        var kept = Baseline.For(history, Monday, None, Flat);
        Assert.Equal(180.0 / 11, kept.Median, 9);
        Assert.True(kept.Dispersion > 0, $"dispersion {kept.Dispersion}");
        var excluded = Baseline.For(history, Monday, new HashSet<DateOnly> { spike }, Flat);
        Assert.Equal(10, excluded.Median, 9);
        Assert.Equal(0, excluded.Dispersion);
        Assert.DoesNotContain(spike, excluded.ReferenceDays);
        Assert.Equal(55, excluded.ReferenceDays.Count);
    }

    [Fact]
    public void A_sparse_category_has_a_rate_not_a_zero_median()
    {
        // 2 tickets each Tuesday and Friday, none otherwise: 16 days of 2, 40 of 0, median 0. The level is the
        // mean instead: 32 / 56 = 0.5714. Monday: no own tickets on 8 days, prior 0.5714 worth 10 tickets, which
        // is 17.5 days, more than the 3 days' least: μ = (0 + 10) / (8 + 10 / 0.5714) = 10 / 25.5 = 0.39216.
        var history = History(Monday.AddDays(-56), Monday, d => d.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Friday ? 2 : 0);
        var baseline = Baseline.For(history, Monday, None, Flat);
        Assert.Equal(32.0 / 56, baseline.Level, 9);
        Assert.Equal(10 / 25.5, baseline.Median, 9);
    }

    [Fact]
    public void A_busy_categorys_weekday_is_not_set_by_one_low_day()
    {
        // 250 tickets every day for 8 weeks, but the only Monday left in its reference days holds 5 (the other
        // seven were flagged). L = 250 (median), the pattern is given (flat), so the Monday prior is 250, weighing
        // max(10 / 250, 3) = 3 days: μ = (5 + 3 · 250) / (1 + 3) = 755 / 4 = 188.75 on 4 days' evidence; a usual
        // Monday of 250 is 1.32× that, under MinRatio 1.5. With 10 tickets' worth alone (0.04 days) the one low day
        // would set it: (5 + 10) / (1 + 0.04) = 14.42.
        var lonely = Monday.AddDays(-7);
        var history = History(Monday.AddDays(-56), Monday, d => d == lonely ? 5 : 250);
        var flagged = Enumerable.Range(2, 7).Select(w => Monday.AddDays(-7 * w)).ToHashSet();

        var baseline = Baseline.For(history, Monday, flagged, Flat);

        Assert.Equal(250, baseline.Level, 9);
        Assert.Equal(755.0 / 4, baseline.Median, 9);
        Assert.Equal(4, baseline.Evidence, 9);
        // While the weekly pattern is not known yet, L · F_w is the same for every weekday and only the 10 tickets
        // weigh: (5 + 10) / (1 + 10 / 250) = 14.423.
        Assert.Equal(15 / 1.04, Baseline.For(history, Monday, flagged, Baseline.UnknownPattern).Median, 9);
    }

    [Fact]
    public void Warming_up_with_six_days_of_history()
    {
        var history = History(Monday.AddDays(-6), Monday, _ => 10);
        Assert.Equal(6, history.Count);
        Assert.Equal(BaselineState.WarmingUp, Baseline.For(history, Monday, None).State);
    }

    [Fact]
    public void Under_three_of_each_weekday_there_is_no_weekly_pattern_yet()
    {
        // 7 days, 1 .. 7 (Monday -7 has 1): no weekday has 3 days, so F = 1 and the baseline is "typical day".
        // L = median 4; the pattern is not known, so the prior weighs only its 10 tickets (2.5 days), not 3 days:
        // Monday: S = 1 on 1 day, μ = (1 + 10) / (1 + 10 / 4) = 11 / 3.5 = 3.142857.
        // Variance (9 + 4 + 1 + 0 + 1 + 4 + 9) / 6 = 28 / 6; too few days for a dispersion (needs more than 8).
        var history = History(Monday.AddDays(-7), Monday, d => d.DayNumber - Monday.AddDays(-8).DayNumber);
        Assert.Equal(Flat, Baseline.WeeklyPattern(history, Monday, None));
        var baseline = Baseline.For(history, Monday, None);
        Assert.Equal(BaselineState.Ready, baseline.State);
        Assert.Equal(BaselineReference.AllEarlierDays, baseline.Reference);
        Assert.Equal(4, baseline.Level);
        Assert.Equal(11 / 3.5, baseline.Median, 9);
        Assert.Equal(28.0 / 6, baseline.Variance, 12);
        Assert.Equal(0, baseline.Dispersion);
    }

    [Fact]
    public void A_young_history_levels_at_least_at_its_mean_since_its_weekly_pattern_is_not_known_yet()
    {
        // One week, Monday to Sunday: 7, 1, 1, 5, 5, 1, 1 (busy and quiet days mixed, no pattern yet: F = 1).
        // The median is 1, the quiet days' level; the level is the mean instead: 21 / 7 = 3.
        // Monday: S = 7 on 1 day, μ = (7 + 10) / (1 + 10 / 3) = 17 / (13 / 3) = 51 / 13 = 3.923077.
        int[] week = [7, 1, 1, 5, 5, 1, 1];
        var history = History(Monday.AddDays(-7), Monday, d => week[d.DayNumber - Monday.AddDays(-7).DayNumber]);
        var baseline = Baseline.For(history, Monday, None);
        Assert.Equal(BaselineReference.AllEarlierDays, baseline.Reference);
        Assert.Equal(3, baseline.Level, 12);
        Assert.Equal(51.0 / 13, baseline.Median, 9);
    }

    [Fact]
    public void Later_days_are_never_read()
    {
        // Data on and after the day itself must not change its baseline.
        var history = History(Monday.AddDays(-56), Monday, _ => 10);
        var before = Baseline.For(history, Monday, None);
        history[Monday] = 500;
        history[Monday.AddDays(7)] = 500;
        var after = Baseline.For(history, Monday, None);
        Assert.Equal(before.Median, after.Median);
        Assert.Equal(before.Dispersion, after.Dispersion);
        Assert.Equal(before.ReferenceDays, after.ReferenceDays);
    }
}
