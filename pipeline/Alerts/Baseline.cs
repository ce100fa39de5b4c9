namespace Analytics.Pipeline.Alerts;

/// <summary>Whether a day has a baseline to be judged against.</summary>
public enum BaselineState
{
    /// <summary>Enough history: a verdict can be given.</summary>
    Ready,
    /// <summary>Fewer than <see cref="Baseline.MinHistoryDays"/> earlier days: no verdict yet.</summary>
    WarmingUp,
}

/// <summary>Which days the baseline was taken from.</summary>
public enum BaselineReference
{
    None,
    /// <summary>The same weekday over the previous <see cref="Baseline.Weeks"/> weeks.</summary>
    SameWeekday,
    /// <summary>All earlier days (too few same-weekday days yet).</summary>
    AllEarlierDays,
}

/// <summary>
/// The typical count of one category on one day (alerts.md, "Detection"): the median of the same weekday over
/// the previous 8 weeks (at least 3 such days), else the median of all earlier days; under 7 days of history no
/// verdict ("warming up"). Days flagged as spikes are left out, so an incident does not raise its own bar.
/// Mean and variance (sample variance, n - 1) of the same reference days feed the dispersion fit.
/// </summary>
public sealed record Baseline(
    BaselineState State,
    BaselineReference Reference,
    double Median,
    double Mean,
    double Variance,
    IReadOnlyList<DateOnly> ReferenceDays)
{
    public const int Weeks = 8;
    public const int MinSameWeekdayDays = 3;
    public const int MinHistoryDays = 7;

    public static Baseline WarmingUp { get; } = new(BaselineState.WarmingUp, BaselineReference.None, 0, 0, 0, []);

    /// <summary>
    /// The baseline for <paramref name="day"/> from <paramref name="history"/> (date → count; the caller zero-fills
    /// days without tickets, a date absent from the map is a day without data). Only days before
    /// <paramref name="day"/> are read; days in <paramref name="excluded"/> (past spikes) are left out.
    /// </summary>
    public static Baseline For(IReadOnlyDictionary<DateOnly, int> history, DateOnly day, IReadOnlySet<DateOnly> excluded)
    {
        var earlier = history.Keys.Where(d => d < day).ToList();
        if (earlier.Count < MinHistoryDays)
        {
            return WarmingUp;
        }
        var sameWeekday = Enumerable.Range(1, Weeks)
            .Select(w => day.AddDays(-7 * w))
            .Where(d => history.ContainsKey(d) && !excluded.Contains(d))
            .Order()
            .ToList();
        if (sameWeekday.Count >= MinSameWeekdayDays)
        {
            return From(BaselineReference.SameWeekday, sameWeekday, history);
        }
        var allEarlier = earlier.Where(d => !excluded.Contains(d)).Order().ToList();
        return allEarlier.Count == 0 ? WarmingUp : From(BaselineReference.AllEarlierDays, allEarlier, history);
    }

    private static Baseline From(BaselineReference reference, List<DateOnly> days, IReadOnlyDictionary<DateOnly, int> history)
    {
        var counts = days.Select(d => (double)history[d]).ToList();
        var mean = counts.Average();
        var variance = counts.Count > 1 ? counts.Sum(c => (c - mean) * (c - mean)) / (counts.Count - 1) : 0;
        return new Baseline(BaselineState.Ready, reference, MedianOf(counts), mean, variance, days);
    }

    /// <summary>Median; the mean of the two middle values for an even count.</summary>
    public static double MedianOf(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
