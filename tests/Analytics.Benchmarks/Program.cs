// On-demand benchmarks; see docs/performance.md.
Console.WriteLine("usage: dotnet run -c Release --project tests/Analytics.Benchmarks -- ingest [--sizes 100000,1000000]");
return 2;
