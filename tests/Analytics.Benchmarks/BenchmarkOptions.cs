using System.Globalization;

namespace Analytics.Benchmarks;

public sealed record BenchmarkOptions(string Command, IReadOnlyList<int> Sizes, int Runs, string WorkDirectory)
{
    public static BenchmarkOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != "ingest")
        {
            return null;
        }
        IReadOnlyList<int> sizes = [100_000, 1_000_000];
        var runs = 3;
        var work = Path.Combine(Path.GetTempPath(), "analytics-benchmarks");
        for (var i = 1; i < args.Length - 1; i += 2)
        {
            switch (args[i])
            {
                case "--sizes": sizes = args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList(); break;
                case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--work": work = args[i + 1]; break;
                default: return null;
            }
        }
        return new BenchmarkOptions(args[0], sizes, runs, work);
    }
}
