namespace Analytics.Pipeline.Kpis;

/// <summary>
/// Which KPI table to compute (the arguments of the SQL macro <c>kpi()</c>): local dates, both inclusive;
/// every period containing one of them is reported whole.
/// </summary>
/// <param name="Dimension">What to split the table by; null: not split.</param>
/// <param name="Sources">Only these sources' tickets and surveys (a comparison like for like); null: all.</param>
public sealed record KpiRequest(DateOnly From, DateOnly To, Grain Grain = Grain.Week, Dimension? Dimension = null,
    HoursBasis Hours = HoursBasis.Calendar, IReadOnlyList<string>? Sources = null);
