namespace Analytics.Domain;

/// <summary>What durations are measured in: every hour, or the business calendar's open hours (docs/kpis.md).</summary>
public enum HoursBasis
{
    Calendar,
    Business,
}
