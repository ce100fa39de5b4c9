using System.Globalization;
using Analytics.Pipeline.Configuration;

namespace Analytics.Pipeline.Alerts;

/// <summary>
/// What an alert says, in words a manager reads: "Payments: 42 tickets today, typical Monday 12 (3.5×)".
/// The typical count is the baseline's μ (<see cref="Baseline.Median"/>), the count the day was judged against;
/// "typical day" when no weekly pattern could be used yet.
/// </summary>
public static class WhySentence
{
    public static string Spike(string category, int count, Baseline baseline, double ratio) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{category}: {count} {Tickets(count)} today, typical {Typical(baseline)} ({ratio:0.0}×)");

    /// <summary>
    /// A spike found over several days: "Payments: 30 tickets today and 28 yesterday, typical Tuesday 12 and
    /// Monday 11 (2.5× over 2 days)"; three days: "30 today, 28 yesterday and 25 the day before, typical ...".
    /// </summary>
    public static string Window(string category, IReadOnlyList<int> counts, IReadOnlyList<DateOnly> days, IReadOnlyList<double> typical,
        BaselineReference reference, double ratio)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(typical);
        // Newest first: today, yesterday, the day before.
        string[] names = ["today", "yesterday", "the day before"];
        var n = counts.Count;
        var tickets = Enumerable.Range(0, n).Select(i => string.Create(CultureInfo.InvariantCulture, $"{counts[n - 1 - i]} {names[Math.Min(i, 2)]}")).ToList();
        tickets[0] = string.Create(CultureInfo.InvariantCulture, $"{counts[n - 1]} {Tickets(counts[n - 1])} today");
        var typicals = Enumerable.Range(0, n).Select(i => reference == BaselineReference.SameWeekday
            ? string.Create(CultureInfo.InvariantCulture, $"{days[n - 1 - i].DayOfWeek} {typical[n - 1 - i]:0.#}")
            : string.Create(CultureInfo.InvariantCulture, $"{typical[n - 1 - i]:0.#}")).ToList();
        var label = reference == BaselineReference.SameWeekday ? "" : "day ";
        return string.Create(CultureInfo.InvariantCulture,
            $"{category}: {List(tickets)}, typical {label}{List(typicals)} ({ratio:0.0}× over {n} days)");
    }

    private static string List(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    /// <summary>How the day's total over all categories is named.</summary>
    public const string AllCategories = "All categories";

    /// <summary>Why a day is not judged when the data does not fully cover it (docs/alerts.md, "Not covered").</summary>
    public const string NotCoveredReason = "not covered by the data (a source starts, stops or joins part-way through the day)";

    public static string NotCovered(string category) => $"{category}: {NotCoveredReason}: not judged";

    /// <summary>"...; the ticket feed may have stopped", naming the sources gone silent: "...: helpdesk has had no ticket since Thu 2026-10-15".</summary>
    public static string FeedStopped(int total, Baseline baseline, IReadOnlyList<(string Source, DateOnly LastDay)>? silent = null) =>
        string.Create(CultureInfo.InvariantCulture,
            $"All categories: {total} {Tickets(total)} today, typical {Typical(baseline)}; the ticket feed may have stopped")
        + (silent is { Count: > 0 } ? ": " + SilentSources(silent) : "");

    /// <summary>
    /// "All categories: 120 tickets today, typical Monday 260 (0.46×); volume dropped: a holiday, or an outage on the
    /// customers' side?", or, when a source has gone silent, "...; volume dropped: helpdesk has had no ticket since Thu 2026-10-15".
    /// </summary>
    public static string VolumeDropped(int total, Baseline baseline, double ratio, IReadOnlyList<(string Source, DateOnly LastDay)>? silent = null) =>
        Total(total, baseline, ratio) + "; volume dropped: "
        + (silent is { Count: > 0 } ? SilentSources(silent) : "a holiday, or an outage on the customers' side?");

    /// <summary>"helpdesk has had no ticket since Thu 2026-10-15", joined with "and" for several.</summary>
    private static string SilentSources(IReadOnlyList<(string Source, DateOnly LastDay)> silent) =>
        List([.. silent.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Source} has had no ticket since {s.LastDay:ddd yyyy-MM-dd}"))]);

    /// <summary>"All categories: 250 tickets today, typical Monday 260 (0.96×)": the day's total, nothing said of it.</summary>
    public static string Total(int total, Baseline baseline, double ratio) =>
        string.Create(CultureInfo.InvariantCulture,
            $"All categories: {total} {Tickets(total)} today, typical {Typical(baseline)} ({Ratio(ratio)}×)");

    public static string DayInProgress(int total, Baseline baseline) =>
        string.Create(CultureInfo.InvariantCulture,
            $"All categories: {total} {Tickets(total)} so far today, typical {Typical(baseline)}; the day is not over, so the feed is not judged yet");

    /// <summary>
    /// What a resolve says (docs/alerts.md, "Lifecycle"): the day's sentence and each gate it no longer passes, with
    /// its figure: "Payments: 14 tickets today, typical Tuesday 10 (1.4×): no longer improbable (p = 0.03), less than
    /// 5 above typical and under 1.5× typical".
    /// </summary>
    public static string Resolved(CategoryVerdict verdict, AlertSettings settings)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(settings);
        var failed = new List<string>();
        if (!(verdict.PValue < verdict.PGate))
        {
            failed.Add($"no longer improbable (p = {P(verdict.PValue)})");
        }
        if (!(verdict.Excess >= settings.MinExcess))
        {
            failed.Add(string.Create(CultureInfo.InvariantCulture, $"less than {settings.MinExcess:0.##} above typical"));
        }
        if (!(verdict.Ratio >= settings.MinRatio))
        {
            failed.Add(string.Create(CultureInfo.InvariantCulture, $"under {settings.MinRatio:0.##}× typical"));
        }
        // A verdict that passes every gate is a spike and never resolves; said plainly all the same.
        return verdict.Why + ": " + (failed.Count == 0 ? "no longer a spike" : List(failed));
    }

    /// <summary>
    /// What the end of a stopped feed or a volume drop says: "All categories: 250 tickets today, typical Monday 260
    /// (0.96×): the ticket feed is back, no longer improbably low (p = 0.41)"; after a drop, "volume is back".
    /// </summary>
    public static string FeedBack(FeedVerdict feed, bool afterDrop)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var what = afterDrop ? VolumeBack : "the ticket feed is back";
        return $"{Total(feed.Total, feed.Baseline, feed.Ratio)}: {what}, no longer improbably low (p = {P(feed.PValue)})";
    }

    /// <summary>What the end of a volume drop says (the alert email names that resolve "ticket volume").</summary>
    public const string VolumeBack = "volume is back";

    /// <summary>
    /// A negative-share jump (docs/alerts.md, "Negative share"): "Payments: 18 of 40 texts negative today (45%), typical
    /// 12% (3.8×)"; the typical share is p0, the ratio the day's share over max(p0, 1 %).
    /// </summary>
    public static string NegativeShare(string category, TextTones today, ShareBaseline baseline, double ratio)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return string.Create(CultureInfo.InvariantCulture,
            $"{category}: {today.Negative} of {today.Texts} {Texts(today.Texts)} negative today ({Percent(today.Share)}), typical {Percent(baseline.Share)} ({ratio:0.0}×)");
    }

    /// <summary>"18 of 40 texts negative (45%)": a day's texts as the alert list and the status show them.</summary>
    public static string NegativeTexts(int negative, int texts) =>
        string.Create(CultureInfo.InvariantCulture, $"{negative} of {texts} {Texts(texts)} negative ({Percent(texts == 0 ? 0 : (double)negative / texts)})");

    /// <summary>A share (0 to 1) as the sentences show it: "45%", "12.4%".</summary>
    public static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// What the end of a negative-share jump says: the day's sentence and each gate it no longer passes, with its figure:
    /// "Payments: 6 of 40 texts negative today (15%), typical 12% (1.3×): no longer improbable (p = 0.34), less than 5
    /// points above typical and under 1.5× typical"; "fewer than 5 negative texts" for the count.
    /// </summary>
    public static string NegativeShareResolved(NegativeShareVerdict verdict, AlertSettings settings)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(settings);
        var gates = settings.NegativeShare;
        var failed = new List<string>();
        if (!(verdict.PValue < verdict.PGate))
        {
            failed.Add($"no longer improbable (p = {P(verdict.PValue)})");
        }
        if (verdict.Today.Negative < gates.MinNegative)
        {
            failed.Add(string.Create(CultureInfo.InvariantCulture, $"fewer than {gates.MinNegative} negative texts"));
        }
        if (!(verdict.Rise >= gates.MinRisePoints))
        {
            failed.Add(string.Create(CultureInfo.InvariantCulture, $"less than {gates.MinRisePoints:0.##} points above typical"));
        }
        if (!(verdict.Ratio >= gates.MinRatio))
        {
            failed.Add(string.Create(CultureInfo.InvariantCulture, $"under {gates.MinRatio:0.##}× typical"));
        }
        return verdict.Why + ": " + (failed.Count == 0 ? "no longer a jump" : List(failed));
    }

    private static string Texts(int count) => count == 1 ? "text" : "texts";

    /// <summary>A p value as the sentences show it: 0.03, 0.4; under 0.01 as 3.4e-4.</summary>
    private static string P(double p) => p.ToString(p >= 0.01 ? "0.##" : "0.0e0", CultureInfo.InvariantCulture);

    private static string Typical(Baseline baseline)
    {
        var label = baseline.Reference == BaselineReference.SameWeekday ? baseline.Weekday.ToString() : "day";
        return string.Create(CultureInfo.InvariantCulture, $"{label} {baseline.Median:0.#}");
    }

    private static string Tickets(int count) => count == 1 ? "ticket" : "tickets";

    /// <summary>A ratio as the sentences show it: one decimal, two under 1 (0.46×, so a drop reads as one).</summary>
    private static string Ratio(double ratio) => ratio.ToString(ratio < 1 ? "0.0#" : "0.0", CultureInfo.InvariantCulture);
}
