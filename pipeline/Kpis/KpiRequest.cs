namespace Analytics.Pipeline.Kpis;

/// <summary>
/// Which KPI table to compute (the arguments of the SQL macro <c>kpi()</c>): local dates, both inclusive;
/// every period containing one of them is reported whole.
/// </summary>
public sealed record KpiRequest(DateOnly From, DateOnly To, string Grain = "week", string? Dimension = null, string Hours = "calendar")
{
    public static readonly string[] Grains = ["day", "week", "month"];
    public static readonly string[] Dimensions = ["channel", "category", "priority", "team", "agent", "source"];
    public static readonly string[] HourBases = ["calendar", "business"];

    /// <summary>The first day of the period (of <paramref name="grain"/>) that contains <paramref name="day"/>.</summary>
    public static DateOnly PeriodStart(DateOnly day, string grain) => grain switch
    {
        "day" => day,
        "week" => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        "month" => new DateOnly(day.Year, day.Month, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(grain), grain, "day, week or month"),
    };
}
