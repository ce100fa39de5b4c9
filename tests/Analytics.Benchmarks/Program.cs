using System.Globalization;
using Analytics.Benchmarks;

// On-demand benchmarks (not unit tests): see docs/performance.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var options = BenchmarkOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/Analytics.Benchmarks -- ingest [--sizes 100000,1000000] [--runs 3] [--work DIR]");
    return 2;
}
var table = IngestBenchmark.Run(options);
Console.WriteLine(table);
Directory.CreateDirectory(options.WorkDirectory);
var resultPath = Path.Combine(options.WorkDirectory, "ingest-benchmark.md");
File.WriteAllText(resultPath, table);
Console.Error.WriteLine($"written to {resultPath}");
return 0;
