namespace Analytics.Domain;

/// <summary>The length of a KPI period: a local day, an ISO week (Monday to Monday) or a calendar month (docs/kpis.md).</summary>
public enum Grain
{
    Day,
    Week,
    Month,
}
