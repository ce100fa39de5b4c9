using Analytics.Pipeline.SampleData;
using Xunit;

namespace Analytics.Tests.SampleData;

/// <summary>
/// Generates the runs the sample-data tests look at, once: a small canonical set, the same tickets
/// as Zendesk and Freshdesk exports, and a larger canonical set for the statistical checks.
/// </summary>
public sealed class SampleDataFixture : IDisposable
{
    public static readonly SampleDataOptions Small = new() { Tickets = 3000, Weeks = 8, Seed = 42 };
    public static readonly SampleDataOptions Large = new() { Tickets = 20000, Weeks = 8, Seed = 42 };

    public SampleDataFixture()
    {
        Root = Directory.CreateTempSubdirectory("sample-data-tests-").FullName;
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

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class SampleDataCollection : ICollectionFixture<SampleDataFixture>
{
    public const string Name = "sample data";
}
