using Analytics.Pipeline.Ingest;
using Analytics.Tests.Support;

namespace Analytics.Tests.Ingest;

/// <summary>The rules every load follows: conservation, idempotence, later updated_at wins, time zones.</summary>
public sealed class LoadRulesTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    [Theory]
    [InlineData("canonical/tickets.csv")]
    [InlineData("canonical/tickets.jsonl")]
    [InlineData("canonical/surveys.csv")]
    [InlineData("canonical/customers.csv")]
    [InlineData("canonical/ticket_events.csv")]
    [InlineData("zendesk/tickets.csv")]
    [InlineData("freshdesk/tickets.csv")]
    [InlineData("servicenow/incident_event_log.csv")]
    public void Every_row_read_is_loaded_a_duplicate_or_quarantined(string fixture)
    {
        var result = _w.Ingest(Fixtures.Path(fixture), new IngestOptions { SurveyDate = "2026-03-01" });

        foreach (var counts in result.Derived.Prepend(new OutputCounts(result.Kind, result.RowsRead, result.RowsLoaded, result.RowsUpdated, result.Duplicates, result.Quarantined)))
        {
            Assert.InRange(counts.RowsRead, 1, long.MaxValue);
            Assert.Equal(counts.RowsRead, counts.RowsLoaded + counts.Duplicates + counts.Quarantined);
        }
        // The warehouse agrees with the summary: quarantine holds exactly the quarantined rows, the log the counts.
        Assert.Equal(result.Quarantined + result.Derived.Sum(d => d.Quarantined), _w.Scalar<long>("SELECT count(*) FROM quarantine"));
        Assert.Equal(result.RowsLoaded, _w.Scalar<long>($"SELECT count(*) FROM {result.Kind}"));
        Assert.Equal(result.RowsRead, _w.Scalar<long>("SELECT rows_read FROM ingest_log"));
    }

    [Fact]
    public void Ingesting_the_same_file_again_changes_nothing()
    {
        var path = Fixtures.Path("canonical/tickets.csv");
        _w.Ingest(path);
        var before = Snapshot();

        // The same content under another name is the same file.
        var copy = Path.Combine(_w.Folder, "copy-of-tickets.csv");
        File.Copy(path, copy);
        var again = _w.Ingest(path);
        var copied = _w.Ingest(copy);

        Assert.Equal((IngestStatus.Unchanged, 0L, 0L), (again.Status, again.RowsRead, again.RowsLoaded));
        Assert.Equal(IngestStatus.Unchanged, copied.Status);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void On_overlapping_exports_the_later_updated_at_wins()
    {
        const string header = "ticket_id,created_at,updated_at,status,subject\n";
        var first = _w.Write("export-1.csv", header +
            "A,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,open,A v1\n" +
            "B,2026-03-02T09:00:00Z,2026-03-05T10:00:00Z,solved,B v2\n" +
            "C,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,open,C v1\n");
        var second = _w.Write("export-2.csv", header +
            "A,2026-03-02T09:00:00Z,2026-03-03T10:00:00Z,solved,A v2\n" +   // newer: replaces
            "B,2026-03-02T09:00:00Z,2026-03-03T10:00:00Z,pending,B v1\n" +  // older: skipped
            "C,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,open,C v1 again\n" + // same time: skipped
            "D,2026-03-04T09:00:00Z,2026-03-04T09:30:00Z,new,D v1\n");      // new ticket

        _w.Ingest(first);
        var result = _w.Ingest(second);

        Assert.Equal((4L, 2L, 1L, 2L, 0L), (result.RowsRead, result.RowsLoaded, result.RowsUpdated, result.Duplicates, result.Quarantined));
        Assert.Equal(["A v2", "B v2", "C v1", "D v1"], _w.Rows("SELECT subject FROM tickets ORDER BY ticket_id").Select(r => r["subject"]));
    }

    [Fact]
    public void Timestamps_without_offset_are_read_in_the_source_time_zone_across_dst()
    {
        var file = _w.Write("berlin.csv", "ticket_id,created_at,solved_at\n" +
            "W,2026-01-15 09:00:00,2026-01-15T09:00:00Z\n" +    // winter: CET = UTC+1; an explicit offset stays exact
            "S,2026-07-15 09:00:00,\n" +                         // summer: CEST = UTC+2
            "G,2026-03-29 02:30:00,\n");                         // inside the spring gap: read as standard time

        _w.Ingest(file, new IngestOptions { TimeZone = "Europe/Berlin" });

        var rows = _w.Rows("SELECT ticket_id, created_at, solved_at FROM tickets ORDER BY ticket_id").ToDictionary(r => (string)r["ticket_id"]!);
        Assert.Equal(Fixtures.Utc("2026-01-15T08:00:00Z"), rows["W"]["created_at"]);
        Assert.Equal(Fixtures.Utc("2026-01-15T09:00:00Z"), rows["W"]["solved_at"]);
        Assert.Equal(Fixtures.Utc("2026-07-15T07:00:00Z"), rows["S"]["created_at"]);
        Assert.Equal(Fixtures.Utc("2026-03-29T01:30:00Z"), rows["G"]["created_at"]);
    }

    [Fact]
    public void A_gzipped_export_loads_like_the_plain_one()
    {
        var gz = Path.Combine(_w.Folder, "tickets.csv.gz");
        using (var output = new System.IO.Compression.GZipStream(File.Create(gz), System.IO.Compression.CompressionLevel.Fastest))
        using (var input = File.OpenRead(Fixtures.Path("canonical/tickets.csv")))
        {
            input.CopyTo(output);
        }

        var result = _w.Ingest(gz);

        Assert.Equal((9L, 4L, 4L), (result.RowsRead, result.RowsLoaded, result.Quarantined));
        Assert.Equal([5L, 6L, 7L, 8L], _w.Rows("SELECT line FROM quarantine ORDER BY line").Select(r => (long)r["line"]!));
    }

    private List<string> Snapshot() =>
        new[] { "tickets", "surveys", "customers", "ticket_events", "quarantine", "ingest_log" }
            .Select(t => t + ":" + _w.Scalar<long>($"SELECT count(*) FROM {t}") + ":" +
                         _w.Scalar<string>($"SELECT coalesce(string_agg(md5(x::VARCHAR), ',' ORDER BY md5(x::VARCHAR)), '') FROM {t} x"))
            .ToList();
}
