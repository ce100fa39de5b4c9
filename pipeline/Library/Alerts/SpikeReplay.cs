namespace Analytics.Pipeline.Alerts;

/// <summary>
/// Replays the detector day by day over a date range with no look-ahead: each day is judged on the counts of
/// that day and earlier ones only (later days are cut away before judging), and spikes (and stopped-feed or
/// volume-drop days) found on earlier days of the range are left out of later baselines, as they would have been
/// live. Days before <c>from</c> serve as history only; they are not judged and so never excluded. Days the data
/// does not cover are neither judged nor history (docs/alerts.md, "Not covered").
/// </summary>
public static class SpikeReplay
{
    /// <param name="starts">Where each category's history starts as of each day (sources joining); none by default.</param>
    /// <param name="inProgress">A day that is not over yet (local today), whose total is not judged for a stopped
    /// feed; it is judged for spikes even when it is in <paramref name="notCovered"/>.</param>
    /// <param name="notCovered">Days the data does not fully cover: not judged, and no history of any later day.</param>
    public static IReadOnlyList<DayVerdict> Run(
        SpikeDetector detector,
        IReadOnlyDictionary<string, IReadOnlyDictionary<DateOnly, int>> counts,
        DateOnly from,
        DateOnly to,
        HistoryStarts? starts = null,
        DateOnly? inProgress = null,
        IReadOnlySet<DateOnly>? notCovered = null) =>
        Run(detector, counts, from, to, starts, inProgress, notCovered, wholeHistory: false);

    /// <param name="wholeHistory">Every day of each history is kept, not only those its baselines can read (the
    /// replay as first written: the test that the two agree).</param>
    internal static IReadOnlyList<DayVerdict> Run(
        SpikeDetector detector,
        IReadOnlyDictionary<string, IReadOnlyDictionary<DateOnly, int>> counts,
        DateOnly from,
        DateOnly to,
        HistoryStarts? starts,
        DateOnly? inProgress,
        IReadOnlySet<DateOnly>? notCovered,
        bool wholeHistory)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(counts);
        var spikes = counts.Keys.ToDictionary(c => c, _ => new HashSet<DateOnly>(), StringComparer.Ordinal);
        var stops = new HashSet<DateOnly>();
        var days = new List<DayVerdict>();
        var gaps = new HashSet<DateOnly>(notCovered ?? Empty);
        if (inProgress is { } today)
        {
            gaps.Remove(today);
        }
        // Each category's days in date order, so that a day's view is a prefix; the days not covered are left out
        // (the detector is told of them too, so that it does not judge them).
        var reach = wholeHistory ? DateOnly.MinValue : Reach(detector, from);
        var ordered = counts.ToDictionary(
            c => c.Key, c => Reachable(c.Value.Where(e => !gaps.Contains(e.Key)).OrderBy(e => e.Key).ToList(), reach), StringComparer.Ordinal);
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var upToDay = ordered.ToDictionary(
                c => c.Key,
                c => (IReadOnlyDictionary<DateOnly, int>)c.Value.TakeWhile(e => e.Key <= day).ToDictionary(e => e.Key, e => e.Value),
                StringComparer.Ordinal);
            var excluded = spikes.ToDictionary(s => s.Key, s => (IReadOnlySet<DateOnly>)new HashSet<DateOnly>(s.Value), StringComparer.Ordinal);
            var verdict = detector.Judge(day, gaps.Contains(day) ? counts : upToDay, excluded, new HashSet<DateOnly>(stops), starts, day == inProgress, gaps);
            foreach (var spike in verdict.Spikes)
            {
                // A spike found over several days leaves all of them out of later baselines.
                for (var d = 0; d < spike.Days; d++)
                {
                    spikes[spike.Category].Add(day.AddDays(-d));
                }
            }
            if (verdict.Feed.IsLow)
            {
                stops.Add(day);
            }
            days.Add(verdict);
        }
        return days;
    }

    /// <summary>
    /// The first day a baseline of a day from <paramref name="from"/> on can look at: the reference days reach
    /// <see cref="Baseline.Weeks"/> weeks back from the judged day, and for the multi-day check from the first day of
    /// its window (<see cref="SpikeDetector.WindowDays"/> - 1 days earlier).
    /// </summary>
    private static DateOnly Reach(SpikeDetector detector, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(detector);
        var days = 7 * Baseline.Weeks + detector.TestsPerCategory - 1;
        return from.DayNumber > days ? from.AddDays(-days) : DateOnly.MinValue;
    }

    /// <summary>
    /// A history (in date order) without the days no verdict from <paramref name="reach"/> on can use, which would only
    /// make every day's judging read them again: what is kept is every day from <paramref name="reach"/>, and the last
    /// <see cref="Baseline.MinHistoryDays"/> days before it, which are all that the "enough history" count
    /// (<see cref="Baseline.For"/>) and a history start within them (<see cref="HistoryStarts"/>) can tell apart.
    /// </summary>
    private static List<KeyValuePair<DateOnly, int>> Reachable(List<KeyValuePair<DateOnly, int>> ordered, DateOnly reach)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var reached = ordered.FindIndex(e => e.Key >= reach);
        var first = Math.Max((reached < 0 ? ordered.Count : reached) - Baseline.MinHistoryDays, 0);
        return first == 0 ? ordered : ordered.GetRange(first, ordered.Count - first);
    }

    private static readonly HashSet<DateOnly> Empty = [];
}
