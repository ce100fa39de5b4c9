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
        // spike: 55 of the 56 days before it. The weekly pattern of all tickets (Payments + Other) still has the
        // first spike (a total of 80): Monday mean (7 · 32 + 80) / 8 = 38, other days 30, average 218 / 7, so
        // F_Mon = 266 / 218, F_other = 210 / 218. Payments / F: 7 Mondays 12 · 218 / 266 = 9.83 and 48 days
        // 10 · 218 / 210 = 10.381: median L = 10.381; prior L · F_Mon = 10 · 266 / 210 = 12.667, weighing
        // max(10 / 12.667, 3) = 3 days (the pattern is known); 7 Mondays of 12:
        // μ = (84 + 3 · 12.667) / (7 + 3) = 122 / 10 = 12.2, so 60 / 12.2 = 4.9× is flagged again.
        var first = Start.AddDays(63);
        var second = Start.AddDays(70);
        var days = SpikeReplay.Run(Detector, Counts(71, first, second), Start.AddDays(56), second);
        var later = days.Single(d => d.Day == second).Categories.Single(c => c.Category == "Payments");
        Assert.DoesNotContain(first, later.Baseline.ReferenceDays);
        Assert.Equal(55, later.Baseline.ReferenceDays.Count);
        Assert.Equal((84 + 3 * (10 * 266.0 / 210)) / (7 + 3), later.Baseline.Median, 9);
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

    [Fact]
    public void A_source_joining_later_warms_up_and_then_carries_the_new_level()
    {
        // "Payments" at 10 a day (Mondays 12) for 10 weeks; from day 70 (a Monday) a second source adds 20 a day.
        // Replayed with the feeds known: days 70..76 warm up (under 7 days since the join), then the baseline
        // holds only days from 70 on, at the new level; no spike anywhere. Without them, day 70 is a spike.
        var counts = Counts(98);
        var joined = counts["Payments"].ToDictionary(e => e.Key, e => e.Key >= Start.AddDays(70) ? e.Value + 20 : e.Value);
        counts["Payments"] = joined;
        var starts = new HistoryStarts([
            new SourceFeed("Payments", "a", Start, Start),
            new SourceFeed("Other", "a", Start, Start),
            new SourceFeed("Payments", "b", Start.AddDays(70), Start.AddDays(70)),
        ]);
        var unaware = SpikeReplay.Run(Detector, counts, Start.AddDays(56), Start.AddDays(97));
        Assert.Contains(unaware.SelectMany(d => d.Spikes), s => s.Day == Start.AddDays(70));
        var days = SpikeReplay.Run(Detector, counts, Start.AddDays(56), Start.AddDays(97), starts);
        Assert.Empty(days.SelectMany(d => d.Spikes));
        Assert.Contains(Start.AddDays(13), Payments(days, 69).Baseline.ReferenceDays); // before the join: the old history
        for (var i = 70; i <= 76; i++)
        {
            Assert.False(Payments(days, i).HasVerdict);
        }
        var after = Payments(days, 77);
        Assert.True(after.HasVerdict);
        Assert.All(after.Baseline.ReferenceDays, d => Assert.True(d >= Start.AddDays(70)));
        Assert.Equal(7, after.Baseline.ReferenceDays.Count);
    }

    private static CategoryVerdict Payments(IReadOnlyList<DayVerdict> days, int offset) =>
        days.Single(d => d.Day == Start.AddDays(offset)).Categories.Single(c => c.Category == "Payments");

    [Fact]
    public void The_day_in_progress_is_not_judged_for_a_stopped_feed()
    {
        // Both categories silent on the last two days; the last is today (in progress): only the one before is
        // a stopped feed.
        var counts = Counts(70);
        foreach (var name in counts.Keys.ToList())
        {
            counts[name] = counts[name].ToDictionary(e => e.Key, e => e.Key >= Start.AddDays(68) ? 0 : e.Value);
        }
        var days = SpikeReplay.Run(Detector, counts, Start.AddDays(60), Start.AddDays(69), inProgress: Start.AddDays(69));
        Assert.Equal(new[] { Start.AddDays(68) }, days.Where(d => d.Feed.Stopped).Select(d => d.Day));
        Assert.True(days[^1].Feed.InProgress);
    }

    /// <summary>
    /// The replay reads only the days a baseline can reach; its verdicts are those of judging every day on its whole
    /// history (as the replay did before). Over a noisy year with bursts, days the
    /// data does not cover, a category whose source joins late and leaves, and replays starting on 30 different days,
    /// so that the reach falls before, on and after each of those.
    /// </summary>
    [Fact]
    public void Reading_only_the_reachable_days_changes_no_verdict()
    {
        var random = new Random(7);
        var counts = new Dictionary<string, IReadOnlyDictionary<DateOnly, int>>(StringComparer.Ordinal);
        foreach (var (name, level) in new[] { ("Payments", 12), ("Other", 40), ("Returns", 6) })
        {
            counts[name] = Enumerable.Range(0, 400).Select(Start.AddDays).ToDictionary(
                d => d,
                d => name == "Returns" && (d < Start.AddDays(150) || d >= Start.AddDays(230)) ? 0
                    : random.Next(20) == 0 ? level * 5 : level + random.Next(-level / 3, level / 3 + 1));
        }
        var notCovered = new HashSet<DateOnly> { Start.AddDays(140), Start.AddDays(141), Start.AddDays(142), Start.AddDays(215), Start.AddDays(260) };
        // Source b feeds Returns from day 150 and leaves after day 229 (its silence is looked up by day).
        var sourceDays = new Dictionary<string, IReadOnlyList<DateOnly>>
        {
            ["a"] = [.. Enumerable.Range(0, 400).Select(Start.AddDays)],
            ["b"] = [.. Enumerable.Range(150, 80).Select(Start.AddDays)],
        };
        var starts = new HistoryStarts([
            new SourceFeed("Payments", "a", Start, Start),
            new SourceFeed("Other", "a", Start, Start),
            new SourceFeed("Returns", "b", Start.AddDays(150), Start.AddDays(150)),
        ], sourceDays);
        for (var offset = 200; offset < 260; offset += 2)
        {
            var from = Start.AddDays(offset);
            var to = from.AddDays(20);
            var replayed = SpikeReplay.Run(Detector, counts, from, to, starts, notCovered: notCovered);
            var reference = SpikeReplay.Run(Detector, counts, from, to, starts, inProgress: null, notCovered, wholeHistory: true);
            Assert.Equal(reference.Count, replayed.Count);
            for (var i = 0; i < reference.Count; i++)
            {
                Assert.Equal(reference[i].Feed.PValue, replayed[i].Feed.PValue);
                Assert.Equal(reference[i].Feed.IsLow, replayed[i].Feed.IsLow);
                Assert.Equal(reference[i].CategoriesChecked, replayed[i].CategoriesChecked);
                foreach (var (a, b) in reference[i].Categories.Zip(replayed[i].Categories))
                {
                    Assert.Equal((a.Category, a.Day, a.IsSpike, a.Days, a.PValue, a.Baseline.Median), (b.Category, b.Day, b.IsSpike, b.Days, b.PValue, b.Baseline.Median));
                    Assert.Equal(a.Baseline.ReferenceDays, b.Baseline.ReferenceDays);
                }
            }
        }
        // The case is not empty: some days spike, some are not covered, and Returns warms up after its source joins.
        var all = SpikeReplay.Run(Detector, counts, Start.AddDays(130), Start.AddDays(270), starts, notCovered: notCovered);
        Assert.Contains(all, d => d.Spikes.Any());
        Assert.Contains(all, d => !d.Categories[0].HasVerdict && notCovered.Contains(d.Day));
        // Source b gone by day 233 (4 silent days): Returns starts again on day 230 and warms up.
        Assert.True(all.Single(d => d.Day == Start.AddDays(225)).Categories.Single(c => c.Category == "Returns").HasVerdict);
        Assert.False(all.Single(d => d.Day == Start.AddDays(233)).Categories.Single(c => c.Category == "Returns").HasVerdict);
    }
}
