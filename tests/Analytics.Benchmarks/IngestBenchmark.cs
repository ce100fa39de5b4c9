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
/// </summary>
public static class IngestBenchmark
{
    public static string Run(BenchmarkOptions options)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"Ingest benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, median of {options.Runs} runs");
        table.AppendLine();
        table.AppendLine("| tickets | file MB | reference CTAS s | ingest s | ratio | re-ingest s | re-ingest / ingest |");
        table.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in options.Sizes)
        {
            var file = Generate(options.WorkDirectory, size);
            var reference = new List<double>();
            var ingest = new List<double>();
            var again = new List<double>();
            for (var run = 0; run < options.Runs; run++)
            {
                reference.Add(Time(() => Reference(options.WorkDirectory, file)));
                var db = FreshFile(options.WorkDirectory, "ingest.duckdb");
                using (var connection = WarehouseDb.OpenForWrite(db, new AnalyticsSettings()))
                {
                    var ingestor = new FileIngestor(connection, new IngestOptions());
                    ingest.Add(Time(() => Check(ingestor.Ingest(file), size)));
                    again.Add(Time(() => ingestor.Ingest(file)));
                }
                Console.Error.WriteLine($"{size}: run {run + 1}: reference {reference[^1]:F2}s, ingest {ingest[^1]:F2}s, re-ingest {again[^1]:F3}s");
            }
            var (r, i, a) = (Median(reference), Median(ingest), Median(again));
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {size:N0} | {new FileInfo(file).Length / 1e6:F0} | {r:F2} | {i:F2} | {i / r:F2} | {a:F3} | {100 * a / i:F1}% |");
        }
        return table.ToString();
    }

    private static string Generate(string work, int size)
    {
        var folder = Path.Combine(work, $"canonical-{size}");
        var tickets = Path.Combine(folder, "tickets.csv");
        if (!File.Exists(tickets))
        {
            Console.Error.WriteLine($"generating {size:N0} tickets into {folder}");
            SampleDataGenerator.Generate(new SampleDataOptions { Tickets = size, Weeks = 104, Seed = 1 }, folder);
        }
        return tickets;
    }

    private static void Reference(string work, string file)
    {
        var db = FreshFile(work, "reference.duckdb");
        using var connection = new DuckDBConnection($"Data Source={db}");
        connection.Open();
        connection.Execute("CREATE TABLE t AS SELECT * FROM read_csv($path)", new { path = file });
    }

    private static void Check(IngestResult result, int size)
    {
        if (result.RowsRead != size || result.RowsRead != result.RowsLoaded + result.Duplicates + result.Quarantined)
        {
            throw new InvalidOperationException($"unexpected counts: read {result.RowsRead}, loaded {result.RowsLoaded}");
        }
    }
}
