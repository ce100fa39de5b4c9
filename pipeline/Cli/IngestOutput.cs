using System.Text.Json;
using Analytics.Pipeline.Ingest;
using Spectre.Console;

namespace Analytics.Pipeline.Cli;

/// <summary>Prints the per-file ingest summary: a table for people, a JSON array for programs.</summary>
public static class IngestOutput
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static void Write(IReadOnlyList<IngestResult> results, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(results, Json));
            return;
        }
        // Plain lines for a log or a program, and on a terminal too narrow for the table.
        if (Console.IsOutputRedirected || AnsiConsole.Profile.Width < WideEnough)
        {
            WriteLines(results);
        }
        else
        {
            WriteTable(results);
        }
        var quarantined = results.Sum(r => r.Quarantined + r.Derived.Sum(d => d.Quarantined));
        if (quarantined > 0)
        {
            AnsiConsole.MarkupLine($"[yellow]{N(quarantined)} row(s) quarantined[/]: see them with " +
                Markup.Escape("analytics sql \"SELECT path, line, reason FROM quarantine ORDER BY path, line\""));
        }
    }

    /// <summary>Below this many columns the table would have to break words; one line per file reads better.</summary>
    private const int WideEnough = 100;

    private static void WriteLines(IReadOnlyList<IngestResult> results)
    {
        foreach (var r in results)
        {
            var counts = r.Status == IngestStatus.Unchanged
                ? "[grey]unchanged (loaded before)[/]"
                : Counts(r.RowsRead, r.RowsLoaded, r.RowsUpdated, r.Duplicates, r.Quarantined);
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(Shown(r.Path, results))}[/]: {r.Kind} ({Markup.Escape(r.Source)}), {counts}");
            foreach (var d in r.Derived)
            {
                AnsiConsole.MarkupLine($"  + {d.Kind}: {Counts(d.RowsRead, d.RowsLoaded, d.RowsUpdated, d.Duplicates, d.Quarantined)}");
            }
        }
    }

    private static string Counts(long read, long loaded, long updated, long duplicates, long quarantined) =>
        $"read {N(read)}, loaded {N(loaded)}, updated {N(updated)}, duplicates {N(duplicates)}, " +
        (quarantined > 0 ? $"[yellow]quarantined {N(quarantined)}[/]" : "quarantined 0");

    private static void WriteTable(IReadOnlyList<IngestResult> results)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("file", "kind", "source", "read", "loaded", "updated", "dupes", "quarantined");
        foreach (var r in results)
        {
            var file = Markup.Escape(Shown(r.Path, results)) + (r.Status == IngestStatus.Unchanged ? " [grey](loaded before)[/]" : "");
            table.AddRow(file, r.Kind.Name, Markup.Escape(r.Source),
                N(r.RowsRead), N(r.RowsLoaded), N(r.RowsUpdated), N(r.Duplicates), r.Quarantined > 0 ? $"[yellow]{N(r.Quarantined)}[/]" : "0");
            foreach (var d in r.Derived)
            {
                table.AddRow("", "+ " + d.Kind, "", N(d.RowsRead), N(d.RowsLoaded), N(d.RowsUpdated), N(d.Duplicates), N(d.Quarantined));
            }
        }
        for (var i = 3; i < 8; i++)
        {
            table.Columns[i].RightAligned().NoWrap();
        }
        AnsiConsole.Write(table);
    }

    /// <summary>
    /// The file's name, short enough for an 80-column terminal; with its folder when another file of the
    /// same ingest has the same name. (JSON output carries the full path.)
    /// </summary>
    private static string Shown(string path, IReadOnlyList<IngestResult> all)
    {
        var name = Path.GetFileName(path);
        if (all.Count(r => Path.GetFileName(r.Path) == name) < 2)
        {
            return name;
        }
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
        return string.IsNullOrEmpty(folder) ? name : folder + "/" + name;
    }

    private static string N(long n) => n.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
}
