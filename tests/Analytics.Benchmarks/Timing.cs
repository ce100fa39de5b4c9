using System.Diagnostics;

namespace Analytics.Benchmarks;

/// <summary>Wall-clock timing and the statistics the benchmark tables report.</summary>
public static class Timing
{
    public static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalSeconds;
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>A warehouse (or any) file path in <paramref name="work"/>, with no file or DuckDB WAL left from an earlier run.</summary>
    public static string FreshFile(string work, string name)
    {
        Directory.CreateDirectory(work);
        var path = Path.Combine(work, name);
        File.Delete(path);
        File.Delete(path + ".wal");
        return path;
    }
}
