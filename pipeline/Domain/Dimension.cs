namespace Analytics.Domain;

/// <summary>What a KPI table can be split by, a column of the tickets (<c>agent</c> is <c>agent_id</c>; docs/kpis.md).</summary>
public enum Dimension
{
    Channel,
    Category,
    Priority,
    Team,
    Agent,
    Source,
}
