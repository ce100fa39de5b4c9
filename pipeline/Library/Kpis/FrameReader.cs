using System.Data.Common;
using System.Numerics;
using Analytics.Pipeline.Warehouse;
using Microsoft.Data.Analysis;

namespace Analytics.Pipeline.Kpis;

/// <summary>
/// Reads a query result into a DataFrame, the shape in which KPI results travel to the CLI, charts and
/// report. Integers become Int64 columns, other numbers Double, instants DateTimeOffset in the reporting
/// time zone, text String; nulls stay nulls.
/// </summary>
public static class FrameReader
{
    public static DataFrame Read(DbDataReader reader, TimeZoneInfo zone)
    {
        var columns = Enumerable.Range(0, reader.FieldCount).Select(i => Column(reader, i, zone)).ToList();
        while (reader.Read())
        {
            foreach (var column in columns)
            {
                column.Append(reader);
            }
        }
        return new DataFrame(columns.Select(c => c.Frame));
    }

    private static ColumnReader Column(DbDataReader reader, int i, TimeZoneInfo zone)
    {
        var name = reader.GetName(i);
        var type = reader.GetFieldType(i);
        if (reader.GetDataTypeName(i) == "TimestampTz")
        {
            var column = new PrimitiveDataFrameColumn<DateTimeOffset>(name);
            return new ColumnReader(column, r => column.Append(r.IsDBNull(i) ? null : Local((DateTime)r.GetValue(i), zone)));
        }
        if (type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(byte) || type == typeof(BigInteger) || type == typeof(ulong) || type == typeof(uint))
        {
            var column = new Int64DataFrameColumn(name);
            return new ColumnReader(column, r => column.Append(r.IsDBNull(i) ? null : checked((long)Convert.ToDecimal(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            var column = new DoubleDataFrameColumn(name);
            return new ColumnReader(column, r => column.Append(r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)));
        }
        if (type == typeof(bool))
        {
            var column = new BooleanDataFrameColumn(name);
            return new ColumnReader(column, r => column.Append(r.IsDBNull(i) ? null : r.GetBoolean(i)));
        }
        if (type == typeof(DateOnly))
        {
            var column = new PrimitiveDataFrameColumn<DateOnly>(name);
            return new ColumnReader(column, r => column.Append(r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i)));
        }
        var text = new StringDataFrameColumn(name);
        return new ColumnReader(text, r => text.Append(r.IsDBNull(i) ? null : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>DuckDB hands an instant over as a UTC DateTime; give it the reporting zone's offset.</summary>
    private static DateTimeOffset Local(DateTime utc, TimeZoneInfo zone)
    {
        return TimeZoneInfo.ConvertTime(Instants.Of(utc), zone);
    }

    private sealed record ColumnReader(DataFrameColumn Frame, Action<DbDataReader> Append);
}
