namespace Analytics.Reports.Document;

/// <summary>
/// What a KPI column's number is, as queries/kpi/columns.json says (<see cref="KpiColumns"/>): counts are boxed as
/// whole numbers so <see cref="KpiFormat"/> prints them as the KPI table does (the model carries every tile value as a
/// double); durations carry a unit to print after them.
/// </summary>
public static class KpiUnits
{
    public static object? Boxed(string column, double? value) => value switch
    {
        null => null,
        { } v when IsCount(column) && double.IsFinite(v) => (long)Math.Round(v),
        { } v => v,
    };

    public static bool IsCount(string column) => KpiColumns.Find(column)?.Unit == KpiUnit.Count;

    /// <summary>"min" for minute columns, "h" for hour columns, empty where the format already says it (%, counts).</summary>
    public static string Unit(string column) => KpiColumns.Find(column)?.Unit switch
    {
        KpiUnit.Minutes => "min",
        KpiUnit.Hours => "h",
        _ => "",
    };

    /// <summary>The value as printed with its unit, e.g. "42.5 min", "93.1%", "1,204".</summary>
    public static string WithUnit(string column, object? value)
    {
        var text = KpiFormat.Value(column, value);
        var unit = Unit(column);
        return value is null || unit.Length == 0 ? text : text + " " + unit;
    }
}
