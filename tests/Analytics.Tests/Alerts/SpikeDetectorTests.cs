using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;

namespace Analytics.Tests.Alerts;

public class SpikeDetectorTests
{
    // 2026-10-19 is a Monday.
    private static readonly DateOnly Monday = new(2026, 10, 19);
    private static readonly SpikeDetector Detector = new(new AlertSettings());

    /// <summary>
    /// A ready Monday baseline with typical count <paramref name="mu"/> and dispersion <paramref name="phi"/>, known
    /// exactly (no estimation widening): the model is Poisson(μ) for φ = 0, else a negative binomial with
    /// variance μ + φ μ².
    /// </summary>
    private static Baseline Typical(double mu, double phi = 0) =>
        new(BaselineState.Ready, BaselineReference.SameWeekday, mu, mu, mu, [Monday.AddDays(-7)])
        {
            Weekday = DayOfWeek.Monday,
            Level = mu,
            Dispersion = phi,
        };

    /// <summary>Zero-filled daily counts over 8 weeks before <see cref="Monday"/>, every day <paramref name="typical"/>, plus the day itself.</summary>
    private static Dictionary<DateOnly, int> Flat(int typical, int today)
    {
        var history = new Dictionary<DateOnly, int>();
        for (var d = Monday.AddDays(-56); d < Monday; d = d.AddDays(1))
        {
            history[d] = typical;
        }
        history[Monday] = today;
        return history;
    }

    [Fact]
    public void Tiny_p_but_too_few_extra_tickets_is_not_a_spike()
    {
        // Poisson(0.5). x = 5: P(X >= 5) = 1 - e^-0.5 (1 + 0.5 + 0.125 + 0.02083 + 0.0026) = 1.7e-4 < 0.01 / (3 · 1 + 1)
        // = 0.0025 (K = 1); ratio 5/1 = 5; but excess 5 - 0.5 = 4.5 < 5.
        var baseline = Typical(0.5);
        var verdict = Detector.Category("Payments", Monday, 5, baseline, 1);
        Assert.InRange(verdict.PValue, 1.6e-4, 1.8e-4);
        Assert.Equal(4.5, verdict.Excess);
        Assert.False(verdict.IsSpike);
        // One more ticket: excess 5.5, p = 1.4e-5: a spike.
        Assert.True(Detector.Category("Payments", Monday, 6, baseline, 1).IsSpike);
    }

    [Fact]
    public void Large_excess_but_small_ratio_is_not_a_spike()
    {
        // Poisson(100). x = 140: excess 40, ratio 1.4 < 1.5,
        // p = P(X >= 140 | 100) ≈ 1.5e-4 (z = 3.95) < 0.01 / (3 · 1 + 1) = 0.0025.
        var baseline = Typical(100);
        var verdict = Detector.Category("Billing", Monday, 140, baseline, 1);
        Assert.True(verdict.PValue < 0.0025, $"p = {verdict.PValue}");
        Assert.Equal(40, verdict.Excess);
        Assert.Equal(1.4, verdict.Ratio, 12);
        Assert.False(verdict.IsSpike);
        // x = 150: ratio 1.5 exactly, passes.
        Assert.True(Detector.Category("Billing", Monday, 150, baseline, 1).IsSpike);
    }

    [Fact]
    public void Ratio_and_excess_pass_but_p_is_not_small_enough_after_dividing_by_K()
    {
        // Poisson(4). x = 12: excess 8, ratio 3; P(X >= 12 | 4) = 1 - 0.999085 = 9.15e-4:
        // below 0.01 / (3 · 1 + 1) = 2.5e-3 (K = 1), above 0.01 / (3 · 10 + 1) = 3.2e-4 (K = 10).
        var baseline = Typical(4);
        var alone = Detector.Category("Login", Monday, 12, baseline, 1);
        Assert.InRange(alone.PValue, 9.1e-4, 9.2e-4);
        Assert.True(alone.IsSpike);
        Assert.False(Detector.Category("Login", Monday, 12, baseline, 10).IsSpike);
    }

    [Fact]
    public void K_counts_only_categories_with_a_verdict()
    {
        // Ten categories with 8 weeks of history and one with 3 days (warming up): K = 10.
        var counts = new Dictionary<string, IReadOnlyDictionary<DateOnly, int>>();
        for (var i = 0; i < 10; i++)
        {
            counts[$"C{i}"] = Flat(4, i == 0 ? 12 : 4);
        }
        counts["New"] = new Dictionary<DateOnly, int> { [Monday.AddDays(-3)] = 1, [Monday.AddDays(-2)] = 1, [Monday.AddDays(-1)] = 1, [Monday] = 50 };
        var day = Detector.Judge(Monday, counts, new Dictionary<string, IReadOnlySet<DateOnly>>(), new HashSet<DateOnly>());
        Assert.Equal(10, day.CategoriesChecked);
        // C0's 12 against 4: μ = (32 + 3 · 4) / (8 + 3) = 4 (the prior 4 weighs max(10 / 4, 3) = 3 days), widened
        // by 1 + 1 / 11, so p is a little above
        // Poisson's 9.15e-4 and above 0.01 / (3 · 10 + 1) = 3.2e-4 (with "New" counted, K = 11, it would be
        // 2.9e-4); yesterday and today together, 4 + 12 = 16 against 8, P(X >= 16) ≈ 0.011: not a spike either.
        // "New" has no verdict.
        var c0 = day.Categories.Single(c => c.Category == "C0");
        Assert.Equal(4, c0.Baseline.Median, 9);
        Assert.InRange(c0.PValue, 9.15e-4, 2e-3);
        Assert.Empty(day.Spikes);
        Assert.False(day.Categories.Single(c => c.Category == "New").HasVerdict);
    }

    [Theory]
    [InlineData(1.5, 1)]
    [InlineData(1.99, 1)]
    [InlineData(2.0, 2)]
    [InlineData(2.99, 2)]
    [InlineData(3.0, 3)]
    [InlineData(10.0, 3)]
    public void Severity_grows_with_the_ratio(double ratio, int severity) => Assert.Equal(severity, Severity.Of(ratio));

    [Fact]
    public void A_spike_says_why_in_words()
    {
        // Typical Monday 12; 42 / 12 = 3.5, severity 3.
        var verdict = Detector.Category("Payments", Monday, 42, Typical(12), 8);
        Assert.True(verdict.IsSpike);
        Assert.Equal(3, verdict.Severity);
        Assert.Equal("Payments: 42 tickets today, typical Monday 12 (3.5×)", verdict.Why);
    }

    [Fact]
    public void Over_dispersed_history_makes_the_same_count_less_surprising()
    {
        // Same typical 10 twice; the second is over-dispersed (φ = 0.2: variance 10 + 20 = 30): larger p.
        var calm = Typical(10);
        var noisy = Typical(10, 0.2);
        var pCalm = Detector.Category("X", Monday, 25, calm, 1).PValue;
        var pNoisy = Detector.Category("X", Monday, 25, noisy, 1).PValue;
        Assert.True(pNoisy > 10 * pCalm, $"{pNoisy} vs {pCalm}");
    }

    [Fact]
    public void A_silent_feed_is_flagged_and_a_quiet_day_is_not()
    {
        // Three categories at 60 a day: total 180 every day, typical Monday (8 + 3 days of evidence: the prior
        // weighs max(10 / 180, 3) days) 180, nearly Poisson(180). Today: all zero -> P(X <= 0) ≈ e^-180.
        var silent = new Dictionary<string, IReadOnlyDictionary<DateOnly, int>>
        {
            ["A"] = Flat(60, 0),
            ["B"] = Flat(60, 0),
            ["C"] = Flat(60, 0),
        };
        var day = Detector.Judge(Monday, silent, new Dictionary<string, IReadOnlySet<DateOnly>>(), new HashSet<DateOnly>());
        Assert.True(day.Feed.Stopped);
        Assert.Equal(0, day.Feed.Total);
        Assert.Equal("All categories: 0 tickets today, typical Monday 180; the ticket feed may have stopped", day.Feed.Why);

        // A quiet day of 160 (P(X <= 160 | 180) ≈ 0.08) is neither a stopped feed nor a volume drop.
        var quiet = new Dictionary<string, IReadOnlyDictionary<DateOnly, int>>
        {
            ["A"] = Flat(60, 50),
            ["B"] = Flat(60, 55),
            ["C"] = Flat(60, 55),
        };
        Assert.False(Detector.Judge(Monday, quiet, new Dictionary<string, IReadOnlySet<DateOnly>>(), new HashSet<DateOnly>()).Feed.IsLow);
    }

    [Fact]
    public void An_improbably_low_total_is_a_stopped_feed_near_zero_and_a_volume_drop_above_it()
    {
        // The total of three categories at 60 a day: typical Monday 180, variance 180 · (1 + 1 / 11) = 196.4 (φ = 0,
        // 8 Mondays and the 3 days' prior), K = 3: the gate is 0.01 / (3 · 3 + 1) = 0.001. A stopped feed is at most
        // StopShare = 5 % of 180 = 9 tickets. 9 and 10 tickets are both far in the lower tail (P(X <= 10) ≈ 1e-60);
        // 9 is a stopped feed, 10 (5.6 %) a volume drop. 120 (0.67×) is a drop too: z = (120.5 - 180) / 14.0 = -4.2,
        // P(X <= 120) ≈ 1e-5 < 0.001.
        DayVerdict Total(int today) => Detector.Judge(Monday,
            new Dictionary<string, IReadOnlyDictionary<DateOnly, int>> { ["A"] = Flat(60, today / 3), ["B"] = Flat(60, today / 3), ["C"] = Flat(60, today - 2 * (today / 3)) },
            new Dictionary<string, IReadOnlySet<DateOnly>>(), new HashSet<DateOnly>());

        var nine = Total(9).Feed;
        var ten = Total(10).Feed;
        var drop = Total(120).Feed;

        Assert.Equal(180, nine.Baseline.Median, 9);
        Assert.Equal(0.01 / 10, nine.PGate, 15);
        Assert.True(nine.PValue < 1e-50, $"p = {nine.PValue}");
        Assert.Equal((true, false), (nine.Stopped, nine.Dropped));
        Assert.Equal("All categories: 9 tickets today, typical Monday 180; the ticket feed may have stopped", nine.Why);
        Assert.True(ten.PValue < 1e-50, $"p = {ten.PValue}");
        Assert.Equal((false, true), (ten.Stopped, ten.Dropped));
        Assert.Equal("All categories: 10 tickets today, typical Monday 180 (0.06×); volume dropped: a holiday, or an outage on the customers' side?", ten.Why);
        Assert.InRange(drop.PValue, 1e-7, 1e-4);
        Assert.Equal((false, true), (drop.Stopped, drop.Dropped));
        Assert.Equal("All categories: 120 tickets today, typical Monday 180 (0.67×); volume dropped: a holiday, or an outage on the customers' side?", drop.Why);
    }

    [Fact]
    public void A_day_the_data_does_not_cover_is_neither_judged_nor_a_baseline_day()
    {
        // "A": 10 a day for 8 weeks before Monday, but last Monday (-7) holds 1 ticket: the data starts or stops
        // part-way through it. Left out, the Mondays are 7 × 10 = 70, the pattern (A alone) is flat and known,
        // L = 10, the prior 10 weighs max(10 / 10, 3) = 3 days: μ = (70 + 30) / (7 + 3) = 10.
        // Kept, it would weigh in: S = 71 on 8 Mondays, Monday mean 8.875 against 10 on the other weekdays,
        // F_Mon = 8.875 / ((8.875 + 6 · 10) / 7) = 0.9020 and F_other = 1.0163; L = median of counts / F = 10 / 1.0163
        // = 9.839, prior L · F_Mon = 8.875: μ = (71 + 3 · 8.875) / (8 + 3) = 97.625 / 11 = 8.875.
        var sliver = Monday.AddDays(-7);
        var history = Flat(10, 10);
        history[sliver] = 1;
        var counts = new Dictionary<string, IReadOnlyDictionary<DateOnly, int>> { ["A"] = history };
        var none = new Dictionary<string, IReadOnlySet<DateOnly>>();
        var notCovered = new HashSet<DateOnly> { sliver };

        var covered = Detector.Judge(Monday, counts, none, new HashSet<DateOnly>(), notCovered: notCovered);
        var kept = Detector.Judge(Monday, counts, none, new HashSet<DateOnly>());
        var onTheSliver = Detector.Judge(sliver, counts, none, new HashSet<DateOnly>(), notCovered: notCovered);

        var a = covered.Categories.Single();
        Assert.Equal(10, a.Baseline.Median, 9);
        Assert.DoesNotContain(sliver, a.Baseline.ReferenceDays);
        Assert.DoesNotContain(sliver, covered.Feed.Baseline.ReferenceDays);
        Assert.Equal(8.875, kept.Categories.Single().Baseline.Median, 9);
        // The day itself: no verdict on any category or on the feed, K = 0.
        Assert.True(onTheSliver.NotCovered);
        Assert.Equal(0, onTheSliver.CategoriesChecked);
        var verdict = onTheSliver.Categories.Single();
        Assert.Equal((false, false, 1), (verdict.HasVerdict, verdict.IsSpike, verdict.Count));
        Assert.Equal("A: not covered by the data (a source starts, stops or joins part-way through the day): not judged", verdict.Why);
        Assert.False(onTheSliver.Feed.IsLow);
        // Unless it is the day in progress: its spikes are judged (counts only grow), its total is not.
        var today = Detector.Judge(sliver, counts, none, new HashSet<DateOnly>(), inProgress: true, notCovered: notCovered);
        Assert.False(today.NotCovered);
        Assert.Equal(1, today.CategoriesChecked);
        Assert.True(today.Feed.InProgress);
    }

    [Fact]
    public void A_first_day_the_data_does_not_cover_does_not_count_towards_the_warm_up()
    {
        // Seven days of history, the first of them a sliver the data does not cover: six days, still warming up.
        var history = new Dictionary<DateOnly, int>();
        for (var d = Monday.AddDays(-7); d <= Monday; d = d.AddDays(1))
        {
            history[d] = d == Monday.AddDays(-7) ? 2 : 40;
        }
        var counts = new Dictionary<string, IReadOnlyDictionary<DateOnly, int>> { ["A"] = history };
        var none = new Dictionary<string, IReadOnlySet<DateOnly>>();

        Assert.Equal(1, Detector.Judge(Monday, counts, none, new HashSet<DateOnly>()).CategoriesChecked);
        var day = Detector.Judge(Monday, counts, none, new HashSet<DateOnly>(), notCovered: new HashSet<DateOnly> { Monday.AddDays(-7) });
        Assert.Equal(0, day.CategoriesChecked);
        Assert.Equal(BaselineState.WarmingUp, day.Categories.Single().Baseline.State);
    }

    [Fact]
    public void Warming_up_category_gets_no_verdict()
    {
        var history = new Dictionary<DateOnly, int>();
        for (var d = Monday.AddDays(-6); d <= Monday; d = d.AddDays(1))
        {
            history[d] = d == Monday ? 100 : 1;
        }
        var day = Detector.Judge(Monday, new Dictionary<string, IReadOnlyDictionary<DateOnly, int>> { ["A"] = history },
            new Dictionary<string, IReadOnlySet<DateOnly>>(), new HashSet<DateOnly>());
        Assert.Equal(0, day.CategoriesChecked);
        Assert.Empty(day.Spikes);
        Assert.False(day.Feed.Stopped);
    }

    [Fact]
    public void A_sparse_category_is_judged_against_its_rate_not_a_zero_median()
    {
        // "Sparse" has 2 tickets each Tuesday and Friday, none otherwise; "Busy" has 60 every day, so the weekly
        // pattern of all tickets is flat except Tuesday and Friday (62 vs 60): F_Mon = 60 / 60.571 = 0.99057.
        // Sparse's median is 0, so its level is the mean of counts / F: (8 · 2 / 1.02358 + 8 · 2 / 1.02358) / 56
        // = 0.55819; Monday: no own tickets, μ = 10 / (8 + 10 / (0.55819 · 0.99057)) = 10 / 26.0852 = 0.38336.
        // 5 tickets: 4.62 above it (< MinExcess 5), not a spike, although P(X >= 5) is tiny; 6 tickets: a spike.
        var sparse = new Dictionary<DateOnly, int>();
        for (var d = Monday.AddDays(-56); d < Monday; d = d.AddDays(1))
        {
            sparse[d] = d.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Friday ? 2 : 0;
        }
        DayVerdict Judge(int today)
        {
            var counts = new Dictionary<string, IReadOnlyDictionary<DateOnly, int>>
            {
                ["Sparse"] = new Dictionary<DateOnly, int>(sparse) { [Monday] = today },
                ["Busy"] = Flat(60, 60),
            };
            return Detector.Judge(Monday, counts, new Dictionary<string, IReadOnlySet<DateOnly>>(), new HashSet<DateOnly>());
        }
        var five = Judge(5).Categories.Single(c => c.Category == "Sparse");
        Assert.Equal(0.38336, five.Baseline.Median, 4);
        // K = 2: the p gate is 0.01 / (3 · 2 + 1) = 1.43e-3.
        Assert.True(five.PValue < 0.01 / 7, $"p = {five.PValue}");
        Assert.Equal(5 - 0.38336, five.Excess, 4);
        Assert.False(five.IsSpike);
        Assert.True(Judge(6).Categories.Single(c => c.Category == "Sparse").IsSpike);
    }

    [Fact]
    public void A_day_in_progress_is_not_judged_for_a_stopped_feed()
    {
        // The same silent Monday as above (P(X <= 0) ≈ e^-180), but the day is not over: no verdict on the feed.
        var silent = new Dictionary<string, IReadOnlyDictionary<DateOnly, int>> { ["A"] = Flat(60, 0), ["B"] = Flat(60, 0), ["C"] = Flat(60, 0) };
        var day = Detector.Judge(Monday, silent, new Dictionary<string, IReadOnlySet<DateOnly>>(), new HashSet<DateOnly>(), inProgress: true);
        Assert.False(day.Feed.Stopped);
        Assert.True(day.Feed.InProgress);
        Assert.Equal("All categories: 0 tickets so far today, typical Monday 180; the day is not over, so the feed is not judged yet", day.Feed.Why);
        // A spike is still a spike on a day in progress: counts only grow.
        var burst = new Dictionary<string, IReadOnlyDictionary<DateOnly, int>> { ["A"] = Flat(60, 200), ["B"] = Flat(60, 0), ["C"] = Flat(60, 0) };
        Assert.Single(Detector.Judge(Monday, burst, new Dictionary<string, IReadOnlySet<DateOnly>>(), new HashSet<DateOnly>(), inProgress: true).Spikes);
    }

    [Fact]
    public void A_source_joining_later_starts_the_category_again_instead_of_alerting()
    {
        // "Returns": source A since 8 weeks before, 6 a day; source B joins on Monday with 15 more a day.
        // Against the old level (μ = (48 + 10) / (8 + 10 / 6) = 6) the 21 tickets are a spike (3.5×). With the
        // feeds known, Returns' history starts on B's first day: warming up, no verdict.
        var history = new Dictionary<DateOnly, int>();
        for (var d = Monday.AddDays(-56); d < Monday; d = d.AddDays(1))
        {
            history[d] = 6;
        }
        history[Monday] = 21;
        var counts = new Dictionary<string, IReadOnlyDictionary<DateOnly, int>> { ["Returns"] = history };
        var none = new Dictionary<string, IReadOnlySet<DateOnly>>();
        var unaware = Detector.Judge(Monday, counts, none, new HashSet<DateOnly>()).Categories.Single();
        Assert.Equal(6, unaware.Baseline.Median, 9);
        Assert.True(unaware.IsSpike);
        var starts = new HistoryStarts([
            new SourceFeed("Returns", "A", Monday.AddDays(-56), Monday.AddDays(-56)),
            new SourceFeed("Returns", "B", Monday, Monday),
        ]);
        var aware = Detector.Judge(Monday, counts, none, new HashSet<DateOnly>(), starts).Categories.Single();
        Assert.False(aware.HasVerdict);
        Assert.False(aware.IsSpike);
    }
}
