using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;

namespace Analytics.Tests.Alerts;

public class SpikeDetectorTests
{
    // 2026-10-19 is a Monday.
    private static readonly DateOnly Monday = new(2026, 10, 19);
    private static readonly SpikeDetector Detector = new(new AlertSettings());

    /// <summary>A ready same-weekday baseline over Mondays with these counts (median, mean, sample variance).</summary>
    private static Baseline Mondays(params int[] counts)
    {
        var history = new Dictionary<DateOnly, int>();
        for (var d = Monday.AddDays(-7 * counts.Length); d < Monday; d = d.AddDays(1))
        {
            history[d] = 0;
        }
        for (var i = 0; i < counts.Length; i++)
        {
            history[Monday.AddDays(-7 * (counts.Length - i))] = counts[i];
        }
        return Baseline.For(history, Monday, new HashSet<DateOnly>());
    }

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
        // Mondays 0,0,0,0,1,1,1,1: median 0.5, mean 0.5, variance 2/7 < mean -> Poisson(0.5).
        // x = 5: P(X >= 5) = 1 - e^-0.5 (1 + 0.5 + 0.125 + 0.02083 + 0.0026) = 1.7e-4 < 0.001; ratio 5/1 = 5;
        // but excess 5 - 0.5 = 4.5 < 5.
        var baseline = Mondays(0, 0, 0, 0, 1, 1, 1, 1);
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
        // Mondays all 100: median 100, variance 0 -> Poisson(100). x = 140: excess 40, ratio 1.4 < 1.5,
        // p = P(X >= 140 | 100) ≈ 1.5e-4 (z = 3.95) < 0.001.
        var baseline = Mondays(100, 100, 100, 100, 100, 100, 100, 100);
        var verdict = Detector.Category("Billing", Monday, 140, baseline, 1);
        Assert.True(verdict.PValue < 0.001);
        Assert.Equal(40, verdict.Excess);
        Assert.Equal(1.4, verdict.Ratio, 12);
        Assert.False(verdict.IsSpike);
        // x = 150: ratio 1.5 exactly, passes.
        Assert.True(Detector.Category("Billing", Monday, 150, baseline, 1).IsSpike);
    }

    [Fact]
    public void Ratio_and_excess_pass_but_p_is_not_small_enough_after_dividing_by_K()
    {
        // Mondays all 4 -> Poisson(4). x = 12: excess 8, ratio 3; P(X >= 12 | 4) = 1 - 0.999085 = 9.15e-4:
        // below 0.001 / 1, above 0.001 / 10.
        var baseline = Mondays(4, 4, 4, 4, 4, 4, 4, 4);
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
        Assert.Empty(day.Spikes); // C0's 12 against 4 has p 9.15e-4 > 0.001 / 10; "New" has no verdict.
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
        // Mondays median 12; 42 / 12 = 3.5, severity 3.
        var verdict = Detector.Category("Payments", Monday, 42, Mondays(11, 12, 12, 13, 12, 10, 14, 12), 8);
        Assert.True(verdict.IsSpike);
        Assert.Equal(3, verdict.Severity);
        Assert.Equal("Payments: 42 tickets today, typical Monday 12 (3.5×)", verdict.Why);
    }

    [Fact]
    public void Over_dispersed_history_makes_the_same_count_less_surprising()
    {
        // Same median 10 twice; the second history varies a lot (variance > mean): negative binomial, larger p.
        var calm = Mondays(10, 10, 10, 10, 10, 10, 10, 10);
        var noisy = Mondays(2, 20, 4, 18, 10, 10, 6, 14);
        var pCalm = Detector.Category("X", Monday, 25, calm, 1).PValue;
        var pNoisy = Detector.Category("X", Monday, 25, noisy, 1).PValue;
        Assert.True(pNoisy > 10 * pCalm, $"{pNoisy} vs {pCalm}");
    }

    [Fact]
    public void A_silent_feed_is_flagged_and_a_quiet_day_is_not()
    {
        // Three categories at 60 a day: total 180 every day, Poisson(180). Today: all zero -> P(X <= 0) = e^-180.
        var silent = new Dictionary<string, IReadOnlyDictionary<DateOnly, int>>
        {
            ["A"] = Flat(60, 0), ["B"] = Flat(60, 0), ["C"] = Flat(60, 0),
        };
        var day = Detector.Judge(Monday, silent, new Dictionary<string, IReadOnlySet<DateOnly>>(), new HashSet<DateOnly>());
        Assert.True(day.Feed.Stopped);
        Assert.Equal(0, day.Feed.Total);
        Assert.Equal("All categories: 0 tickets today, typical Monday 180; the ticket feed may have stopped", day.Feed.Why);

        // A quiet day of 160 (P(X <= 160 | 180) ≈ 0.07) is not a stopped feed.
        var quiet = new Dictionary<string, IReadOnlyDictionary<DateOnly, int>>
        {
            ["A"] = Flat(60, 50), ["B"] = Flat(60, 55), ["C"] = Flat(60, 55),
        };
        Assert.False(Detector.Judge(Monday, quiet, new Dictionary<string, IReadOnlySet<DateOnly>>(), new HashSet<DateOnly>()).Feed.Stopped);
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
}
