using Analytics.Pipeline.SampleData;

namespace Analytics.Benchmarks;

/// <summary>
/// The benchmarks generate their canonical files once and keep them in the work folder. A folder written by an
/// older generator, whose tickets have another header (before descriptions, say), is not the data the benchmark
/// means to measure: it is made again.
/// </summary>
public static class GeneratedData
{
    private static readonly Lazy<string> CurrentHeader = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("analytics-benchmark-header-");
        try
        {
            SampleDataGenerator.Generate(new SampleDataOptions { Tickets = 1, Weeks = 1, Seed = 1 }, folder.FullName);
            return File.ReadLines(Path.Combine(folder.FullName, "tickets.csv")).First();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    });

    /// <summary>Whether the tickets file exists and has the header the generator writes now.</summary>
    public static bool IsCurrent(string ticketsFile) =>
        File.Exists(ticketsFile) && File.ReadLines(ticketsFile).FirstOrDefault() == CurrentHeader.Value;
}
