namespace Analytics.Pipeline.Kpis;

/// <summary>
/// Which KPI table to compute (the arguments of the SQL macro <c>kpi()</c>): local dates, both inclusive;
/// every period containing one of them is reported whole.
/// </summary>
/// <param name="Sources">Only these sources' tickets and surveys (a comparison like for like); null: all.</param>
public sealed record KpiRequest(DateOnly From, DateOnly To, string Grain = "week", string? Dimension = null, string Hours = "calendar",
    IReadOnlyList<string>? Sources = null)
{
    public static readonly string[] Grains = ["day", "week", "month"];
    public static readonly string[] Dimensions = ["channel", "category", "priority", "team", "agent", "source"];
    public static readonly string[] HourBases = ["calendar", "business"];
}
