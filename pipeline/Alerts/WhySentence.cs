using System.Globalization;

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

    public static string FeedStopped(int total, Baseline baseline) =>
        string.Create(CultureInfo.InvariantCulture,
            $"All categories: {total} {Tickets(total)} today, typical {Typical(baseline)}; the ticket feed may have stopped");

    public static string DayInProgress(int total, Baseline baseline) =>
        string.Create(CultureInfo.InvariantCulture,
            $"All categories: {total} {Tickets(total)} so far today, typical {Typical(baseline)}; the day is not over, so the feed is not judged yet");

    private static string Typical(Baseline baseline)
    {
        var label = baseline.Reference == BaselineReference.SameWeekday ? baseline.Weekday.ToString() : "day";
        return string.Create(CultureInfo.InvariantCulture, $"{label} {baseline.Median:0.#}");
    }

    private static string Tickets(int count) => count == 1 ? "ticket" : "tickets";
}
