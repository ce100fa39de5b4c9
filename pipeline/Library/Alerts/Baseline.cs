namespace Analytics.Pipeline.Alerts;

/// <summary>Whether a day has a baseline to be judged against.</summary>
public enum BaselineState
{
    /// <summary>Enough history: a verdict can be given.</summary>
    Ready,
    /// <summary>Fewer than <see cref="Baseline.MinHistoryDays"/> earlier days: no verdict yet.</summary>
    WarmingUp,
    /// <summary>The data does not fully cover the day (a source starts, stops or joins part-way through it): no
    /// verdict, and the day is no reference day of any baseline (docs/alerts.md, "Not covered").</summary>
    NotCovered,
}

/// <summary>Which days the baseline was taken from.</summary>
public enum BaselineReference
{
    None,
    /// <summary>All days of the previous <see cref="Baseline.Weeks"/> weeks, the count adjusted to the judged weekday.</summary>
    SameWeekday,
    /// <summary>All earlier days: some weekday has fewer than 3 reference days yet (a young history).</summary>
    AllEarlierDays,
}

/// <summary>
/// The typical count of one category on one day (docs/alerts.md, "Baseline"). Reference days: every day of the
/// previous <see cref="Weeks"/> weeks with data, leaving out days already flagged (past spikes, stopped-feed
/// days), so an incident does not raise its own bar. Under <see cref="MinHistoryDays"/> days of history no
/// verdict ("warming up").
/// <list type="number">
/// <item>Level L: the median of the reference days' counts divided by the weekly pattern F of all tickets
/// (robust to incidents that were not flagged); the mean of the same values when that median is 0 (a sparse
/// category whose typical day is "no ticket" still has a rate).</item>
/// <item>Typical count μ for the judged weekday w: the category's own tickets on that weekday, with a prior
/// L · F_w weighing m_w = max(b / (L · F_w), D) days, b = <see cref="PriorTickets"/> tickets and D =
/// <see cref="PriorDays"/> days: μ = (S_w + m_w · L · F_w) / (n_w + m_w). A sparse category leans on its level and
/// the common pattern (b tickets are many days of it); a busy one still has D days of its level behind each
/// weekday, so one odd day (a sliver of a day, a holiday not flagged) cannot set that weekday's typical count.
/// D counts only once the weekly pattern is known: before, L · F_w is the same for every weekday.</item>
/// <item>Dispersion φ = 1 / r of a negative binomial, by the method of moments on all reference days' residuals
/// against their own typical counts: φ = Σ((x - e)² - e) / Σ e², scaled by n / (n - 8) for the eight estimated
/// numbers (seven weekdays and the level); 0 (Poisson) when not positive.</item>
/// </list>
/// </summary>
/// <param name="Median">μ, the typical count the day is judged against (the alert's "typical Monday").</param>
/// <param name="Mean">The mean of the reference days' counts.</param>
/// <param name="Variance">The sample variance (n - 1) of the reference days' counts.</param>
public sealed record Baseline(
    BaselineState State,
    BaselineReference Reference,
    double Median,
    double Mean,
    double Variance,
    IReadOnlyList<DateOnly> ReferenceDays)
{
    public const int Weeks = 8;
    public const int MinHistoryDays = 7;
    /// <summary>How many tickets' worth the weekday prior L · F_w weighs at least.</summary>
    public const double PriorTickets = 10;
    /// <summary>How many days' worth the weekday prior L · F_w weighs at least, however busy the category, once the
    /// weekly pattern is known (docs/alerts.md, "Baseline"): with 3, a weekday whose only own day was empty has a
    /// typical count of 3/4 of its prior, so a usual day is 1.33× it, under MinRatio 1.5.</summary>
    public const double PriorDays = 3;

    /// <summary>The weekday judged (the why-sentence's "typical Monday").</summary>
    public DayOfWeek Weekday { get; init; }

    /// <summary>L: the weekday-adjusted level (typical count of an average weekday).</summary>
    public double Level { get; init; }

    /// <summary>φ = 1 / r: the negative binomial's extra variance is φ μ²; 0 is Poisson.</summary>
    public double Dispersion { get; init; }

    /// <summary>How many days' worth of evidence μ rests on (n_w + m_w); its uncertainty widens the model by 1 + 1 / this.</summary>
    public double Evidence { get; init; } = double.PositiveInfinity;

    /// <summary>The typical count of every weekday (indexed by <see cref="DayOfWeek"/>) from the same reference days;
    /// the multi-day check reads the days before the judged one from it. Empty while warming up.</summary>
    public IReadOnlyList<double> WeekdayTypical { get; init; } = [];

    /// <summary>The evidence (days' worth) behind each of <see cref="WeekdayTypical"/>.</summary>
    public IReadOnlyList<double> WeekdayEvidence { get; init; } = [];

    public static Baseline WarmingUp { get; } = new(BaselineState.WarmingUp, BaselineReference.None, 0, 0, 0, []);

    public static Baseline NotCovered { get; } = new(BaselineState.NotCovered, BaselineReference.None, 0, 0, 0, []);

    /// <summary>
    /// The baseline for <paramref name="day"/> from <paramref name="history"/> (date → count; the caller zero-fills
    /// days without tickets, a date absent from the map is a day without data). Only days before
    /// <paramref name="day"/> are read; days in <paramref name="excluded"/> (past spikes) are left out.
    /// <paramref name="pattern"/> is the weekly pattern of all tickets (<see cref="WeeklyPattern"/>); without it,
    /// the history's own. <paramref name="priorDays"/> is D, the least weight of the weekday prior in days.
    /// </summary>
    public static Baseline For(
        IReadOnlyDictionary<DateOnly, int> history, DateOnly day, IReadOnlySet<DateOnly> excluded, IReadOnlyList<double>? pattern = null,
        double priorDays = PriorDays)
    {
        var earlier = history.Keys.Count(d => d < day);
        if (earlier < MinHistoryDays)
        {
            return WarmingUp;
        }
        var days = ReferenceDaysOf(history, day, excluded);
        if (days.Count == 0)
        {
            return WarmingUp;
        }
        var counts = days.Select(d => (double)history[d]).ToList();
        var mean = counts.Average();
        var variance = counts.Count > 1 ? counts.Sum(c => (c - mean) * (c - mean)) / (counts.Count - 1) : 0;
        pattern ??= WeeklyPattern(history, day, excluded);
        // Until the weekly pattern is known, L · F_w is the same for every weekday: days of it would pull weekends
        // up and busy weekdays down, so only the b tickets weigh then.
        var patternKnown = !ReferenceEquals(pattern, UnknownPattern);
        // "Typical Monday" once every weekday has 3 reference days (the weekday's own tickets weigh in), else "typical day".
        var reference = Enumerable.Range(0, 7).All(w => days.Count(d => (int)d.DayOfWeek == w) >= 3)
            ? BaselineReference.SameWeekday
            : BaselineReference.AllEarlierDays;

        var adjusted = days.Select(d => (double)history[d] / pattern[(int)d.DayOfWeek]).ToList();
        var level = MedianOf(adjusted);
        if (level == 0 || reference == BaselineReference.AllEarlierDays)
        {
            // A sparse category's typical day has no ticket, yet it has a rate. And while the history is young the
            // weekly pattern is not known yet: the median of a few weekdays and weekend days can be the quiet
            // days' level (1, 1, 1, 1, 5, 5, 7 has median 1), so the level is at least the mean (3).
            level = Math.Max(level, adjusted.Average());
        }

        // Typical count per weekday: own tickets plus the prior L · F_w, weighing b tickets or (once the weekly pattern
        // is known) D days, whichever is more.
        var typical = new double[7];
        var evidence = new double[7];
        for (var w = 0; w < 7; w++)
        {
            var own = days.Where(d => (int)d.DayOfWeek == w).ToList();
            var sum = own.Sum(d => history[d]);
            var prior = level * pattern[w];
            if (prior <= 0)
            {
                // No tickets at all in the reference days: nothing to lean on.
                typical[w] = own.Count > 0 ? (double)sum / own.Count : 0;
                evidence[w] = own.Count;
                continue;
            }
            var weight = patternKnown ? Math.Max(PriorTickets / prior, priorDays) : PriorTickets / prior;
            evidence[w] = own.Count + weight;
            typical[w] = (sum + weight * prior) / evidence[w];
        }

        // Dispersion: method of moments over all reference days against their own weekday's typical count.
        double excess = 0, scale = 0;
        foreach (var d in days)
        {
            var e = typical[(int)d.DayOfWeek];
            var x = history[d];
            excess += (x - e) * (x - e) - e;
            scale += e * e;
        }
        var dispersion = scale > 0 && days.Count > 8 ? Math.Max(0, excess / scale * days.Count / (days.Count - 8)) : 0;

        var w0 = (int)day.DayOfWeek;
        return new Baseline(BaselineState.Ready, reference, typical[w0], mean, variance, days)
        {
            Weekday = day.DayOfWeek,
            Level = level,
            Dispersion = dispersion,
            Evidence = evidence[w0],
            WeekdayTypical = typical,
            WeekdayEvidence = evidence,
        };
    }

    /// <summary>
    /// Weekday factors F (indexed by <see cref="DayOfWeek"/>, averaging 1) of a history over the previous
    /// <see cref="Weeks"/> weeks: each weekday's mean over the average of the seven means.
    /// <see cref="UnknownPattern"/> (all 1) until every weekday has at least 3 reference days, or when the history
    /// has no tickets.
    /// </summary>
    public static IReadOnlyList<double> WeeklyPattern(IReadOnlyDictionary<DateOnly, int> history, DateOnly day, IReadOnlySet<DateOnly> excluded)
    {
        var days = ReferenceDaysOf(history, day, excluded);
        var means = new double[7];
        for (var w = 0; w < 7; w++)
        {
            var own = days.Where(d => (int)d.DayOfWeek == w).ToList();
            if (own.Count < 3)
            {
                return Flat;
            }
            means[w] = own.Average(d => history[d]);
        }
        var average = means.Average();
        if (average <= 0)
        {
            return Flat;
        }
        // A weekday without any ticket keeps a small factor, so that its typical count is never exactly 0.
        return [.. means.Select(m => Math.Max(m / average, 0.01))];
    }

    private static readonly double[] Flat = [1, 1, 1, 1, 1, 1, 1];

    /// <summary>
    /// The pattern of a history too young to have one (all 1): the weekday prior then weighs only
    /// <see cref="PriorTickets"/>. Any other pattern given to <see cref="For"/>, even a flat one, counts as known.
    /// </summary>
    public static IReadOnlyList<double> UnknownPattern => Flat;

    private static List<DateOnly> ReferenceDaysOf(IReadOnlyDictionary<DateOnly, int> history, DateOnly day, IReadOnlySet<DateOnly> excluded)
    {
        var first = day.AddDays(-7 * Weeks);
        return [.. history.Keys.Where(d => d >= first && d < day && !excluded.Contains(d)).Order()];
    }

    /// <summary>Median; the mean of the two middle values for an even count.</summary>
    public static double MedianOf(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
