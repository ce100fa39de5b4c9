using System.Diagnostics;
using System.Globalization;
using System.Text;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Kpis;
using Analytics.Pipeline.Reports;
using Analytics.Pipeline.Text;
using Analytics.Pipeline.Warehouse;
using Microsoft.Extensions.Configuration;
using static Analytics.Benchmarks.Timing;

namespace Analytics.Benchmarks;

/// <summary>
/// Building the weekly and monthly report models over the KPI benchmark's warehouse (two years of 1M
/// tickets, <c>kpi.duckdb</c> in the work directory: run the kpi benchmark first), opened read-only as
/// `analytics report` opens it, and the whole `analytics report weekly` from the command line (a child process:
/// start, model, charts, the PDF written and read back). The warehouse is first brought up to date as the service keeps
/// it (stored rows of this version, texts scored). The bar: a weekly PDF report with all charts over 1M tickets under 3 s.
/// </summary>
public static class ReportBenchmark
{
    public static string Run(BenchmarkOptions options)
    {
        var db = Path.Combine(options.WorkDirectory, "kpi.duckdb");
        if (!File.Exists(db))
        {
            throw new FileNotFoundException($"{db} not found: run the kpi benchmark first, it builds the warehouse");
        }
        var settings = SettingsLoader.Bind(new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(KpiBenchmark.ConfigJson))).Build());
        // The warehouse as the service keeps it: its stored rows computed by this version of the program (a warehouse
        // built by an older one has them rebuilt on the first write) and its texts scored, with their terms. Not timed.
        using (var writer = WarehouseDb.OpenForWrite(db, settings))
        {
            Console.Error.WriteLine($"texts scored before the runs: {TextSentiments.Refresh(writer):N0}");
        }
        var results = new List<KpiBenchmark.Result>();
        string week;
        using (var connection = WarehouseDb.OpenReadOnly(db, settings))
        {
            var engine = new KpiEngine(connection, settings.Reporting.TimeZone);
            var (span, _) = ReportPeriods.Default(connection, Grain.Week, DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(settings.Reporting.TimeZone));
            var month = ReportSpan.Month(span.From).Previous;
            week = span.Label;
            var builder = new ReportBuilder(connection, settings);
            results.Add(KpiBenchmark.Measure("one kpi() call: the 12 trend weeks (reference)", options.Runs,
                () => engine.Table(new KpiRequest(span.TrendFrom, span.To, Grain.Week)).Rows.Count));
            results.Add(KpiBenchmark.Measure($"spikes of week {span.Label} (detector replayed over 8 weeks before and the week)", options.Runs,
                () => ReportSpikes.Find(connection, settings.Alerts, span).Count));
            results.Add(KpiBenchmark.Measure($"report model, week {span.Label}", options.Runs, () => builder.Build(span).Tiles.Count));
            results.Add(KpiBenchmark.Measure($"report model, week {span.Label}, business hours", options.Runs, () => builder.Build(span, HoursBasis.Business).Tiles.Count));
            results.Add(KpiBenchmark.Measure($"report model, month {month.Label}", options.Runs, () => builder.Build(month).Tiles.Count));
        }
        // The whole command, as a user runs it: start, open, model, charts, PDF written and read back. After the
        // benchmark's own connection is closed, so that the child process has the warehouse and the cores. Twice: the
        // program as built (its code compiled as it first runs) and as installed (published ReadyToRun, README "Install").
        var installed = Install(options.WorkDirectory);
        results.Add(KpiBenchmark.Measure($"{CommandLine}, as built (`dotnet analytics.dll`), week {week}", options.Runs,
            () => ReportCommand(options.WorkDirectory, db, week, "dotnet", Path.Combine(AppContext.BaseDirectory, "analytics.dll"))));
        results.Add(KpiBenchmark.Measure($"{CommandLine}, as installed (published ReadyToRun), week {week}", options.Runs,
            () => ReportCommand(options.WorkDirectory, db, week, installed)));
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture,
            $"Report benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, the kpi benchmark's warehouse ({db}), week {week}, median of {options.Runs} runs after one warm-up");
        table.AppendLine();
        table.AppendLine("| case | median s | min s | max s |");
        table.AppendLine("|---|---:|---:|---:|");
        foreach (var r in results)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {r.Case} | {Median(r.Seconds):F2} | {r.Seconds.Min():F2} | {r.Seconds.Max():F2} |");
        }
        var whole = Median(results[^1].Seconds);
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture,
            $"The bar, a weekly PDF report with all charts over 1M tickets under {Bar:F0} s: {whole:F2} s from the command line as installed, {(whole < Bar ? "under" : "over")} it.");
        return table.ToString();
    }

    private const double Bar = 3;
    private const string CommandLine = "analytics report weekly from the command line (child process: PDF with all charts)";

    /// <summary>
    /// <c>PROGRAM [ARGS] report weekly --week W --db DB --config C --out PDF</c> (the CLI as built, or as installed), in a
    /// fresh folder; the number of files it wrote.
    /// </summary>
    private static long? ReportCommand(string work, string db, string week, string program, params string[] programArguments)
    {
        var config = Path.Combine(work, "kpi-config.json");
        File.WriteAllText(config, KpiBenchmark.ConfigJson);
        var folder = Path.Combine(work, "report-cli");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, WorkingDirectory = folder };
        foreach (var argument in programArguments.Concat(["report", "weekly", "--week", week, "--db", db, "--config", config,
                     "--out", Path.Combine(folder, $"weekly-{week}.pdf")]))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"analytics report weekly failed (exit {process.ExitCode}): {output}");
        }
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).LongCount();
    }

    /// <summary>
    /// The CLI installed as the README's "Install" says (<c>dotnet publish pipeline -c Release -r RID -o DIR</c>, ReadyToRun:
    /// compiled ahead, so a run of a few seconds does not spend them compiling), into <c>WORK/report-cli-installed/</c>
    /// from the repository this benchmark was built from; the path of its <c>analytics</c>. Not timed.
    /// </summary>
    private static string Install(string work)
    {
        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "Analytics.sln")))
        {
            repository = repository.Parent;
        }
        if (repository is null)
        {
            throw new InvalidOperationException($"no Analytics.sln above {AppContext.BaseDirectory}: the benchmark runs from its build folder in the repository");
        }
        var folder = Path.Combine(work, "report-cli-installed");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     "publish", Path.Combine(repository.FullName, "pipeline", "Analytics.Cli.csproj"), "-c", "Release",
                     "-r", Platform(), "-o", folder,
                 })
        {
            start.ArgumentList.Add(argument);
        }
        Console.Error.WriteLine($"installing the CLI into {folder} (dotnet publish, ReadyToRun)");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed (exit {process.ExitCode}): {output}{error.Result}");
        }
        return Path.Combine(folder, "analytics");
    }

    /// <summary>The portable platform name the README publishes for (linux-x64 here): the runtime's own name can be a distribution's.</summary>
    private static string Platform()
    {
        var os = OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "osx" : OperatingSystem.IsWindows() ? "win"
            : throw new PlatformNotSupportedException("the report benchmark installs the CLI for Linux, macOS or Windows");
        return $"{os}-{System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
    }
}
