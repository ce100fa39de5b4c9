using System.Globalization;
using Analytics.Reports;
using CsvHelper;
using Microsoft.Data.Analysis;
using Spectre.Console;

namespace Analytics.Pipeline.Cli;

/// <summary>
/// Writes a DataFrame of KPI figures: JSON (a plain array of objects) and CSV unrounded for programs; for
/// people, a table with one column per row of the frame (a period, an initiative) and one line per figure,
/// rounded by <see cref="KpiFormat"/>, split into as many tables as the terminal width needs.
/// </summary>
public static class FrameWriter
{
    /// <param name="header">Heading of a row's column in the table format.</param>
    /// <param name="headerColumns">Columns shown only in the heading, not as lines.</param>
    public static void Write(DataFrame frame, OutputFormat format, TextWriter output, Func<DataFrameRow, string> header, params string[] headerColumns)
    {
        switch (format)
        {
            case OutputFormat.Json: WriteJson(frame, output); break;
            case OutputFormat.Csv: WriteCsv(frame, output); break;
            default: WriteTable(frame, output, header, headerColumns); break;
        }
    }

    private static void WriteJson(DataFrame frame, TextWriter output)
    {
        Output.WriteJson(output, json =>
        {
            json.WriteStartArray();
            foreach (var row in frame.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < frame.Columns.Count; i++)
                {
                    json.WritePropertyName(frame.Columns[i].Name);
                    switch (row[i])
                    {
                        case null: json.WriteNullValue(); break;
                        case long l: json.WriteNumberValue(l); break;
                        case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
                        case double: json.WriteNullValue(); break;
                        case bool b: json.WriteBooleanValue(b); break;
                        case var other: json.WriteStringValue(Text(other)); break;
                    }
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }

    private static void WriteCsv(DataFrame frame, TextWriter output)
    {
        using var csv = CsvWriter.Create(output, new CsvWriterOptions(), true);
        foreach (var column in frame.Columns)
        {
            csv.WriteField(column.Name);
        }
        csv.EndRecord();
        foreach (var row in frame.Rows)
        {
            foreach (var value in row)
            {
                csv.WriteField(Text(value));
            }
            csv.EndRecord();
        }
    }

    private static void WriteTable(DataFrame frame, TextWriter output, Func<DataFrameRow, string> header, string[] headerColumns)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (frame.Rows.Count == 0)
        {
            console.MarkupLine("[grey]no rows[/]");
            return;
        }
        var lines = frame.Columns.Where(c => !headerColumns.Contains(c.Name)).ToList();
        var headings = frame.Rows.Select(header).ToList();
        var labelWidth = lines.Max(c => c.Name.Length) + 4;
        var columnWidth = Math.Max(12, headings.Max(h => h.Length) + 3);
        var perTable = Math.Max(1, (console.Profile.Width - labelWidth) / columnWidth);
        for (var first = 0; first < headings.Count; first += perTable)
        {
            var rows = Enumerable.Range(first, Math.Min(perTable, headings.Count - first)).ToList();
            var table = new Table().Border(TableBorder.Rounded).AddColumn("");
            foreach (var r in rows)
            {
                table.AddColumn(new TableColumn(Markup.Escape(headings[r])).RightAligned());
            }
            foreach (var column in lines)
            {
                table.AddRow([Markup.Escape(column.Name), .. rows.Select(r => Markup.Escape(KpiFormat.Value(column.Name, column[r])))]);
            }
            console.Write(table);
        }
    }

    /// <summary>A value as unrounded text: instants ISO 8601 with offset, numbers round-trip invariant.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        DateTimeOffset t => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
