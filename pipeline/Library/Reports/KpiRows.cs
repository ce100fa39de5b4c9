using Analytics.Pipeline.Kpis;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;
using Microsoft.Data.Analysis;

namespace Analytics.Pipeline.Reports;

/// <summary>One row of a KPI table (or of a report query) read by column name; values exactly as the SQL returned them.</summary>
public sealed class KpiRow(DataFrame frame, long index)
{
    public object? this[string column] => frame.Columns[column][index];

    /// <summary>A count (null as 0: the KPI table's counts are never null).</summary>
    public long Count(string column) => this[column] is { } value ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    /// <summary>A rate, mean or count as a number; null when the SQL said null.</summary>
    public double? Number(string column) => this[column] switch
    {
        null => null,
        double d => d,
        var value => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The local date the row's period starts on.</summary>
    public DateOnly Start => DateOnly.FromDateTime(((DateTimeOffset)this["period_start"]!).DateTime);

    /// <summary>The dimension value (null: tickets without one).</summary>
    public string? Value => this["value"] as string;
}

/// <summary>Reads KPI tables and the report queries of <c>queries/report/</c> as <see cref="KpiRow"/>s.</summary>
public static class KpiRows
{
    public static IReadOnlyList<KpiRow> Of(DataFrame frame) =>
        Enumerable.Range(0, (int)frame.Rows.Count).Select(i => new KpiRow(frame, i)).ToList();

    public static IReadOnlyList<KpiRow> Query(DuckDBConnection db, string file, TimeZoneInfo zone, object? parameters = null)
    {
        using var command = db.Create(SqlFiles.Read(file), parameters);
        using var reader = command.ExecuteReader();
        return Of(FrameReader.Read(reader, zone));
    }
}
