using Analytics.Pipeline.Warehouse;
using Analytics.Tests.Support;

namespace Analytics.Tests.Warehouse;

/// <summary>
/// The data-quality checks of queries/checks/ (docs/architecture.md, "SQL files"): each returns zero rows over a
/// sound warehouse, here the sample data of every format loaded through the real ingest.
/// </summary>
public sealed class DataCheckTests
{
    private static SampleDataFixture Sample => SampleDataFixture.Shared;

    [Fact]
    public void Every_check_finds_nothing_in_the_sample_warehouse_and_the_key_check_finds_a_ticket_twice()
    {
        using var w = new TempWarehouse();
        foreach (var file in new[] { Sample.Canonical, Sample.Zendesk, Sample.Freshdesk }.SelectMany(m => m.Files))
        {
            w.Ingest(file.Path);
        }
        Assert.True(w.Scalar<long>("SELECT count(*) FROM tickets") > 3 * 2000, "the sample's tickets are loaded");

        var checks = SqlFiles.List("checks");
        Assert.Contains("checks/tickets_key.sql", checks);
        Assert.All(checks, check => Assert.True(w.Rows(SqlFiles.Read(check)).Count == 0,
            $"{check} finds: " + string.Join("; ", w.Rows(SqlFiles.Read(check)).Take(5).Select(r => string.Join(", ", r.Select(p => $"{p.Key}={p.Value}"))))));

        // A check is a real one: a second row of a ticket, which the upsert never writes, is found.
        w.Rows("INSERT INTO tickets SELECT * FROM tickets LIMIT 1");
        Assert.Single(w.Rows(SqlFiles.Read("checks/tickets_key.sql")));
    }
}
