using System.Text.Json;
using Analytics.Pipeline.Ingest;
using Spectre.Console;

namespace Analytics.Pipeline.Cli;

/// <summary>Prints the per-file ingest summary: a table for people, a JSON array for programs.</summary>
public static class IngestOutput
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static void Write(IReadOnlyList<IngestResult> results, string format)
    {
        if (format == "json")
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(results, Json));
            return;
        }
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("file", "kind", "source", "status", "read", "loaded", "updated", "dupes", "quarant.");
        foreach (var r in results)
        {
            table.AddRow(Markup.Escape(Path.GetFileName(r.Path)), r.Kind, Markup.Escape(r.Source), r.Status,
                N(r.RowsRead), N(r.RowsLoaded), N(r.RowsUpdated), N(r.Duplicates), r.Quarantined > 0 ? $"[yellow]{N(r.Quarantined)}[/]" : "0");
            foreach (var d in r.Derived)
            {
                table.AddRow("", "+ " + d.Kind, "", "", N(d.RowsRead), N(d.RowsLoaded), N(d.RowsUpdated), N(d.Duplicates), N(d.Quarantined));
            }
        }
        for (var i = 2; i < 9; i++)
        {
            table.Columns[i].RightAligned();
        }
        AnsiConsole.Write(table);
        var quarantined = results.Sum(r => r.Quarantined + r.Derived.Sum(d => d.Quarantined));
        if (quarantined > 0)
        {
            AnsiConsole.MarkupLine($"[yellow]{N(quarantined)} row(s) quarantined[/]: see them with " +
                Markup.Escape("analytics sql \"SELECT path, line, reason FROM quarantine ORDER BY path, line\""));
        }
    }

    private static string N(long n) => n.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
}
