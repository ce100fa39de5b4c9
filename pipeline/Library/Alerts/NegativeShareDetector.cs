using Analytics.Pipeline.Configuration;

namespace Analytics.Pipeline.Alerts;

/// <summary>
/// Judges the negative share of every category on one day (docs/alerts.md, "Negative share"): n texts whose tone is
/// known, k of them negative, against the category's typical share p0 (<see cref="ShareBaseline"/>). A jump when all
/// gates pass: p = P(X &gt;= k | n, p0) &lt; Alpha / K (binomial, widened by the baseline's design effect; K =
/// categories with a verdict that day, one test each), k &gt;= MinNegative, the share at least MinRisePoints percentage
/// points above p0 and at least MinRatio times it. A day the data does not fully cover is not judged (unless it is the
/// day in progress) and is no reference day.
/// </summary>
public sealed class NegativeShareDetector(AlertSettings settings)
{
    /// <summary>A typical share of 0 would make any negative text impossible: the share scored against and divided by is
    /// at least 1 %.</summary>
    public const double ShareFloor = 0.01;

    /// <param name="day">The local day judged.</param>
    /// <param name="tones">Texts and negative texts per category and day; only <paramref name="day"/> and earlier days are read.</param>
    /// <param name="pastAlerts">Per category, its days already flagged for a negative-share jump, left out of its reference.</param>
    /// <param name="notCovered">Days the data does not fully cover: not judged (unless in progress) and no reference days.</param>
    /// <param name="inProgress">The day is not over yet: judged on its texts so far, as the volume spikes are.</param>
    public IReadOnlyList<NegativeShareVerdict> Judge(
        DateOnly day,
        DailyTextTones tones,
        IReadOnlyDictionary<string, IReadOnlySet<DateOnly>> pastAlerts,
        IReadOnlySet<DateOnly>? notCovered = null,
        bool inProgress = false)
    {
        ArgumentNullException.ThrowIfNull(tones);
        ArgumentNullException.ThrowIfNull(pastAlerts);
        notCovered ??= Empty;
        var categories = tones.ByCategory
            .Where(c => tones.FirstDays[c.Key] <= day)
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        if (!inProgress && notCovered.Contains(day))
        {
            return [.. categories.Select(c => new NegativeShareVerdict(c.Key, day, c.Value.GetValueOrDefault(day), ShareBaseline.NotCovered, 1, 0, 0, false, 0,
                WhySentence.NotCovered(c.Key)))];
        }
        // Days with data: earlier days with texts in any category, the days not covered left out.
        var earlier = tones.Days.TakeWhile(d => d < day).Where(d => !notCovered.Contains(d)).ToList();
        var first = day.AddDays(-7 * Baseline.Weeks);
        var window = earlier.Where(d => d >= first).ToList();
        var references = categories.ToDictionary(
            c => c.Key,
            c =>
            {
                var excluded = pastAlerts.GetValueOrDefault(c.Key) ?? Empty;
                return (IReadOnlyList<TextTones>)[.. window.Where(d => !excluded.Contains(d)).Select(d => c.Value.GetValueOrDefault(d))];
            },
            StringComparer.Ordinal);
        var all = references.Values.SelectMany(r => r).Aggregate(default(TextTones), (sum, d) => sum + d);
        var baselines = categories
            .Select(c => (Category: c.Key, Today: c.Value.GetValueOrDefault(day),
                Baseline: earlier.Count < Baseline.MinHistoryDays ? ShareBaseline.WarmingUp : ShareBaseline.From(references[c.Key], all)))
            .ToList();
        var k = baselines.Count(b => b.Baseline.IsReady && b.Today.Texts > 0);
        return [.. baselines.Select(b => Category(b.Category, day, b.Today, b.Baseline, k))];
    }

    /// <summary>The verdict on one category, given its typical share and the number of categories judged that day.</summary>
    public NegativeShareVerdict Category(string category, DateOnly day, TextTones today, ShareBaseline baseline, int categoriesChecked)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        if (!baseline.IsReady)
        {
            var why = baseline.State == BaselineState.NotCovered ? WhySentence.NotCovered(category)
                // Counted its reference (too few texts in it), or had too little history to.
                : baseline.ReferenceDays > 0 ? $"{category}: negative share warming up, fewer than {ShareBaseline.MinReferenceTexts} texts in the {Baseline.Weeks} weeks before"
                : $"{category}: negative share warming up, not enough history yet";
            return new NegativeShareVerdict(category, day, today, baseline, 1, 0, 0, false, 0, why);
        }
        if (today.Texts == 0)
        {
            return new NegativeShareVerdict(category, day, today, baseline, 1, 0, 0, false, 0, $"{category}: no texts today, negative share not judged");
        }
        var p0 = Math.Max(baseline.Share, ShareFloor);
        var designEffect = baseline.DesignEffect(today.Texts);
        var p = TailProbability.BinomialUpper(today.Negative, today.Texts, p0, designEffect);
        var rise = (today.Share - baseline.Share) * 100;
        var ratio = today.Share / p0;
        var gate = PerTest(categoriesChecked);
        var gates = settings.NegativeShare;
        var alert = p < gate
            && today.Negative >= gates.MinNegative
            && rise >= gates.MinRisePoints
            && ratio >= gates.MinRatio;
        return new NegativeShareVerdict(category, day, today, baseline, p, rise, ratio, alert, alert ? Severity.Of(ratio) : 0,
            WhySentence.NegativeShare(category, today, baseline, ratio))
        {
            PGate = gate,
            DesignEffect = designEffect,
        };
    }

    /// <summary>
    /// The p gate of each category's test: the negative share has its own false-alarm budget of Alpha a day, shared
    /// equally by its one test per category with a verdict: Alpha / K.
    /// </summary>
    public double PerTest(int categoriesChecked) => settings.Alpha / Math.Max(categoriesChecked, 1);

    /// <summary>
    /// Judges the days <paramref name="from"/>..<paramref name="to"/> in order with no look-ahead (each day reads only
    /// itself and earlier days): each category's jumps found on earlier days are left out of its later references, as they
    /// would have been live. One list of verdicts per day, oldest first.
    /// </summary>
    /// <param name="inProgress">The day not over yet: judged on its texts so far even when the data does not cover it.</param>
    public IReadOnlyList<IReadOnlyList<NegativeShareVerdict>> Replay(
        DailyTextTones tones, DateOnly from, DateOnly to, IReadOnlySet<DateOnly>? notCovered = null, DateOnly? inProgress = null)
    {
        ArgumentNullException.ThrowIfNull(tones);
        var gaps = new HashSet<DateOnly>(notCovered ?? Empty);
        if (inProgress is { } today)
        {
            gaps.Remove(today);
        }
        var alerts = new Dictionary<string, HashSet<DateOnly>>(StringComparer.Ordinal);
        var days = new List<IReadOnlyList<NegativeShareVerdict>>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var past = alerts.ToDictionary(a => a.Key, a => (IReadOnlySet<DateOnly>)a.Value, StringComparer.Ordinal);
            var verdicts = Judge(day, tones, past, gaps, day == inProgress);
            foreach (var alert in verdicts.Where(v => v.IsAlert))
            {
                if (!alerts.TryGetValue(alert.Category, out var flagged))
                {
                    alerts[alert.Category] = flagged = [];
                }
                flagged.Add(day);
            }
            days.Add(verdicts);
        }
        return days;
    }

    private static readonly HashSet<DateOnly> Empty = [];
}
