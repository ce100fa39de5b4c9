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

/// <summary>How a ticket without a value for a dimension (no category, no team…) is shown in tables and the report.</summary>
public static class DimensionValue
{
    public const string None = "(none)";

    /// <summary>The value, or <see cref="None"/> for tickets without one.</summary>
    public static string Shown(string? value) => value ?? None;
}
