using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;

namespace Analytics.Tests.Alerts;

public class SpikeReplayTests
{
    private static readonly DateOnly Start = new(2026, 8, 3); // a Monday
    private static readonly SpikeDetector Detector = new(new AlertSettings());

    /// <summary>12 weeks of one category: 10 a day (Mondays 12), with a 60 on the given days.</summary>
    private static Dictionary<string, IReadOnlyDictionary<DateOnly, int>> Counts(int days, params DateOnly[] spikes)
    {
        var history = new Dictionary<DateOnly, int>();
        for (var i = 0; i < days; i++)
        {
            var d = Start.AddDays(i);
            history[d] = spikes.Contains(d) ? 60 : d.DayOfWeek == DayOfWeek.Monday ? 12 : 10;
        }
        return new() { ["Payments"] = history, ["Other"] = history.ToDictionary(e => e.Key, _ => 20) };
    }

    [Fact]
    public void Adding_future_data_does_not_change_an_earlier_verdict()
    {
        var spike = Start.AddDays(70); // Monday, week 11
        var from = Start.AddDays(56);
        var to = Start.AddDays(76);
        var short_ = SpikeReplay.Run(Detector, Counts(77, spike), from, to);
        // Same past, plus 4 more weeks with other values, including another burst.
        var longer = Counts(77, spike);
        var extended = new Dictionary<DateOnly, int>(longer["Payments"]);
        for (var i = 77; i < 105; i++)
        {
            extended[Start.AddDays(i)] = i % 3 == 0 ? 90 : 0;
        }
        longer["Payments"] = extended;
        var long_ = SpikeReplay.Run(Detector, longer, from, Start.AddDays(104));
        for (var i = 0; i < short_.Count; i++)
        {
            var a = short_[i].Categories.Single(c => c.Category == "Payments");
            var b = long_[i].Categories.Single(c => c.Category == "Payments");
            Assert.Equal(a.Day, b.Day);
            Assert.Equal(a.IsSpike, b.IsSpike);
            Assert.Equal(a.PValue, b.PValue);
            Assert.Equal(a.Baseline.ReferenceDays, b.Baseline.ReferenceDays);
            Assert.Equal(short_[i].Feed.PValue, long_[i].Feed.PValue);
        }
        Assert.Single(short_.SelectMany(d => d.Spikes));
        Assert.Equal(spike, short_.SelectMany(d => d.Spikes).Single().Day);
    }

    [Fact]
    public void A_spike_found_earlier_is_left_out_of_later_baselines()
    {
        // Spikes on two consecutive Mondays (weeks 10 and 11). The second Monday's baseline skips the first
        // spike: 7 Mondays of 12 (median 12), so 60 / 12 = 5× is flagged again.
        var first = Start.AddDays(63);
        var second = Start.AddDays(70);
        var days = SpikeReplay.Run(Detector, Counts(71, first, second), Start.AddDays(56), second);
        var later = days.Single(d => d.Day == second).Categories.Single(c => c.Category == "Payments");
        Assert.DoesNotContain(first, later.Baseline.ReferenceDays);
        Assert.Equal(7, later.Baseline.ReferenceDays.Count);
        Assert.Equal(12, later.Baseline.Median);
        Assert.True(later.IsSpike);
        Assert.Equal(new[] { first, second }, days.SelectMany(d => d.Spikes).Select(s => s.Day));
    }

    [Fact]
    public void Early_days_are_warming_up()
    {
        var days = SpikeReplay.Run(Detector, Counts(20), Start, Start.AddDays(9));
        Assert.All(days.Take(7), d => Assert.Equal(0, d.CategoriesChecked));
        Assert.All(days.Skip(7), d => Assert.Equal(2, d.CategoriesChecked));
        Assert.Empty(days.SelectMany(d => d.Spikes));
    }
}
