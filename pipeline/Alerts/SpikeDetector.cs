using Analytics.Pipeline.Configuration;

namespace Analytics.Pipeline.Alerts;

/// <summary>
/// Judges one day for all categories (docs/alerts.md). A category spikes when all three gates pass:
/// p = P(X &gt;= x) &lt; Alpha / K (K = categories with a verdict that day), x - μ &gt;= MinExcess and
/// x / max(μ, 1) &gt;= MinRatio. The day's total is checked in the lower tail: P(X &lt;= total) &lt; Alpha
/// flags a stopped feed, but only for a day that is over.
/// </summary>
public sealed class SpikeDetector(AlertSettings settings)
{
    /// <param name="day">The local day judged.</param>
    /// <param name="counts">Per category, date → tickets, zero-filled by the caller over the days with data.
    /// Only <paramref name="day"/> and earlier days are read.</param>
    /// <param name="pastSpikes">Per category, days already flagged, left out of its baseline.</param>
    /// <param name="pastStops">Days already flagged as a stopped feed, left out of every baseline.</param>
    /// <param name="starts">Where each category's history starts as of <paramref name="day"/> (a source joining); none by default.</param>
    /// <param name="inProgress">The day is not over yet: its total is not judged for a stopped feed.</param>
    public DayVerdict Judge(
        DateOnly day,
        IReadOnlyDictionary<string, IReadOnlyDictionary<DateOnly, int>> counts,
        IReadOnlyDictionary<string, IReadOnlySet<DateOnly>> pastSpikes,
        IReadOnlySet<DateOnly> pastStops,
        HistoryStarts? starts = null,
        bool inProgress = false)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var totals = Totals(counts);
        var pattern = Baseline.WeeklyPattern(totals, day, pastStops);
        var baselines = counts
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c =>
            {
                var history = Since(c.Value, starts?.StartFor(c.Key, day));
                var excluded = new HashSet<DateOnly>(pastStops);
                excluded.UnionWith(pastSpikes.GetValueOrDefault(c.Key) ?? Empty);
                return (Category: c.Key, Count: c.Value.GetValueOrDefault(day), Baseline: Baseline.For(history, day, excluded, pattern));
            })
            .ToList();
        var k = baselines.Count(b => b.Baseline.State == BaselineState.Ready);
        var verdicts = baselines
            .Select(b => Category(b.Category, day, b.Count, b.Baseline, k))
            .ToList();
        return new DayVerdict(day, k, verdicts, Feed(day, totals, pastStops, inProgress));
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
        var spike = p < settings.Alpha / Math.Max(categoriesChecked, 1)
            && excess >= settings.MinExcess
            && ratio >= settings.MinRatio;
        return new CategoryVerdict(category, day, count, baseline, p, excess, ratio, spike,
            spike ? Severity.Of(ratio) : 0, WhySentence.Spike(category, count, baseline, ratio));
    }

    /// <summary>The lower-tail check of the day's total against the total's own baseline; a day in progress is not judged.</summary>
    public FeedVerdict Feed(DateOnly day, IReadOnlyDictionary<DateOnly, int> totals, IReadOnlySet<DateOnly> pastStops, bool inProgress = false)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var baseline = Baseline.For(totals, day, pastStops);
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
        return new FeedVerdict(day, total, baseline, p, p < settings.Alpha, WhySentence.FeedStopped(total, baseline));
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
