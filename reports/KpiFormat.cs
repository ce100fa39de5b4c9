using System.Globalization;

namespace Analytics.Reports;

/// <summary>
/// KPI values as people read them, the same in the terminal and in the report. A column of the KPI table is printed
/// as queries/kpi/columns.json says (<see cref="KpiColumns"/>: its unit and decimals): counts whole with thousands
/// separators, minutes, hours and scores with their decimals, percentages (and shares of 0 to 1) with a % sign. Other
/// columns (the ROI figures): money to two decimals, rates to four, other numbers to one. A value that does not exist
/// (n = 0) is a dash, never 0.
/// </summary>
public static class KpiFormat
{
    public const string Missing = "–";

    private static readonly string[] MoneyColumns =
        ["cost", "cost_per_ticket", "revenue_per_customer_month", "deflection_benefit", "retention_benefit", "benefit"];

    public static string Value(string column, object? value) => value switch
    {
        null => Missing,
        long or int => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture),
        double d when !double.IsFinite(d) => Missing,
        double d => Number(column, d),
        DateTimeOffset t => t.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? Missing,
    };

    /// <summary>
    /// The change from <paramref name="previous"/> to <paramref name="current"/>, signed, in the column's
    /// own unit (percentage points for percentages); a dash when either side is missing.
    /// </summary>
    public static string Change(string column, object? previous, object? current)
    {
        if (previous is null || current is null || previous is not (long or double) || current is not (long or double))
        {
            return Missing;
        }
        var delta = Convert.ToDouble(current, CultureInfo.InvariantCulture) - Convert.ToDouble(previous, CultureInfo.InvariantCulture);
        var sign = delta > 0 ? "+" : delta < 0 ? "-" : "±";
        var magnitude = Math.Abs(delta);
        if (Points(column) is { } percent)
        {
            // A percentage's change is in percentage points; a share of 0 to 1 is shown as a percentage, so is its change.
            return sign + percent(magnitude).ToString(Fixed(column), CultureInfo.InvariantCulture) + " pp";
        }
        return sign + (current is long && previous is long
            ? magnitude.ToString("N0", CultureInfo.InvariantCulture)
            : Number(column, magnitude));
    }

    /// <summary>
    /// A change as a percentage of the value before: "+6.1%", "-5.0%" under 10%, whole percent from there ("+27%",
    /// "+127%"); null from 0 or for no change.
    /// </summary>
    public static string? RelativeChange(double previous, double current)
    {
        if (previous == 0 || current == previous)
        {
            return null;
        }
        var percent = (current - previous) / Math.Abs(previous) * 100;
        var format = Math.Abs(percent) < 9.95 ? "0.0" : "0";
        // A change too small to show as a percentage (-0.003%) has none, rather than a sign it cannot carry.
        var magnitude = Math.Abs(percent).ToString(format, CultureInfo.InvariantCulture);
        return magnitude.Any(c => c is >= '1' and <= '9') ? (percent > 0 ? "+" : "-") + magnitude + "%" : null;
    }

    /// <summary>For a percentage or a share, how its value reads as a percentage; null for any other column.</summary>
    private static Func<double, double>? Points(string column) =>
        KpiColumns.Find(column)?.Unit switch
        {
            KpiUnit.Percent => v => v,
            KpiUnit.Share => v => v * 100,
            null when column.EndsWith("_pct", StringComparison.Ordinal) => v => v,
            _ => null,
        };

    /// <summary>The fixed-point format of a percentage: the column's decimals (one for the ROI's percentages).</summary>
    private static string Fixed(string column) => "F" + (KpiColumns.Find(column)?.Decimals ?? 1).ToString(CultureInfo.InvariantCulture);

    private static string Number(string column, double value)
    {
        if (Points(column) is { } percent)
        {
            return percent(value).ToString(Fixed(column), CultureInfo.InvariantCulture) + "%";
        }
        if (KpiColumns.Find(column) is { } kpi)
        {
            return value.ToString("N" + kpi.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }
        if (MoneyColumns.Contains(column))
        {
            return value.ToString("N2", CultureInfo.InvariantCulture);
        }
        if (column.StartsWith("churn_rate", StringComparison.Ordinal) || column.StartsWith("tickets_per_customer", StringComparison.Ordinal))
        {
            return value.ToString("F4", CultureInfo.InvariantCulture);
        }
        if (column is "months_a")
        {
            return value.ToString("F2", CultureInfo.InvariantCulture);
        }
        return value.ToString("N1", CultureInfo.InvariantCulture);
    }
}
