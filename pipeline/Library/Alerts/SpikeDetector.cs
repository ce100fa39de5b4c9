using Analytics.Pipeline.Configuration;

namespace Analytics.Pipeline.Alerts;

/// <summary>
/// Judges one day for all categories (docs/alerts.md, "Gates"). A category spikes when all three gates pass, for
/// the day alone or (the multi-day check) for the sum of the last 2 or 3 days with the day itself above its
/// typical count: p = P(X &gt;= x) &lt; Alpha / (3K + 1) (K = categories with a verdict that day; three tests
/// each and one on the total), x - μ &gt;= MinExcess and x / max(μ, 1) &gt;= MinRatio. The day's total is checked
/// in the lower tail at the same gate, for a day that is over: P(X &lt;= total) &lt; Alpha / (3K + 1) is a stopped
/// feed when the total is at most <see cref="StopShare"/> of its typical count, else a volume drop
/// (docs/alerts.md, "Stopped feed and volume drop"). A day the data does not fully cover is not judged, and is no
/// baseline day (docs/alerts.md, "Not covered").
/// </summary>
public sealed class SpikeDetector(AlertSettings settings)
{
    /// <summary>
    /// The longest run of days, ending on the judged day, whose sum the multi-day check judges (2 and 3 by
    /// default); 1 judges single days only.
    /// </summary>
    public int WindowDays { get; init; } = DefaultWindowDays;

    /// <summary>The multi-day check's longest window as configured for alerts: the day alone, the last 2 and the last 3 days.</summary>
    public const int DefaultWindowDays = 3;

    /// <summary>D, the least weight in days of each weekday's prior (<see cref="Baseline.PriorDays"/> by default; the benchmark compares others).</summary>
    public double PriorDays { get; init; } = Baseline.PriorDays;

    /// <summary>
    /// An improbably low total is a stopped feed when it is at most this share of its typical count, else a volume
    /// drop (docs/alerts.md, "Stopped feed and volume drop": real holidays go down to 11 % of typical).
    /// </summary>
    public const double StopShare = 0.05;

    /// <summary>How many tests each category takes a day: one per window length (the day alone, the last 2 days, ...).</summary>
    public int TestsPerCategory => Math.Max(WindowDays, 1);

    /// <param name="day">The local day judged.</param>
    /// <param name="counts">Per category, date → tickets, zero-filled by the caller over the days with data.
    /// Only <paramref name="day"/> and earlier days are read.</param>
    /// <param name="pastSpikes">Per category, days already flagged, left out of its baseline.</param>
    /// <param name="pastStops">Days already flagged as a stopped feed or a volume drop, left out of every baseline.</param>
    /// <param name="starts">Where each category's history starts as of <paramref name="day"/> (a source joining); none by default.</param>
    /// <param name="inProgress">The day is not over yet: its total is not judged for a stopped feed, and it is judged
    /// for spikes even though the data does not cover it yet (counts only grow).</param>
    /// <param name="notCovered">Days the data does not fully cover: not judged (unless in progress), and left out
    /// of every history, as days without data.</param>
    public DayVerdict Judge(
        DateOnly day,
        IReadOnlyDictionary<string, IReadOnlyDictionary<DateOnly, int>> counts,
        IReadOnlyDictionary<string, IReadOnlySet<DateOnly>> pastSpikes,
        IReadOnlySet<DateOnly> pastStops,
        HistoryStarts? starts = null,
        bool inProgress = false,
        IReadOnlySet<DateOnly>? notCovered = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (notCovered is { Count: > 0 })
        {
            if (!inProgress && notCovered.Contains(day))
            {
                return NotCovered(day, counts);
            }
            counts = Covered(counts, day, notCovered);
        }
        var totals = Totals(counts);
        var pattern = Baseline.WeeklyPattern(totals, day, pastStops);
        var baselines = counts
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c =>
            {
                var history = Since(c.Value, starts?.StartFor(c.Key, day));
                var excluded = new HashSet<DateOnly>(pastStops);
                excluded.UnionWith(pastSpikes.GetValueOrDefault(c.Key) ?? Empty);
                return (Category: c.Key, Count: c.Value.GetValueOrDefault(day), Baseline: Baseline.For(history, day, excluded, pattern, PriorDays),
                    History: history, Excluded: excluded);
            })
            .ToList();
        var k = baselines.Count(b => b.Baseline.State == BaselineState.Ready);
        // The weekly pattern as of each window's first day, shared by all categories.
        var windowPatterns = Enumerable.Range(2, Math.Max(WindowDays - 1, 0))
            .ToDictionary(w => w, w => Baseline.WeeklyPattern(totals, day.AddDays(1 - w), pastStops));
        var verdicts = baselines
            .Select(b =>
            {
                var single = Category(b.Category, day, b.Count, b.Baseline, k);
                if (single.IsSpike || !single.HasVerdict)
                {
                    return single;
                }
                // The day alone did not pass: the last 2 days, then the last 3.
                for (var w = 2; w <= WindowDays; w++)
                {
                    if (Window(b.Category, day, w, b.History, b.Excluded, windowPatterns[w], k) is { } window)
                    {
                        return window;
                    }
                }
                return single;
            })
            .ToList();
        // A source that has left restarts the total's history too; a low total names the sources gone silent.
        var feed = Feed(day, Since(totals, starts?.TotalStartFor(day)), pastStops, inProgress, k, starts?.Silent(day) ?? []);
        return new DayVerdict(day, k, verdicts, feed);
    }

    /// <summary>The verdict on a day the data does not fully cover: no category and not the feed is judged.</summary>
    private static DayVerdict NotCovered(DateOnly day, IReadOnlyDictionary<string, IReadOnlyDictionary<DateOnly, int>> counts)
    {
        var categories = counts
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new CategoryVerdict(c.Key, day, c.Value.GetValueOrDefault(day), Baseline.NotCovered, 1, 0, 0, false, 0,
                WhySentence.NotCovered(c.Key)))
            .ToList();
        var total = categories.Sum(c => c.Count);
        return new DayVerdict(day, 0, categories, new FeedVerdict(day, total, Baseline.NotCovered, 1, false, WhySentence.NotCovered(WhySentence.AllCategories)));
    }

    /// <summary>The histories without the days before <paramref name="day"/> that the data does not cover (as days without data).</summary>
    private static IReadOnlyDictionary<string, IReadOnlyDictionary<DateOnly, int>> Covered(
        IReadOnlyDictionary<string, IReadOnlyDictionary<DateOnly, int>> counts, DateOnly day, IReadOnlySet<DateOnly> notCovered)
    {
        var gaps = notCovered.Where(d => d < day && counts.Values.Any(h => h.ContainsKey(d))).ToHashSet();
        return gaps.Count == 0
            ? counts
            : counts.ToDictionary(
                c => c.Key,
                c => (IReadOnlyDictionary<DateOnly, int>)c.Value.Where(e => !gaps.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value),
                StringComparer.Ordinal);
    }

    /// <summary>The verdict on one category, given its baseline and the number of categories judged that day.</summary>
    public CategoryVerdict Category(string category, DateOnly day, int count, Baseline baseline, int categoriesChecked)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        if (baseline.State != BaselineState.Ready)
        {
            return new CategoryVerdict(category, day, count, baseline, 1, 0, 0, false, 0, $"{category}: warming up, not enough history yet");
        }
        var mu = baseline.Median;
        var p = CountModel.From(baseline).Upper(count);
        var excess = count - mu;
        var ratio = count / Math.Max(mu, 1);
        var gate = PerTest(categoriesChecked);
        var spike = p < gate
            && excess >= settings.MinExcess
            && ratio >= settings.MinRatio;
        return new CategoryVerdict(category, day, count, baseline, p, excess, ratio, spike,
            spike ? Severity.Of(ratio) : 0, WhySentence.Spike(category, count, baseline, ratio))
        {
            PGate = gate,
        };
    }

    /// <summary>
    /// The p gate of each test of a day: Alpha is the false-alarm budget of the whole day, shared equally by its
    /// tests, <see cref="TestsPerCategory"/> for each of the K categories and one on the total (the stopped-feed
    /// check): Alpha / (K · tests + 1).
    /// </summary>
    public double PerTest(int categoriesChecked) => settings.Alpha / (Math.Max(categoriesChecked, 0) * TestsPerCategory + 1);

    /// <summary>
    /// The multi-day check: the last <paramref name="days"/> days up to <paramref name="day"/> summed, against the
    /// sum of their typical counts. All of them are judged against the baseline as of the window's first day (so
    /// none of the window is in its own reference), each day at its own weekday's typical count μ_i; the sum's
    /// model has mean Σμ_i and variance Σ(μ_i + φμ_i²)(1 + 1 / n_i) (the days independent). A spike when, as for a
    /// single day, p &lt; Alpha / (K · tests), the window's excess ≥ MinExcess and its ratio ≥ MinRatio, and the
    /// judged day is itself above its typical count (the alert is about now). Null when the window does not pass
    /// or cannot be judged: a day of it without data or already flagged, or its baseline warming up or still without
    /// the category's weekly pattern (some weekday with fewer than 3 reference days).
    /// </summary>
    public CategoryVerdict? Window(
        string category, DateOnly day, int days, IReadOnlyDictionary<DateOnly, int> history, IReadOnlySet<DateOnly> excluded,
        IReadOnlyList<double> pattern, int categoriesChecked)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(excluded);
        var first = day.AddDays(1 - days);
        var span = Enumerable.Range(0, days).Select(first.AddDays).ToList();
        if (span.Any(d => !history.ContainsKey(d) || excluded.Contains(d)))
        {
            return null;
        }
        var baseline = Baseline.For(history, first, excluded, pattern, PriorDays);
        // The window's days are judged at their own weekdays' typical counts: that needs the weekly pattern. While the
        // history is young a busy Monday and Tuesday summed against a flat "typical day" look like a spike.
        if (baseline.State != BaselineState.Ready || baseline.WeekdayTypical.Count != 7 || baseline.Reference != BaselineReference.SameWeekday)
        {
            return null;
        }
        var means = span.Select(d => Math.Max(baseline.WeekdayTypical[(int)d.DayOfWeek], CountModel.ZeroFloor)).ToList();
        var count = history[day];
        if (count <= means[^1])
        {
            return null;
        }
        double variance = 0;
        for (var i = 0; i < days; i++)
        {
            var n = baseline.WeekdayEvidence[(int)span[i].DayOfWeek];
            var widen = double.IsFinite(n) && n > 0 ? 1 + 1 / n : 1;
            variance += (means[i] + baseline.Dispersion * means[i] * means[i]) * widen;
        }
        var sum = span.Sum(d => history[d]);
        var mean = means.Sum();
        var p = TailProbability.Upper(sum, mean, variance);
        var excess = sum - mean;
        var ratio = sum / Math.Max(mean, 1);
        if (!(p < PerTest(categoriesChecked) && excess >= settings.MinExcess && ratio >= settings.MinRatio))
        {
            return null;
        }
        var counts = span.Select(d => history[d]).ToList();
        return new CategoryVerdict(category, day, count, baseline with { Median = means[^1], Weekday = day.DayOfWeek, Evidence = baseline.WeekdayEvidence[(int)day.DayOfWeek] }, p, excess, ratio, true,
            Severity.Of(ratio), WhySentence.Window(category, counts, span, means, baseline.Reference, ratio))
        {
            PGate = PerTest(categoriesChecked),
            Days = days,
            WindowCount = sum,
            WindowTypical = mean,
        };
    }

    /// <summary>
    /// The lower-tail check of the day's total against the total's own baseline, at the same per-test gate as the
    /// categories (<see cref="PerTest"/> with the day's K); a day in progress is not judged. An improbably low total
    /// is a stopped feed when it is at most <see cref="StopShare"/> of its typical count, else a volume drop.
    /// </summary>
    /// <param name="silent">Sources unusually silent that day, with their last day with tickets: a low total names them.</param>
    public FeedVerdict Feed(DateOnly day, IReadOnlyDictionary<DateOnly, int> totals, IReadOnlySet<DateOnly> pastStops, bool inProgress = false,
        int categoriesChecked = 0, IReadOnlyList<(string Source, DateOnly LastDay)>? silent = null)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var baseline = Baseline.For(totals, day, pastStops, priorDays: PriorDays);
        var total = totals.GetValueOrDefault(day);
        if (baseline.State != BaselineState.Ready)
        {
            return new FeedVerdict(day, total, baseline, 1, false, "All categories: warming up, not enough history yet");
        }
        if (inProgress)
        {
            return new FeedVerdict(day, total, baseline, 1, false, WhySentence.DayInProgress(total, baseline)) { InProgress = true };
        }
        var p = CountModel.From(baseline).Lower(total);
        var gate = PerTest(categoriesChecked);
        var ratio = total / Math.Max(baseline.Median, 1);
        // The mirror of the spike gates: improbably low, and at most 1 / MinRatio of typical (two thirds at the
        // default), so that a young history's narrow model does not call a day at 0.73× a drop.
        var low = p < gate && ratio * settings.MinRatio <= 1;
        var stopped = low && total <= StopShare * baseline.Median;
        var why = stopped ? WhySentence.FeedStopped(total, baseline, silent ?? [])
            : low ? WhySentence.VolumeDropped(total, baseline, ratio, silent ?? [])
            : WhySentence.Total(total, baseline, ratio);
        return new FeedVerdict(day, total, baseline, p, stopped, why) { Dropped = low && !stopped, PGate = gate, Ratio = ratio };
    }

    /// <summary>Date → tickets over all categories, on every date any category has.</summary>
    public static Dictionary<DateOnly, int> Totals(IReadOnlyDictionary<string, IReadOnlyDictionary<DateOnly, int>> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var totals = new Dictionary<DateOnly, int>();
        foreach (var (date, count) in counts.Values.SelectMany(h => h))
        {
            totals[date] = totals.GetValueOrDefault(date) + count;
        }
        return totals;
    }

    private static IReadOnlyDictionary<DateOnly, int> Since(IReadOnlyDictionary<DateOnly, int> history, DateOnly? start) =>
        start is { } s && history.Keys.Any(d => d < s) ? history.Where(e => e.Key >= s).ToDictionary(e => e.Key, e => e.Value) : history;

    private static readonly HashSet<DateOnly> Empty = [];
}
