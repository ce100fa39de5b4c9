using System.CommandLine;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Delivery;
using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Kpis;
using Analytics.Pipeline.Reports;
using Analytics.Pipeline.Warehouse;
using Spectre.Console;

namespace Analytics.Pipeline.Cli;

/// <summary>
/// <c>analytics demo</c>: on a fresh clone with no configuration, loads <c>sample-data/</c> into a fresh
/// warehouse (<c>data/demo.duckdb</c> unless --db is given, so a real warehouse is never overwritten),
/// prints what was loaded and the KPIs of the data's last complete week, renders that week's report
/// beside the warehouse (<c>data/weekly-2026-W46.pdf</c> and its charts), runs spike detection with the alert
/// lifecycle over the data's days, and delivers the report and alert emails as .eml files (<c>data/outbox/</c>).
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
            var sampleData = SampleDataFolder();
            // The sample company's own configuration (Berlin time, business hours, SLA targets, an
            // initiative), unless a configuration file is given explicitly.
            var context = CommandContext.From(parse);
            if (parse.GetValue(GlobalOptions.Config) is null)
            {
                context = context with { Settings = SettingsLoader.Load(Path.Combine(sampleData, "analytics.json"), Directory.GetCurrentDirectory()) };
            }
            var dbPath = parse.GetValue(GlobalOptions.Db)?.FullName ?? Path.GetFullPath(DefaultDatabasePath);
            foreach (var stale in new[] { dbPath, dbPath + ".wal" }.Where(File.Exists))
            {
                File.Delete(stale);
            }

            var results = new List<IngestResult>();
            (WrittenReport Files, ReportSpan Week)? report = null;
            string? mailed = null;
            // The demo's emails go to .eml files beside its warehouse, never to a configured mail server.
            var demoSettings = context.Settings with
            {
                Smtp = new SmtpSettings(),
                Outbox = context.Settings.Outbox with { Folder = Path.Combine(Path.GetDirectoryName(dbPath)!, "outbox") },
            };
            using (var db = WarehouseDb.OpenForWrite(dbPath, context.Settings))
            {
                foreach (var (folder, options) in SampleSources)
                {
                    var path = Path.Combine(sampleData, folder);
                    var files = Directory.EnumerateFiles(path, "*.csv", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
                    results.AddRange(IngestProgress.Run(db, files, options, context.Verbose));
                }
                IngestOutput.Write(results, OutputFormat.Table);
                Overview(db);
                var zone = TimeZoneInfo.FindSystemTimeZoneById(context.Settings.Reporting.TimeZone);
                // The latest complete week the sample covers, as `report weekly` picks it without --week.
                var (week, _) = ReportPeriods.Default(db, Grain.Week, DateTimeOffset.UtcNow, zone);
                LastWeeks(db, context.Settings, week);
                var pdf = Path.Combine(Path.GetDirectoryName(dbPath)!, Path.GetFileName(ReportFiles.DefaultPath(week)));
                var (model, produced) = ReportFiles.Produce(db, context.Settings, week, pdf);
                report = (produced, week);
                mailed = new OutboxReportDelivery(demoSettings, Directory.GetCurrentDirectory()).Deliver(db, model, produced.Pdf, late: false, CancellationToken.None);
                Alerts(db, demoSettings, week.To);
            }
            AnsiConsole.MarkupLine($"\nWarehouse: [bold]{Markup.Escape(Path.GetRelativePath(Directory.GetCurrentDirectory(), dbPath))}[/]");
            if (report is var (written, reported))
            {
                ReportOutput.Print(written, reported, context.Settings, Console.Out);
                AnsiConsole.WriteLine($"  Mail:   {mailed}");
            }
            var dbShown = Path.GetRelativePath(Directory.GetCurrentDirectory(), dbPath);
            var config = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(sampleData, "analytics.json"));
            AnsiConsole.MarkupLine("Try:");
            // Written as they are, not through the console library, which breaks a line at the terminal's width inside a
            // path: the terminal wraps them for the eye and they copy as one line.
            Console.Out.WriteLine($"  dotnet run --project pipeline -- kpi --db {dbShown} --config {config} --from 2026-10-01 --to 2026-10-31 --dim category");
            if (report is var (_, reportedWeek))
            {
                Console.Out.WriteLine($"  dotnet run --project pipeline -- report weekly --db {dbShown} --config {config} --week {reportedWeek.Label} --out {Path.Combine("data", "reports", "demo.pdf")}");
            }
            Console.Out.WriteLine($"  dotnet run --project pipeline -- sql --db {dbShown} \"SELECT category, count(*) AS tickets FROM tickets GROUP BY ALL ORDER BY 2 DESC\"");
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
        QueryResultWriter.Write(reader, OutputFormat.Table, Console.Out);
    }

    /// <summary>The last complete week of the data next to the week before, from the KPI SQL.</summary>
    private static void LastWeeks(DuckDB.NET.Data.DuckDBConnection db, AnalyticsSettings settings, ReportSpan week)
    {
        var engine = new KpiEngine(db, settings.Reporting.TimeZone);
        var monday = week.From;
        var frame = engine.Table(new KpiRequest(monday.AddDays(-7), monday.AddDays(6), Grain.Week));
        var (previous, current) = (PeriodLabel.Week(monday.AddDays(-7)), PeriodLabel.Week(monday));
        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine($"[bold]KPIs of {current} next to {previous}[/]");
        AnsiConsole.MarkupLine($"[grey]{monday:yyyy-MM-dd} to {monday.AddDays(6):yyyy-MM-dd} ({Markup.Escape(settings.Reporting.TimeZone)}): the last complete week of the data[/]");
        KpiComparisonOutput.Write(frame, previous, current, Console.Out);
    }

    /// <summary>
    /// Spike detection with the alert lifecycle over every day of the data up to <paramref name="last"/>, in order, as
    /// the daily detect job would have run it: the changes, and the alert emails in the demo's outbox.
    /// </summary>
    private static void Alerts(DuckDB.NET.Data.DuckDBConnection db, AnalyticsSettings settings, DateOnly last)
    {
        using var command = db.Create(SqlFiles.Read("alerts/first_day.sql"));
        if (command.ExecuteScalar() is not DateOnly first)
        {
            return;
        }
        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine("[bold]Spike alerts[/]");
        var (days, sent) = Sending.Alerts(db, settings, first, last, Directory.GetCurrentDirectory());
        AlertsDetectOutput.WriteChanges(days, first, last, settings, sent, Console.Out);
        // The demo goes on whatever became of the emails; a failure is said on stderr, as alerts detect --notify says it.
        _ = SendingOutput.ExitCode(sent, SentEmails.Alerts, Console.Error);
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
