using System.Diagnostics;
using System.Globalization;
using System.Text;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.SampleData;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;
using static Analytics.Benchmarks.Timing;

namespace Analytics.Benchmarks;

/// <summary>
/// Ingest of canonical tickets against the reference DuckDB sets for itself: reading the same file into a
/// table with <c>CREATE TABLE AS SELECT * FROM read_csv(...)</c>, measured in the same run. Median of the runs.
/// <para>
/// Each measurement runs in a child process of its own (this program with <c>ingest-run</c>), so that its peak
/// resident memory can be read: the child reads its own high-water mark (<c>VmHWM</c> in /proc/self/status) just
/// before it exits, after the database is closed. The time is that of the work alone (the ingest call, or the
/// reference statement), not of starting the process or opening the warehouse.
/// </para>
/// </summary>
public static class IngestBenchmark
{
    /// <summary>The command line of a child: <c>ingest-run reference|ingest FILE DB</c>.</summary>
    public const string ChildCommand = "ingest-run";

    public static string Run(BenchmarkOptions options)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"Ingest benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, median of {options.Runs} runs");
        table.AppendLine();
        table.AppendLine("| tickets | descriptions | file MB | reference CTAS s | reference peak MiB | ingest s | ratio | CPU ratio | ingest peak MiB | re-ingest s | re-ingest / ingest |");
        table.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var variants = options.Descriptions == "both" ? ["with", "without"] : new[] { options.Descriptions };
        foreach (var (size, descriptions) in options.Sizes.SelectMany(size => variants.Select(v => (size, v))))
        {
            var generated = Generate(options.WorkDirectory, size);
            var file = descriptions == "with" ? generated : WithoutDescriptions(generated);
            var runs = new List<(Measured Reference, Measured Ingest)>();
            for (var run = 0; run < options.Runs; run++)
            {
                var reference = Child("reference", file, FreshFile(options.WorkDirectory, "reference.duckdb"));
                var ingest = Child("ingest", file, FreshFile(options.WorkDirectory, "ingest.duckdb"));
                if (ingest.RowsRead != size)
                {
                    throw new InvalidOperationException($"unexpected counts: read {ingest.RowsRead} of {size}");
                }
                runs.Add((reference, ingest));
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{size} {descriptions} descriptions: run {run + 1}: reference {reference.Seconds:F2}s ({reference.PeakMiB:F0} MiB), ingest {ingest.Seconds:F2}s ({ingest.PeakMiB:F0} MiB), " +
                    $"ratio {ingest.Seconds / reference.Seconds:F2} (CPU {ingest.Cpu / reference.Cpu:F2}), re-ingest {ingest.Again:F3}s"));
            }
            var (r, i, a) = (Median(runs.Select(x => x.Reference.Seconds).ToList()), Median(runs.Select(x => x.Ingest.Seconds).ToList()), Median(runs.Select(x => x.Ingest.Again).ToList()));
            // The ratio is taken run by run (each against the reference timed just before it), then the median.
            var ratio = Median(runs.Select(x => x.Ingest.Seconds / x.Reference.Seconds).ToList());
            var cpuRatio = Median(runs.Select(x => x.Ingest.Cpu / x.Reference.Cpu).ToList());
            var (rPeak, iPeak) = (runs.Max(x => x.Reference.PeakMiB), runs.Max(x => x.Ingest.PeakMiB));
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {size:N0} | {descriptions} | {new FileInfo(file).Length / 1e6:F0} | {r:F2} | {rPeak:F0} | {i:F2} | {ratio:F2} | {cpuRatio:F2} | {iPeak:F0} | {a:F3} | {100 * a / i:F1}% |");
        }
        table.AppendLine();
        table.AppendLine("Peak MiB: the highest of the runs. Ratio: the median of each run's ingest over the reference timed just before it; " +
            "CPU ratio: the same with the CPU time the two used, which other work on the machine moves less.");
        return table.ToString();
    }

    /// <summary>
    /// The child's side: does one measurement and prints it on stdout as <c>seconds again rows peak_kib cpu_seconds</c>
    /// (<c>again</c> and <c>rows</c> are 0 for the reference). The phases of the ingest go to stderr.
    /// </summary>
    public static int RunChild(string[] args)
    {
        if (args.Length != 4 || args[1] is not ("reference" or "ingest"))
        {
            Console.Error.WriteLine($"usage: {ChildCommand} reference|ingest FILE DB");
            return 2;
        }
        var (what, file, db) = (args[1], args[2], args[3]);
        double seconds, again = 0;
        long rows = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        if (what == "reference")
        {
            using var connection = new DuckDBConnection($"Data Source={db}");
            connection.Open();
            seconds = Time(() => connection.Execute("CREATE TABLE t AS SELECT * FROM read_csv($path)", new { path = file }));
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        }
        else
        {
            using var connection = WarehouseDb.OpenForWrite(db, new AnalyticsSettings());
            var ingestor = new FileIngestor(connection, new IngestOptions());
            var watch = Stopwatch.StartNew();
            IngestResult? result = null;
            seconds = Time(() => result = ingestor.Ingest(file, phase => Console.Error.WriteLine($"{watch.Elapsed.TotalSeconds,8:F2}s  {phase}")));
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Check(result!);
            rows = result!.RowsRead;
            again = Time(() => ingestor.Ingest(file));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seconds:R} {again:R} {rows} {PeakKib()} {cpu.TotalSeconds:R}"));
        return 0;
    }

    private sealed record Measured(double Seconds, double Again, long RowsRead, double PeakMiB, double Cpu);

    private static Measured Child(string what, string file, string db)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Run as `dotnet Analytics.Benchmarks.dll` or as the program itself, whichever this process is.
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(IngestBenchmark).Assembly.Location);
        }
        foreach (var arg in new[] { ChildCommand, what, file, db })
        {
            start.ArgumentList.Add(arg);
        }
        using var child = Process.Start(start) ?? throw new InvalidOperationException("the child did not start");
        var errors = child.StandardError.ReadToEndAsync();
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var phases = errors.GetAwaiter().GetResult();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed ({child.ExitCode}): {phases}");
        }
        if (what == "ingest")
        {
            Console.Error.Write(phases);
        }
        var fields = output.Trim().Split(' ');
        return new Measured(
            double.Parse(fields[0], CultureInfo.InvariantCulture), double.Parse(fields[1], CultureInfo.InvariantCulture),
            long.Parse(fields[2], CultureInfo.InvariantCulture), long.Parse(fields[3], CultureInfo.InvariantCulture) / 1024.0,
            double.Parse(fields[4], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The process's peak resident memory in KiB, as Linux counts it (VmHWM: the high-water mark of the resident
    /// set, which no later drop lowers).
    /// </summary>
    private static long PeakKib()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static string Generate(string work, int size)
    {
        var folder = Path.Combine(work, $"canonical-{size}");
        var tickets = Path.Combine(folder, "tickets.csv");
        if (!GeneratedData.IsCurrent(tickets))
        {
            // Written beside and moved into place when complete, so an interrupted run never leaves a short file
            // that a later run would take for the real one (10M tickets take a few minutes).
            var partial = folder + ".partial";
            Console.Error.WriteLine($"generating {size:N0} tickets into {folder}");
            if (Directory.Exists(partial))
            {
                Directory.Delete(partial, recursive: true);
            }
            SampleDataGenerator.Generate(new SampleDataOptions { Tickets = size, Weeks = 104, Seed = 1 }, partial);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
            Directory.Move(partial, folder);
        }
        return tickets;
    }

    /// <summary>
    /// The generated tickets without their description column, beside them (made once per generated file), to measure
    /// what the descriptions cost: every other field is the same text.
    /// </summary>
    private static string WithoutDescriptions(string tickets)
    {
        var stripped = Path.Combine(Path.GetDirectoryName(tickets)!, "tickets-without-descriptions.csv");
        if (!File.Exists(stripped) || File.GetLastWriteTimeUtc(stripped) < File.GetLastWriteTimeUtc(tickets))
        {
            using var connection = new DuckDBConnection("Data Source=:memory:");
            connection.Open();
            connection.Execute(
                $"COPY (SELECT * EXCLUDE (description) FROM read_csv($path, all_varchar = true)) TO {Sql.Literal(stripped)} (HEADER, DELIMITER ',')",
                new { path = tickets });
        }
        return stripped;
    }

    private static void Check(IngestResult result)
    {
        if (result.RowsRead != result.RowsLoaded + result.Duplicates + result.Quarantined)
        {
            throw new InvalidOperationException($"unexpected counts: read {result.RowsRead}, loaded {result.RowsLoaded}");
        }
    }
}
