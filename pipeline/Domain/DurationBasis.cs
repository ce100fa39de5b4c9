namespace Analytics.Domain;

/// <summary>
/// Which basis the durations behind a KPI figure are on (the <c>*_basis</c> columns of <c>kpi()</c>, docs/kpis.md):
/// the one asked for, the other one when every ticket's source gave only that, or mixed when some did.
/// </summary>
public enum DurationBasis
{
    Calendar,
    Business,
    Mixed,
}

public static class DurationBases
{
    /// <summary>The duration basis a figure is on when it is on the hours basis asked for.</summary>
    public static DurationBasis AsDurationBasis(this HoursBasis hours) => hours == HoursBasis.Business ? DurationBasis.Business : DurationBasis.Calendar;
}
