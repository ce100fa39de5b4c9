using Analytics.Pipeline.SampleData;
using Analytics.Tests.SampleData;

namespace Analytics.Tests.Support;

/// <summary>
/// Generates the runs the sample-data tests look at, once per test run on first use: a small canonical set, the
/// same tickets as Zendesk and Freshdesk exports, and a larger canonical set for the statistical checks. Shared
/// by reference (<see cref="Shared"/>, built under a lock), so the classes that read it run in parallel; nothing
/// writes to its folder, which goes with the test run (<see cref="TempFolder.ForThisRun"/>).
/// </summary>
public sealed class SampleDataFixture
{
    public static readonly SampleDataOptions Small = new() { Tickets = 3000, Weeks = 8, Seed = 42 };
    public static readonly SampleDataOptions Large = new() { Tickets = 20000, Weeks = 8, Seed = 42 };

    private static readonly Lazy<SampleDataFixture> Once = new(() => new SampleDataFixture(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static SampleDataFixture Shared => Once.Value;

    private SampleDataFixture()
    {
        Root = TempFolder.ForThisRun("sample-data");
        Canonical = SampleDataGenerator.Generate(Small, Path.Combine(Root, "canonical"));
        Zendesk = SampleDataGenerator.Generate(Small with { Format = SampleDataFormat.Zendesk }, Path.Combine(Root, "zendesk"));
        Freshdesk = SampleDataGenerator.Generate(Small with { Format = SampleDataFormat.Freshdesk }, Path.Combine(Root, "freshdesk"));
        LargeCanonical = SampleDataGenerator.Generate(Large, Path.Combine(Root, "large"));
        Tickets = CsvTable.Read(FileOf(Canonical, "tickets"));
        Surveys = CsvTable.Read(FileOf(Canonical, "surveys"));
        Customers = CsvTable.Read(FileOf(Canonical, "customers"));
        LargeTickets = CsvTable.Read(FileOf(LargeCanonical, "tickets"));
    }

    public string Root { get; }
    public SampleDataManifest Canonical { get; }
    public SampleDataManifest Zendesk { get; }
    public SampleDataManifest Freshdesk { get; }
    public SampleDataManifest LargeCanonical { get; }
    internal CsvTable Tickets { get; }
    internal CsvTable Surveys { get; }
    internal CsvTable Customers { get; }
    internal CsvTable LargeTickets { get; }

    public static string FileOf(SampleDataManifest manifest, string kind) => manifest.Files.Single(f => f.Kind == kind).Path;
}
