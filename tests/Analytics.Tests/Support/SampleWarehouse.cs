using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Text;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Tests.Support;

/// <summary>
/// The committed sample data (sample-data/) loaded into a warehouse with the sample company's configuration
/// (sample-data/analytics.json), built once per test run on first use and shared by every test that reads it.
/// Built on first use under a lock (<see cref="Lazy{T}"/>), closed once built, and from then on only opened
/// read-only, here and by the <c>analytics</c> child processes, so test classes read it in parallel. A test that
/// writes to a warehouse (report <c>--send</c>, <c>alerts detect --notify</c>, an ingest) works on its own
/// <see cref="Copy"/>. Its folder goes with the test run (<see cref="TempFolder.ForThisRun"/>).
/// </summary>
public sealed class SampleWarehouse
{
    private static readonly Lazy<SampleWarehouse> CanonicalOnce = new(() => Build("canonical", withZendesk: false), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<SampleWarehouse> DemoOnce = new(() => Build("demo", withZendesk: true), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The canonical sample files (tickets, surveys, customers) as the source "helpdesk".</summary>
    public static SampleWarehouse Canonical => CanonicalOnce.Value;

    /// <summary>
    /// The demo's warehouse, as <c>analytics demo</c> loads it: the Zendesk sample ("zendesk-sample", from
    /// 2026-09-21, Europe/Berlin), then the canonical sample ("helpdesk").
    /// </summary>
    public static SampleWarehouse Demo => DemoOnce.Value;

    /// <summary>The sample company's configuration file.</summary>
    public static string Config => Path.Combine(Fixtures.RepositoryRoot, "sample-data", "analytics.json");

    private SampleWarehouse(string dbPath, AnalyticsSettings settings)
    {
        DbPath = dbPath;
        Settings = settings;
    }

    /// <summary>The built file: read it only (<see cref="OpenReadOnly"/>, or a command without a write option).</summary>
    public string DbPath { get; }

    /// <summary><see cref="Config"/> bound by the product's own loader.</summary>
    public AnalyticsSettings Settings { get; }

    /// <summary>A read-only connection with the views for <see cref="Settings"/>, as a reading command opens it.</summary>
    public DuckDBConnection OpenReadOnly() => WarehouseDb.OpenReadOnly(DbPath, Settings);

    /// <summary>A copy of the built file in a fresh temporary folder of its own, for a test that writes to it.</summary>
    public TempWarehouse Copy()
    {
        var copy = new TempWarehouse { Settings = Settings };
        File.Copy(DbPath, copy.DbPath);
        return copy;
    }

    private static SampleWarehouse Build(string name, bool withZendesk)
    {
        var folder = TempFolder.ForThisRun($"sample-{name}");
        var settings = KpiWarehouse.Settings(File.ReadAllText(Config));
        var dbPath = Path.Combine(folder, "warehouse.duckdb");
        var sample = Path.Combine(Fixtures.RepositoryRoot, "sample-data");
        using (var db = WarehouseDb.OpenForWrite(dbPath, settings))
        {
            if (withZendesk)
            {
                new FileIngestor(db, new IngestOptions { Vendor = Vendors.Zendesk, SourceName = "zendesk-sample", TimeZone = "Europe/Berlin" })
                    .Ingest(Path.Combine(sample, "zendesk", "zendesk_tickets.csv"));
            }
            foreach (var file in new[] { "tickets.csv", "surveys.csv", "customers.csv" })
            {
                new FileIngestor(db, new IngestOptions { SourceName = "helpdesk" }).Ingest(Path.Combine(sample, file));
            }
            // As analytics ingest and the ingest job do after their files: the tone of the new texts.
            TextSentiments.Refresh(db);
        }
        return new SampleWarehouse(dbPath, settings);
    }
}
