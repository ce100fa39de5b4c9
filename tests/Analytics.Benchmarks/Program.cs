using System.Globalization;
using Analytics.Benchmarks;

// On-demand benchmarks (not unit tests): see docs/performance.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// One measurement of the ingest benchmark, in a process of its own (see IngestBenchmark).
if (args.Length > 0 && args[0] == IngestBenchmark.ChildCommand)
{
    return IngestBenchmark.RunChild(args);
}

var options = BenchmarkOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}
var table = options.Command switch
{
    "kpi" => KpiBenchmark.Run(options),
    "report" => ReportBenchmark.Run(options),
    "alerts" => AlertBenchmark.Run(options),
    "sentiment" => SentimentBenchmark.Run(options),
    "text-quality" => TextQualityBenchmark.Run(options),
    _ => IngestBenchmark.Run(options),
};
Console.WriteLine(table);
Directory.CreateDirectory(options.WorkDirectory);
var resultPath = Path.Combine(options.WorkDirectory, $"{options.Command}-benchmark.md");
File.WriteAllText(resultPath, table);
Console.Error.WriteLine($"written to {resultPath}");
return 0;
