using System.Globalization;

namespace Analytics.Reports;

/// <summary>
/// KPI values as people read them, the same in the terminal and in the report: counts whole with
/// thousands separators, minutes and hours to one decimal, percentages (and shares of 0 to 1) to one decimal with a % sign,
/// money to two decimals; a value that does not exist (n = 0) is a dash, never 0.
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
        if (column.EndsWith("_pct", StringComparison.Ordinal))
        {
            return sign + magnitude.ToString("F1", CultureInfo.InvariantCulture) + " pp";
        }
        if (column.EndsWith("_share", StringComparison.Ordinal))
        {
            // A share of 0 to 1 is shown as a percentage: its change is in percentage points.
            return sign + (magnitude * 100).ToString("F1", CultureInfo.InvariantCulture) + " pp";
        }
        return sign + (current is long && previous is long
            ? magnitude.ToString("N0", CultureInfo.InvariantCulture)
            : Number(column, magnitude));
    }

    private static string Number(string column, double value)
    {
        if (column.EndsWith("_pct", StringComparison.Ordinal))
        {
            return value.ToString("F1", CultureInfo.InvariantCulture) + "%";
        }
        if (column.EndsWith("_share", StringComparison.Ordinal))
        {
            // A share of 0 to 1 (coverage_share), read as a percentage.
            return (value * 100).ToString("F1", CultureInfo.InvariantCulture) + "%";
        }
        if (MoneyColumns.Contains(column))
        {
            return value.ToString("N2", CultureInfo.InvariantCulture);
        }
        if (column.StartsWith("churn_rate", StringComparison.Ordinal) || column.StartsWith("tickets_per_customer", StringComparison.Ordinal))
        {
            return value.ToString("F4", CultureInfo.InvariantCulture);
        }
        if (column is "ces_mean" or "months_a")
        {
            return value.ToString("F2", CultureInfo.InvariantCulture);
        }
        return value.ToString("N1", CultureInfo.InvariantCulture);
    }
}
