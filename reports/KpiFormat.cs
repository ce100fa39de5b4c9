using System.Globalization;

namespace Analytics.Reports;

/// <summary>
/// KPI values as people read them, the same in the terminal and in the report: counts whole with
/// thousands separators, minutes and hours to one decimal, percentages to one decimal with a % sign,
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

    private static string Number(string column, double value)
    {
        if (column.EndsWith("_pct", StringComparison.Ordinal))
        {
            return value.ToString("F1", CultureInfo.InvariantCulture) + "%";
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
