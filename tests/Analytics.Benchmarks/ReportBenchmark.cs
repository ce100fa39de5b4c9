using System.Globalization;
using System.Text;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Kpis;
using Analytics.Pipeline.Reports;
using Analytics.Pipeline.Warehouse;
using Microsoft.Extensions.Configuration;
using static Analytics.Benchmarks.Timing;

namespace Analytics.Benchmarks;

/// <summary>
/// Building the weekly and monthly report models over the KPI benchmark's warehouse (two years of 1M
/// tickets, <c>kpi.duckdb</c> in the work directory: run the kpi benchmark first), opened read-only as
/// `analytics report` opens it. The spec's bar: a weekly report over 1M tickets in a few seconds.
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
        var results = new List<KpiBenchmark.Result>();
        string week;
        using (var connection = WarehouseDb.OpenReadOnly(db, settings))
        {
            var engine = new KpiEngine(connection, settings.Reporting.TimeZone);
            var (span, _) = ReportPeriods.Default(connection, "week", DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(settings.Reporting.TimeZone));
            var month = ReportSpan.Month(span.From).Previous;
            week = span.Label;
            var builder = new ReportBuilder(connection, settings);
            results.Add(KpiBenchmark.Measure("one kpi() call: the 12 trend weeks (reference)", options.Runs,
                () => engine.Table(new KpiRequest(span.TrendFrom, span.To, "week")).Rows.Count));
            results.Add(KpiBenchmark.Measure($"spikes of week {span.Label} (detector replayed over 8 weeks before and the week)", options.Runs,
                () => ReportSpikes.Find(connection, settings.Alerts, span).Count));
            results.Add(KpiBenchmark.Measure($"report model, week {span.Label}", options.Runs, () => builder.Build(span).Tiles.Count));
            results.Add(KpiBenchmark.Measure($"report model, week {span.Label}, business hours", options.Runs, () => builder.Build(span, "business").Tiles.Count));
            results.Add(KpiBenchmark.Measure($"report model, month {month.Label}", options.Runs, () => builder.Build(month).Tiles.Count));
        }
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
        return table.ToString();
    }
}
