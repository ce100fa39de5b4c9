namespace Analytics.Domain;

/// <summary>
/// Whether a rise of a KPI is good news (CSAT), bad news (backlog) or neither (tickets created): the
/// <c>direction</c> of a column in queries/kpi/columns.json (<see cref="KpiColumns"/>).
/// </summary>
public enum Direction
{
    Neutral,
    HigherIsBetter,
    LowerIsBetter,
}
