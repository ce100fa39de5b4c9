using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;

namespace Analytics.Tests.Alerts;

/// <summary>
/// The multi-day check (docs/alerts.md, "Gates"): the sum of the last 2 or 3 days against the sum of their
/// typical counts, at the same gates as a single day, only when the day itself is above its typical count.
/// </summary>
public class SpikeWindowTests
{
    // 2026-10-19 is a Monday.
    private static readonly DateOnly Monday = new(2026, 10, 19);
    private static readonly DateOnly Sunday = Monday.AddDays(-1);
    private static readonly DateOnly Saturday = Monday.AddDays(-2);
    private static readonly SpikeDetector Detector = new(new AlertSettings());
    private static readonly Dictionary<string, IReadOnlySet<DateOnly>> NoSpikes = [];

    /// <summary>
    /// One category, "Login", 4 tickets every day for 9 weeks before <see cref="Monday"/>, then the given days.
    /// It is the only category: K = 1, and each test passes at p &lt; Alpha / (3K + 1) = 0.01 / 4 = 0.0025.
    /// Any of the days' baselines: every weekday's own count is 4 and the level (a median, which a day or two
    /// cannot move) times the weekday factor is 4 as well; the weekly pattern is known (9 weeks), so the prior
    /// weighs max(10 / 4, 3) = 3 days: μ = (32 + 3 · 4) / (8 + 3) = 4 for every weekday, resting on n = 11 days;
    /// the residuals give a negative dispersion, so φ = 0: each day is scored against mean 4, variance
    /// 4 · (1 + 1 / 11) = 4.364, and a sum of d days against mean 4d, variance 4.364 d (a negative binomial with
    /// those moments: r = (4d)² / (0.364 d) = 44 d).
    /// </summary>
    private static Dictionary<string, IReadOnlyDictionary<DateOnly, int>> Login(params (DateOnly Day, int Count)[] days)
    {
        var history = new Dictionary<DateOnly, int>();
        for (var d = Monday.AddDays(-63); d < Monday; d = d.AddDays(1))
        {
            history[d] = 4;
        }
        foreach (var (day, count) in days)
        {
            history[day] = count;
        }
        return new() { ["Login"] = history };
    }

    private static CategoryVerdict Judge(DateOnly day, Dictionary<string, IReadOnlyDictionary<DateOnly, int>> counts, IReadOnlyDictionary<string, IReadOnlySet<DateOnly>>? pastSpikes = null)
    {
        var upTo = counts.ToDictionary(c => c.Key, c => (IReadOnlyDictionary<DateOnly, int>)c.Value.Where(e => e.Key <= day).ToDictionary());
        var verdict = Detector.Judge(day, upTo, pastSpikes ?? NoSpikes, new HashSet<DateOnly>());
        Assert.Equal(1, verdict.CategoriesChecked);
        return verdict.Categories.Single();
    }

    [Fact]
    public void The_per_test_gate_shares_Alpha_over_three_tests_per_category_and_the_total()
    {
        // 0.01 / (3 · 30 + 1) = 1.0989e-4; with no category judged only the total: 0.01 / 1.
        Assert.Equal(0.01 / 91, Detector.PerTest(30), 15);
        Assert.Equal(0.01, Detector.PerTest(0), 15);
        Assert.Equal(0.01 / 31, new SpikeDetector(new AlertSettings()) { WindowDays = 1 }.PerTest(30), 15);
    }

    [Fact]
    public void Two_days_together_are_a_spike_where_neither_day_alone_is()
    {
        // 10 on Sunday and 10 on Monday against 4 each: alone P(X >= 10) = 1 - Σ_{k<10} NB(k; r 44, mean 4) = 0.01129
        // > 0.0025 (excess 6, ratio 2.5 pass; the p gate does not). Together 20 against 8, variance 8.727 (r 88):
        // P(X >= 20) = 5.07e-4 < 0.0025, excess 12, ratio 2.5 (severity 2), and Monday's 10 is above its typical 4.
        var counts = Login((Sunday, 10), (Monday, 10));
        var sunday = Judge(Sunday, counts);
        Assert.False(sunday.IsSpike);
        Assert.Equal(0.01129, sunday.PValue, 4);
        var monday = Judge(Monday, counts);
        Assert.True(monday.IsSpike);
        Assert.Equal(2, monday.Days);
        Assert.Equal(20, monday.WindowCount);
        Assert.Equal(8, monday.WindowTypical, 9);
        Assert.Equal(5.07e-4, monday.PValue, 5);
        Assert.Equal(12, monday.Excess, 9);
        Assert.Equal(2.5, monday.Ratio, 9);
        Assert.Equal(2, monday.Severity);
        Assert.Equal(10, monday.Count);
        Assert.Equal("Login: 10 tickets today and 10 yesterday, typical Monday 4 and Sunday 4 (2.5× over 2 days)", monday.Why);
    }

    [Fact]
    public void Three_days_together_are_a_spike_where_two_are_not()
    {
        // 8, 8, 9 on Saturday, Sunday, Monday against 4 each. Monday alone: P(X >= 9) = 0.0268; Sunday and Monday:
        // 17 against 8, P(X >= 17) = 0.0055; all three: 25 against 12, variance 13.09 (r 132), P(X >= 25) = 1.20e-3
        // < 0.0025, excess 13, ratio 25 / 12 = 2.08. Sunday (8 + 8 and 4 + 8 + 8) is not a spike.
        var counts = Login((Saturday, 8), (Sunday, 8), (Monday, 9));
        Assert.False(Judge(Sunday, counts).IsSpike);
        var monday = Judge(Monday, counts);
        Assert.True(monday.IsSpike);
        Assert.Equal(3, monday.Days);
        Assert.Equal(25, monday.WindowCount);
        Assert.Equal(1.20e-3, monday.PValue, 5);
        Assert.Equal(13, monday.Excess, 9);
        Assert.Equal("Login: 9 tickets today, 8 yesterday and 8 the day before, typical Monday 4, Sunday 4 and Saturday 4 (2.1× over 3 days)", monday.Why);
        // Single days only: no spike.
        var single = new SpikeDetector(new AlertSettings()) { WindowDays = 1 };
        Assert.Empty(single.Judge(Monday, counts, NoSpikes, new HashSet<DateOnly>()).Spikes);
    }

    [Fact]
    public void A_window_needs_the_day_itself_above_its_typical_count_and_no_day_already_flagged()
    {
        // Sunday 18, Monday 4: together 22 against 8 (P(X >= 22) = 8.6e-5, excess 14, ratio 2.75), but Monday's 4
        // is not above its typical 4: the alert would be about yesterday, not today. No spike.
        var quietToday = Judge(Monday, Login((Sunday, 18), (Monday, 4)));
        Assert.False(quietToday.IsSpike);
        Assert.Equal(1, quietToday.Days);
        // Monday 5 (above 4): 23 against 8, P(X >= 23) = 3.3e-5: a spike over 2 days, although Monday alone is
        // only 1 above its typical count.
        var counts = Login((Sunday, 18), (Monday, 5));
        var aboveToday = Judge(Monday, counts);
        Assert.True(aboveToday.IsSpike);
        Assert.Equal(2, aboveToday.Days);
        // Once Sunday has been flagged (as it would have been on Sunday: 18 against 4 alone), it is not judged again.
        var flagged = new Dictionary<string, IReadOnlySet<DateOnly>> { ["Login"] = new HashSet<DateOnly> { Sunday } };
        Assert.False(Judge(Monday, counts, flagged).IsSpike);
    }

    [Fact]
    public void A_replay_leaves_every_day_of_a_window_out_of_later_baselines()
    {
        // The 8, 8, 9 of above, replayed from Saturday to Tuesday (4): only Monday alerts, over 3 days; Tuesday's
        // baseline leaves out Saturday, Sunday and Monday.
        var counts = Login((Saturday, 8), (Sunday, 8), (Monday, 9), (Monday.AddDays(1), 4))
            .ToDictionary(c => c.Key, c => c.Value);
        var days = SpikeReplay.Run(Detector, counts, Saturday, Monday.AddDays(1));
        var spike = Assert.Single(days.SelectMany(d => d.Spikes));
        Assert.Equal((Monday, 3), (spike.Day, spike.Days));
        var tuesday = days[^1].Categories.Single().Baseline;
        Assert.DoesNotContain(Saturday, tuesday.ReferenceDays);
        Assert.DoesNotContain(Sunday, tuesday.ReferenceDays);
        Assert.DoesNotContain(Monday, tuesday.ReferenceDays);
        Assert.Equal(53, tuesday.ReferenceDays.Count);
    }
}
