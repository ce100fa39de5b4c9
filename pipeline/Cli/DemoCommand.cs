using System.CommandLine;
using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Warehouse;
using Spectre.Console;

namespace Analytics.Pipeline.Cli;

/// <summary>
/// <c>analytics demo</c>: on a fresh clone with no configuration, loads <c>sample-data/</c> into a fresh
/// warehouse (<c>data/demo.duckdb</c> unless --db is given, so a real warehouse is never overwritten) and
/// prints what was loaded.
/// </summary>
public static class DemoCommand
{
    public const string DefaultDatabasePath = "data/demo.duckdb";

    /// <summary>How the committed sample exports are read: canonical files carry offsets; the Zendesk one is Berlin time.</summary>
    private static readonly (string Folder, IngestOptions Options)[] SampleSources =
    [
        ("zendesk", new IngestOptions { Vendor = Vendors.Zendesk, SourceName = "zendesk-sample", TimeZone = "Europe/Berlin" }),
        ("", new IngestOptions { Vendor = Vendors.Canonical, SourceName = "helpdesk" }),
    ];

    public static Command Create()
    {
        var command = new Command("demo", "Load the sample data into a fresh warehouse and show what was loaded");
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var dbPath = parse.GetValue(GlobalOptions.Db)?.FullName ?? Path.GetFullPath(DefaultDatabasePath);
            var sampleData = SampleDataFolder();
            foreach (var stale in new[] { dbPath, dbPath + ".wal" }.Where(File.Exists))
            {
                File.Delete(stale);
            }

            var results = new List<IngestResult>();
            using (var db = WarehouseDb.OpenForWrite(dbPath, context.Settings))
            {
                foreach (var (folder, options) in SampleSources)
                {
                    var path = Path.Combine(sampleData, folder);
                    var files = Directory.EnumerateFiles(path, "*.csv", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
                    results.AddRange(IngestProgress.Run(db, files, options, context.Verbose));
                }
                IngestOutput.Write(results, "table");
                Overview(db);
            }
            AnsiConsole.MarkupLine($"\nWarehouse: [bold]{Markup.Escape(Path.GetRelativePath(Directory.GetCurrentDirectory(), dbPath))}[/]");
            AnsiConsole.MarkupLine("Try: " + Markup.Escape($"dotnet run --project pipeline -- sql --db {Path.GetRelativePath(Directory.GetCurrentDirectory(), dbPath)} \"SELECT category, count(*) AS tickets FROM tickets GROUP BY ALL ORDER BY 2 DESC\""));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Overview(DuckDB.NET.Data.DuckDBConnection db)
    {
        using var command = db.Create(SqlFiles.Read("catalog/loaded_overview.sql"));
        using var reader = command.ExecuteReader();
        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine("[bold]What the warehouse holds[/]");
        QueryResultWriter.Write(reader, "table", Console.Out);
    }

    /// <summary>sample-data/ in the working directory, else beside the repository the program was built from.</summary>
    private static string SampleDataFolder()
    {
        var candidates = new List<string> { Path.Combine(Directory.GetCurrentDirectory(), "sample-data") };
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            candidates.Add(Path.Combine(dir.FullName, "sample-data"));
        }
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "tickets.csv")))
            ?? throw new UserInputException("sample-data/ not found: run the demo from the repository root");
    }
}
