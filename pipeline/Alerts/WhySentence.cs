using System.Globalization;

namespace Analytics.Pipeline.Alerts;

/// <summary>
/// What an alert says, in words a manager reads: "Payments: 42 tickets today, typical Monday 12 (3.5×)".
/// The typical count is the baseline median; "typical day" when it came from all earlier days, not the weekday.
/// </summary>
public static class WhySentence
{
    public static string Spike(string category, int count, Baseline baseline, double ratio) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{category}: {count} {Tickets(count)} today, typical {Typical(baseline)} ({ratio:0.0}×)");

    public static string FeedStopped(int total, Baseline baseline) =>
        string.Create(CultureInfo.InvariantCulture,
            $"All categories: {total} {Tickets(total)} today, typical {Typical(baseline)}; the ticket feed may have stopped");

    private static string Typical(Baseline baseline)
    {
        var label = baseline.Reference == BaselineReference.SameWeekday && baseline.ReferenceDays.Count > 0
            ? baseline.ReferenceDays[0].DayOfWeek.ToString()
            : "day";
        return string.Create(CultureInfo.InvariantCulture, $"{label} {baseline.Median:0.#}");
    }

    private static string Tickets(int count) => count == 1 ? "ticket" : "tickets";
}
