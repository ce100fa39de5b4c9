using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Analytics.Pipeline.Warehouse;
using CsvHelper;
using Spectre.Console;

namespace Analytics.Pipeline.Cli;

/// <summary>
/// Writes a query result as a table (for people), CSV or JSON (for programs). JSON is a plain array of
/// objects; instants are ISO 8601 with offset; numbers stay numbers.
/// </summary>
public static class QueryResultWriter
{
    public static void Write(DbDataReader reader, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Csv: WriteCsv(reader, output); break;
            case OutputFormat.Json: WriteJson(reader, output); break;
            default: WriteTable(reader, output); break;
        }
    }

    private static void WriteTable(DbDataReader reader, TextWriter output)
    {
        var table = new Table().Border(TableBorder.Rounded);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            table.AddColumn(Markup.Escape(reader.GetName(i)));
        }
        var rows = 0;
        while (reader.Read())
        {
            rows++;
            table.AddRow(Enumerable.Range(0, reader.FieldCount).Select(i => Markup.Escape(Text(reader, i))).ToArray());
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        console.Write(table);
        console.MarkupLine($"[grey]{rows} row(s)[/]");
    }

    private static void WriteCsv(DbDataReader reader, TextWriter output)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions(), true);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            csv.WriteField(reader.GetName(i));
        }
        csv.EndRecord();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                csv.WriteField(Text(reader, i));
            }
            csv.EndRecord();
        }
    }

    private static void WriteJson(DbDataReader reader, TextWriter output)
    {
        Output.WriteJson(output, json =>
        {
            json.WriteStartArray();
            while (reader.Read())
            {
                json.WriteStartObject();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    json.WritePropertyName(reader.GetName(i));
                    WriteJsonValue(json, reader.IsDBNull(i) ? null : Instant(reader, i) ?? reader.GetValue(i));
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }

    private static void WriteJsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case byte or sbyte or short or ushort or int or uint or long or ulong:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case System.Numerics.BigInteger big: json.WriteRawValue(big.ToString(CultureInfo.InvariantCulture)); break;
            case float or double:
                var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (double.IsFinite(d)) { json.WriteNumberValue(d); } else { json.WriteNullValue(); }
                break;
            case decimal m: json.WriteNumberValue(m); break;
            case System.Collections.IEnumerable list when value is not string:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    WriteJsonValue(json, item);
                }
                json.WriteEndArray();
                break;
            default: json.WriteStringValue(Text(value)); break;
        }
    }

    /// <summary>The value of column <paramref name="i"/> as text, instants with their offset.</summary>
    public static string Text(DbDataReader reader, int i) =>
        reader.IsDBNull(i) ? "" : Text(Instant(reader, i) ?? reader.GetValue(i));

    /// <summary>DuckDB hands TIMESTAMPTZ over as a UTC DateTime without a kind; give it its offset.</summary>
    private static DateTimeOffset? Instant(DbDataReader reader, int i) =>
        reader.GetDataTypeName(i) == "TimestampTz" && reader.GetValue(i) is DateTime t
            ? Instants.Of(t)
            : null;

    /// <summary>One value as text: instants ISO 8601 with offset, numbers invariant.</summary>
    public static string Text(object? value) => value switch
    {
        null or DBNull => "",
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateTimeOffset o => o.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list when value is not string => "[" + string.Join(", ", list.Cast<object?>().Select(Text)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
