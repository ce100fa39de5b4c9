using System.Globalization;

namespace Analytics.Domain;

/// <summary>How a period is named wherever it is shown: "2026-11-09" (a day), "2026-W46" (an ISO week), "2026-11" (a month).</summary>
public static class PeriodLabel
{
    /// <summary>The name of the period of <paramref name="grain"/> that starts on <paramref name="start"/>.</summary>
    public static string Of(DateOnly start, Grain grain) => grain switch
    {
        Grain.Week => Week(start),
        Grain.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>"2026-W46": the ISO year and week of <paramref name="day"/>.</summary>
    public static string Week(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}";
    }
}
