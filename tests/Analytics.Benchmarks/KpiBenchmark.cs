using System.Globalization;
using System.Text;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Kpis;
using Analytics.Pipeline.SampleData;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;
using Microsoft.Data.Analysis;
using Microsoft.Extensions.Configuration;
using static Analytics.Benchmarks.Timing;

namespace Analytics.Benchmarks;

/// <summary>
/// The KPIs over two years of sample data (by default 1M tickets with their surveys and customers), as
/// `analytics kpi` and `analytics roi` compute them: a warehouse opened read-only, the SQL views and the
/// <c>kpi()</c> macro read through <see cref="KpiEngine"/> into DataFrames. The spec's bar: all KPIs for
/// 2 years of 1M tickets in a few seconds.
/// <para>
/// Every case runs once to warm up, then <c>--runs</c> times; the table has the median, min and max.
/// Opening the warehouse read-only (which creates the settings tables, views and macros of the session) is
/// measured on its own.
/// </para>
/// <para>
/// The product's bar is relative: all KPIs by week over two years at least 10x faster than the same KPIs in pandas
/// on the same CSVs. So the same run also times <see cref="PandasReference"/> (loading the CSVs, and computing the
/// weekly table with and without the category dimension from the loaded DataFrames), prints the ratios, and checks
/// pandas' tables against kpi()'s column by column: a comparison of unequal work would be worthless. Beside them,
/// the questions analysts ask of the views directly (a scan of <c>kpi_tickets</c>, a median by category and month),
/// each against the same question asked of the <c>tickets</c> table, and one week of <c>kpi()</c> against two years.
/// </para>
/// </summary>
public static class KpiBenchmark
{
    private const int Weeks = 104;

    /// <summary>
    /// A realistic configuration: reporting and business hours in Europe/Berlin (the sample data's zone),
    /// Mon-Thu 09:00-18:00 and a Friday with a lunch break, the German national holidays of the two years,
    /// first-response targets in business minutes, and two initiatives for the ROI model. The same for every
    /// case, as in production: the calendar cases compute the business minutes too (kpi_tickets does).
    /// </summary>
    internal const string ConfigJson = """
        {
          "Reporting": { "TimeZone": "Europe/Berlin" },
          "BusinessHours": {
            "TimeZone": "Europe/Berlin",
            "Week": {
              "Mon": "09:00-18:00", "Tue": "09:00-18:00", "Wed": "09:00-18:00", "Thu": "09:00-18:00",
              "Fri": ["09:00-12:30", "13:30-18:00"]
            },
            "Holidays": [
              "2024-12-25", "2024-12-26", "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-01", "2025-05-29",
              "2025-06-09", "2025-10-03", "2025-12-25", "2025-12-26", "2026-01-01", "2026-04-03", "2026-04-06",
              "2026-05-01", "2026-05-14", "2026-05-25", "2026-10-03"
            ]
          },
          "Sla": {
            "BusinessHours": true,
            "FirstResponseMinutes": { "urgent": 60, "high": 240, "normal": 480, "low": 1440 }
          },
          "Roi": {
            "CostPerTicket": 6.5,
            "RevenuePerCustomerMonth": 120,
            "WindowWeeks": 8,
            "Initiatives": [
              { "Name": "Help center relaunch", "Start": "2025-06-02", "Cost": 25000 },
              { "Name": "Chat assistant", "Start": "2026-03-02", "Cost": 40000 }
            ]
          }
        }
        """;

    public static string Run(BenchmarkOptions options)
    {
        var settings = SettingsLoader.Bind(new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(ConfigJson))).Build());
        var data = new SampleDataOptions { Tickets = options.Tickets, Weeks = Weeks, Seed = 1, Format = SampleDataFormat.Canonical };
        var folder = Generate(options.WorkDirectory, data);
        var db = Load(options.WorkDirectory, folder, settings);

        var results = new List<Result>
        {
            // Before any other connection holds the file open, so that each open is a new database instance, as in a CLI run.
            Measure("open read-only + views", options.Runs, () =>
            {
                using var connection = WarehouseDb.OpenReadOnly(db, settings);
                return null;
            }),
        };
        DataFrame? week = null, byCategory = null;
        var lastWeek = data.End.AddDays(-(((int)data.End.DayOfWeek + 6) % 7));
        using (var connection = WarehouseDb.OpenReadOnly(db, settings))
        {
            var engine = new KpiEngine(connection, settings.Reporting.TimeZone);
            Func<long?> Kpi(Grain grain, Dimension? dim = null, HoursBasis hours = HoursBasis.Calendar) =>
                () => engine.Table(new KpiRequest(data.Start, data.End, grain, dim, hours)).Rows.Count;
            results.Add(Measure("kpi by week", options.Runs, Kpi(Grain.Week)));
            results.Add(Measure("kpi by day", options.Runs, Kpi(Grain.Day)));
            results.Add(Measure("kpi by month", options.Runs, Kpi(Grain.Month)));
            results.Add(Measure("kpi by week, dim category", options.Runs, Kpi(Grain.Week, Dimension.Category)));
            results.Add(Measure("kpi by week, dim agent", options.Runs, Kpi(Grain.Week, Dimension.Agent)));
            results.Add(Measure("kpi by week, hours business", options.Runs, Kpi(Grain.Week, hours: HoursBasis.Business)));
            results.Add(Measure("roi (2 initiatives)", options.Runs, () => engine.Roi().Rows.Count));
            results.Add(Measure($"kpi for one week ({lastWeek:yyyy-MM-dd})", options.Runs,
                () => engine.Table(new KpiRequest(lastWeek, data.End, Grain.Week)).Rows.Count));
            // The same columns of both tables, with values in both (tickets' own duration columns are empty for canonical data).
            results.Add(Measure(TicketsScan, options.Runs, () => Rows(connection,
                "SELECT count(*), sum(agent_replies), max(solved_at), count(DISTINCT category) FROM tickets")));
            results.Add(Measure(AdHocScan, options.Runs, () => Rows(connection,
                "SELECT count(*), sum(agent_replies), max(solved_at), count(DISTINCT category) FROM kpi_tickets")));
            results.Add(Measure(TicketsMedian, options.Runs, () => Rows(connection, $"""
                SELECT category, date_trunc('month', timezone('{settings.Reporting.TimeZone}', first_response_at)) AS month,
                       median((epoch_us(first_response_at) - epoch_us(created_at)) / 60e6) AS frt_median_min
                FROM tickets
                WHERE status IS DISTINCT FROM 'deleted' AND first_response_at IS NOT NULL
                GROUP BY ALL
                """)));
            results.Add(Measure(AdHocMedian, options.Runs, () => Rows(connection, """
                SELECT category, date_trunc('month', first_response_counted_local) AS month, median(frt_minutes) AS frt_median_min
                FROM kpi_tickets
                WHERE first_response_counted_at IS NOT NULL
                GROUP BY ALL
                """)));
            // The tables pandas' are checked against: the same kpi() calls as the cases above.
            week = engine.Table(new KpiRequest(data.Start, data.End, Grain.Week));
            byCategory = engine.Table(new KpiRequest(data.Start, data.End, Grain.Week, Dimension.Category));
        }

        // pandas last, with the warehouse's connection closed, so that the two do not share the cores.
        var pandas = PandasReference.Measure(options.Python, folder, data.Start, data.End, ConfigJson, options.WorkDirectory, options.Runs);
        results.Add(new Result($"pandas: load the three CSVs ({pandas.Versions})", pandas.Tickets, pandas.Load));
        results.Add(new Result(PandasWeek, pandas.Rows["week"], pandas.Compute["week"]));
        results.Add(new Result(PandasCategory, pandas.Rows["week_category"], pandas.Compute["week_category"]));

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture,
            $"KPI benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {options.Tickets:N0} tickets over {Weeks} weeks ({data.Start:yyyy-MM-dd} to {data.End:yyyy-MM-dd}), median of {options.Runs} runs after one warm-up");
        table.AppendLine();
        table.AppendLine("| case | rows | median s | min s | max s |");
        table.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Case} | {(r.Rows is { } rows ? rows.ToString("N0", CultureInfo.InvariantCulture) : "")} | {Median(r.Seconds):F3} | {r.Seconds.Min():F3} | {r.Seconds.Max():F3} |");
        }
        var kpis = results.Where(r => r.Case.StartsWith("kpi by", StringComparison.Ordinal) || r.Case.StartsWith("roi", StringComparison.Ordinal)).ToList();
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture,
            $"All {kpis.Count} KPI and ROI cases, one after the other: {kpis.Sum(r => Median(r.Seconds)):F2} s (sum of medians), plus {Median(results[0].Seconds):F2} s to open the warehouse.");
        table.AppendLine();
        table.AppendLine("Ratios of the medians of this run. The bar: all KPIs by week over 2 years, with no dimension and with each, at least 10 x faster than the same KPIs in pandas (its compute on the loaded DataFrames):");
        table.AppendLine();
        double Of(string name) => Median(results.Single(r => r.Case == name).Seconds);
        void Faster(string product, string reference)
        {
            var ratio = Of(product) / Of(reference);
            table.AppendLine(CultureInfo.InvariantCulture,
                $"- {product}: {Of(product):F3} s, pandas {Of(reference):F3} s: product / pandas {ratio:F2}, {1 / ratio:F2} x faster than pandas{(1 / ratio >= 10 ? "" : " (under the bar of 10 x)")}");
        }
        Faster("kpi by week", PandasWeek);
        Faster("kpi by week, dim category", PandasCategory);
        void Times(string name, string reference) =>
            table.AppendLine(CultureInfo.InvariantCulture, $"- {name}: {Of(name) / Of(reference):F2} x {reference}");
        Times(AdHocScan, TicketsScan);
        Times(AdHocMedian, TicketsMedian);
        Times($"kpi for one week ({lastWeek:yyyy-MM-dd})", "kpi by week");
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture,
            $"The check of pandas' tables against kpi() (tolerance {PandasReference.Tolerance:G} relative), over the columns pandas computes: {string.Join(", ", pandas.Computed)}. " +
            $"Not computed by pandas: {string.Join("; ", pandas.NotComputed.Select(p => $"{p.Key} ({p.Value})"))}.");
        table.AppendLine();
        table.AppendLine(PandasReference.Report("by week", week!.Rows.Count, pandas.Computed.Count, PandasReference.Compare(pandas.Tables["week"], week, pandas.Computed)));
        table.AppendLine(PandasReference.Report("by week, dim category", byCategory!.Rows.Count, pandas.Computed.Count,
            PandasReference.Compare(pandas.Tables["week_category"], byCategory, pandas.Computed)));
        return table.ToString();
    }

    private const string TicketsScan = "ad hoc reference: count(*), sum(agent_replies), max(solved_at), count(DISTINCT category) FROM tickets";
    private const string AdHocScan = "ad hoc: the same FROM kpi_tickets";
    private const string TicketsMedian = "ad hoc reference: median FRT by category by month from tickets' own columns";
    private const string AdHocMedian = "ad hoc: median FRT by category by month over kpi_tickets";
    private const string PandasWeek = "pandas: weekly KPI table, compute on the loaded DataFrames";
    private const string PandasCategory = "pandas: weekly KPI table by category, compute on the loaded DataFrames";

    /// <summary>Runs a query and reads all its rows (an analyst's query in any client).</summary>
    private static long? Rows(DuckDBConnection connection, string sql)
    {
        using var command = connection.Create(sql);
        using var reader = command.ExecuteReader();
        long rows = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }
            rows++;
        }
        return rows;
    }

    internal sealed record Result(string Case, long? Rows, IReadOnlyList<double> Seconds);

    /// <summary>One warm-up run, then <paramref name="runs"/> timed ones; every run must return the same number of rows.</summary>
    internal static Result Measure(string name, int runs, Func<long?> action)
    {
        long? rows = null;
        var warmUp = Time(() => rows = action());
        Console.Error.WriteLine($"{name}: warm-up {warmUp:F2}s");
        var seconds = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            long? again = null;
            seconds.Add(Time(() => again = action()));
            if (again != rows)
            {
                throw new InvalidOperationException($"{name}: run {run + 1} returned {again} rows, the warm-up {rows}");
            }
            Console.Error.WriteLine($"{name}: run {run + 1}: {seconds[^1]:F2}s, {rows} rows");
        }
        return new Result(name, rows, seconds);
    }

    /// <summary>
    /// The canonical tickets, surveys and customers, generated once into the work directory (the same folder
    /// and options as the ingest benchmark's, so either reuses the other's files). Generation writes into a
    /// separate folder that is renamed when complete, so that an interrupted run is not taken for data.
    /// </summary>
    private static string Generate(string work, SampleDataOptions data)
    {
        var folder = Path.Combine(work, $"canonical-{data.Tickets}");
        if (Files.All(f => File.Exists(Path.Combine(folder, f))) && GeneratedData.IsCurrent(Path.Combine(folder, "tickets.csv")))
        {
            return folder;
        }
        var partial = folder + ".partial";
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }
        Console.Error.WriteLine($"generating {data.Tickets:N0} tickets over {data.Weeks} weeks into {folder}");
        var seconds = Time(() => SampleDataGenerator.Generate(data, partial));
        Console.Error.WriteLine($"generated in {seconds:F1}s");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.Move(partial, folder);
        return folder;
    }

    private static readonly string[] Files = ["customers.csv", "tickets.csv", "surveys.csv"];

    /// <summary>A fresh warehouse with the three files ingested (the timings go to stderr only: the ingest benchmark measures ingest).</summary>
    private static string Load(string work, string folder, AnalyticsSettings settings)
    {
        var db = FreshFile(work, "kpi.duckdb");
        using var connection = WarehouseDb.OpenForWrite(db, settings);
        var ingestor = new FileIngestor(connection, new IngestOptions());
        foreach (var file in Files)
        {
            IngestResult? result = null;
            var seconds = Time(() => result = ingestor.Ingest(Path.Combine(folder, file)));
            if (result!.RowsRead == 0 || result.RowsRead != result.RowsLoaded + result.Duplicates + result.Quarantined)
            {
                throw new InvalidOperationException($"{file}: unexpected counts: read {result.RowsRead}, loaded {result.RowsLoaded}");
            }
            Console.Error.WriteLine($"ingested {file}: {result.RowsLoaded:N0} rows loaded, {result.Quarantined:N0} quarantined, in {seconds:F1}s");
        }
        return db;
    }
}
