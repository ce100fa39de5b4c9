namespace Analytics.Domain;

/// <summary>What the number of a KPI column is, which decides how it is printed (<see cref="KpiColumns"/>).</summary>
public enum KpiUnit
{
    /// <summary>An instant (the period's bounds).</summary>
    Instant,

    /// <summary>A word (coverage, a basis).</summary>
    Text,

    /// <summary>A whole number of tickets or responses.</summary>
    Count,

    /// <summary>A share of 0 to 1, printed as a percentage.</summary>
    Share,

    /// <summary>A percentage, 0 to 100; its changes are percentage points.</summary>
    Percent,

    /// <summary>A duration in minutes ("min").</summary>
    Minutes,

    /// <summary>A duration in hours ("h").</summary>
    Hours,

    /// <summary>A score without a unit (NPS, CES).</summary>
    Score,
}
