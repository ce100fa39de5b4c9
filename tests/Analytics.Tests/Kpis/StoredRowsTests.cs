using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Kpis;
using Analytics.Pipeline.Warehouse;
using Analytics.Tests.Support;
using DuckDB.NET.Data;

namespace Analytics.Tests.Kpis;

/// <summary>
/// The stored per-ticket rows (docs/kpis.md, "Stored per-ticket rows"): the tables kpi_tickets and kpi_surveys hold
/// exactly what their definitions compute, after every load, and follow the settings they depend on; so do the
/// backlog's counts per day, kpi_ticket_days.
/// </summary>
public sealed class StoredRowsTests : IDisposable
{
    private const string Tickets = "ticket_id,created_at,updated_at,first_response_at,solved_at,status,priority,agent_replies,reopens";
    private readonly TempWarehouse _w = new() { Settings = KpiWarehouse.Settings("""{ "Reporting": { "TimeZone": "UTC" } }""") };

    public void Dispose() => _w.Dispose();

    /// <summary>Rows of the stored table that its definition does not give, and the other way round: none when they agree.</summary>
    private static long Differences(DuckDBConnection db, string table) => db.Scalar<long>(
        $"SELECT (SELECT count(*) FROM (SELECT * FROM {table} EXCEPT ALL SELECT * FROM {table}_live())) + (SELECT count(*) FROM (SELECT * FROM {table}_live() EXCEPT ALL SELECT * FROM {table}))");

    [Fact]
    public void After_every_load_the_stored_rows_are_what_their_definitions_compute()
    {
        _w.Ingest(_w.Write("a.csv", Tickets + "\n"
            + "T1,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,2026-03-02T09:30:00Z,2026-03-02T10:00:00Z,solved,high,1,\n"
            + "T2,2026-03-02T11:00:00Z,2026-03-02T11:00:00Z,,,open,normal,,\n"
            + "T3,2026-03-03T08:00:00Z,2026-03-03T08:00:00Z,,,new,low,,\n"), new IngestOptions { SourceName = "desk" });
        _w.Ingest(_w.Write("s.csv", "response_id,survey,score,responded_at,ticket_id\nR1,csat,5,2026-03-02T12:00:00Z,T1\nR2,csat,2,2026-03-03T12:00:00Z,T3\n"),
            new IngestOptions { SourceName = "desk" });
        Assert.Equal((3L, 2L), (_w.Scalar<long>("SELECT count(*) FROM kpi_tickets"), _w.Scalar<long>("SELECT count(*) FROM kpi_surveys")));

        // A later export: T2 answered and solved, T3 deleted (its row and its survey's go), T4 new; and status events
        // that reopen T1 (its export gives no reopen count), which change its stored reopens.
        _w.Ingest(_w.Write("b.csv", Tickets + "\n"
            + "T2,2026-03-02T11:00:00Z,2026-03-04T09:00:00Z,2026-03-03T09:00:00Z,2026-03-04T09:00:00Z,solved,normal,2,0\n"
            + "T3,2026-03-03T08:00:00Z,2026-03-04T10:00:00Z,,,deleted,low,,\n"
            + "T4,2026-03-04T08:00:00Z,2026-03-04T08:00:00Z,,,open,urgent,,\n"), new IngestOptions { SourceName = "desk" });
        _w.Ingest(_w.Write("e.csv", "ticket_id,at,type,status,actor\n"
            + "T1,2026-03-02T09:00:00Z,status,new,system\nT1,2026-03-02T10:00:00Z,status,solved,agent\n"
            + "T1,2026-03-05T08:00:00Z,status,open,customer\nT1,2026-03-05T09:00:00Z,status,solved,agent\n"), new IngestOptions { SourceName = "desk" });

        Assert.Equal(0L, Differences(_w.Db, "kpi_tickets"));
        Assert.Equal(0L, Differences(_w.Db, "kpi_surveys"));
        // The backlog's counts per day, kept by adding what each file changes, are those of the rows as they are now.
        Assert.Equal(0L, Differences(_w.Db, "kpi_ticket_days"));
        // Created that can be open: T1 and T2 on 03-02, T4 on 03-04 (T3 is deleted). Solved: T1 on 03-02 (its export's
        // solved_at comes before its events'), T2 on 03-04.
        Assert.Equal(["2026-03-02 2 1", "2026-03-04 1 1"], _w.Rows(
            "SELECT strftime(DATE '1970-01-01' + CAST(day AS INTEGER), '%Y-%m-%d') || ' ' || opened || ' ' || solved AS r FROM kpi_ticket_days ORDER BY day")
            .Select(r => (string)r["r"]!));
        Assert.Equal(["T1", "T2", "T4"], _w.Rows("SELECT ticket_id FROM kpi_tickets ORDER BY ticket_id").Select(r => (string)r["ticket_id"]!));
        Assert.Equal(["R1"], _w.Rows("SELECT response_id FROM kpi_surveys").Select(r => (string)r["response_id"]!));
        // T1's stored row follows its events: reopened once (solved, then open again on 03-05).
        Assert.Equal(1, _w.Scalar<int>("SELECT reopens FROM kpi_tickets WHERE ticket_id = 'T1'"));
    }

    [Fact]
    public void The_counts_per_day_follow_each_file_when_the_stored_rows_have_gaps_and_are_checkpointed()
    {
        // The update counts the rows it appends to kpi_tickets (those after its last rowid). Rows replaced by later
        // files leave gaps, and a checkpoint with a vacuum renumbers what is left: each file still counts its own rows.
        var lines = Enumerable.Range(1, 40).Select(i => $"T{i},2026-03-{1 + (i % 9):00}T09:00:00Z,2026-03-{1 + (i % 9):00}T09:00:00Z,,,open,normal,,").ToList();
        _w.Ingest(_w.Write("a.csv", Tickets + "\n" + string.Join("\n", lines) + "\n"), new IngestOptions { SourceName = "desk" });
        // Every third ticket solved on 03-20, every fifth deleted: their rows are replaced or dropped.
        var changes = Enumerable.Range(1, 40).Where(i => i % 3 == 0 || i % 5 == 0).Select(i =>
            $"T{i},2026-03-{1 + (i % 9):00}T09:00:00Z,2026-03-20T10:00:00Z,,2026-03-20T10:00:00Z,{(i % 5 == 0 ? "deleted" : "solved")},normal,,");
        _w.Ingest(_w.Write("b.csv", Tickets + "\n" + string.Join("\n", changes) + "\n"), new IngestOptions { SourceName = "desk" });
        _w.Db.Execute("VACUUM kpi_tickets; CHECKPOINT");
        _w.Ingest(_w.Write("c.csv", Tickets + "\n"
            + "T1,2026-03-02T09:00:00Z,2026-03-21T10:00:00Z,,2026-03-21T10:00:00Z,solved,normal,,\n"
            + "T41,2026-03-21T08:00:00Z,2026-03-21T08:00:00Z,,,open,normal,,\n"), new IngestOptions { SourceName = "desk" });

        Assert.Equal(0L, Differences(_w.Db, "kpi_ticket_days"));
        // By hand: 40 created, 8 deleted (5, 10, ..., 40); solved 03-20: the multiples of 3 that are not of 5 (3, 6, 9,
        // 12, 18, 21, 24, 27, 33, 36, 39: 11), on 03-21: T1; T41 created on 03-21. Created-and-can-be-open: 32 + 1.
        Assert.Equal((33L, 12L), (_w.Scalar<long>("SELECT CAST(sum(opened) AS BIGINT) FROM kpi_ticket_days"), _w.Scalar<long>("SELECT CAST(sum(solved) AS BIGINT) FROM kpi_ticket_days")));
        Assert.Equal(1L, _w.Scalar<long>("SELECT solved FROM kpi_ticket_days WHERE day = utc_day(TIMESTAMPTZ '2026-03-21 00:00:00+00')"));
    }

    [Fact]
    public void The_stored_rows_of_a_file_are_those_of_the_versions_it_wrote()
    {
        _w.Ingest(_w.Write("a.csv", Tickets + "\n"
            + "T1,2026-03-02T09:00:00Z,2026-03-05T10:00:00Z,2026-03-02T09:30:00Z,2026-03-05T10:00:00Z,solved,high,1,\n"), new IngestOptions { SourceName = "desk" });
        // The file's rows are staged and read again for the stored rows: of T2's two versions only the later one loads,
        // and T1's row, older than the warehouse's, does not load at all.
        var result = _w.Ingest(_w.Write("b.csv", Tickets + "\n"
            + "T2,2026-03-02T11:00:00Z,2026-03-04T09:00:00Z,2026-03-03T09:00:00Z,2026-03-04T09:00:00Z,solved,urgent,2,0\n"
            + "T2,2026-03-02T11:00:00Z,2026-03-02T11:00:00Z,,,open,low,,\n"
            + "T1,2026-03-02T09:00:00Z,2026-03-02T09:00:00Z,,,open,low,,\n"), new IngestOptions { SourceName = "desk" });

        Assert.Equal((1L, 2L), (result.RowsLoaded, result.Duplicates));
        Assert.Equal(0L, Differences(_w.Db, "kpi_tickets"));
        Assert.Equal(["T1 solved high 30", "T2 solved urgent 1320"], _w.Rows("SELECT ticket_id, status, priority, frt_minutes FROM kpi_tickets ORDER BY ticket_id")
            .Select(r => $"{r["ticket_id"]} {r["status"]} {r["priority"]} {r["frt_minutes"]}"));
        // Nothing of the file's staging is left once it is in.
        Assert.Equal(0L, _w.Scalar<long>("SELECT count(*) FROM duckdb_views() WHERE temporary AND view_name IN ('typed', 'typed_tickets', 'file_ticket_rows')"));
    }

    [Fact]
    public void Files_with_tickets_and_other_rows_keep_the_stored_rows_of_both()
    {
        // A Zendesk export also carries survey ratings, staged after its tickets; a ServiceNow log carries status events.
        _w.Ingest(Fixtures.Path("zendesk/tickets.csv"), new IngestOptions { Vendor = Vendors.Zendesk });
        _w.Ingest(Fixtures.Path("servicenow/incident_event_log.csv"), new IngestOptions { Vendor = Vendors.ServiceNow });

        Assert.True(_w.Scalar<long>("SELECT count(*) FROM kpi_tickets WHERE source = 'zendesk'") > 0);
        Assert.True(_w.Scalar<long>("SELECT count(*) FROM kpi_tickets WHERE source = 'servicenow'") > 0);
        Assert.True(_w.Scalar<long>("SELECT count(*) FROM kpi_surveys") > 0);
        Assert.Equal(0L, Differences(_w.Db, "kpi_tickets"));
        Assert.Equal(0L, Differences(_w.Db, "kpi_surveys"));
    }

    [Fact]
    public void A_settings_change_followed_by_a_query_gives_the_new_settings_numbers()
    {
        // T1 is created Sunday 2026-03-01 23:30 UTC, which is Monday 00:30 in Berlin (UTC+1): the week it counts in
        // depends on the reporting zone. It is answered after 90 minutes; the SLA target for high changes below.
        _w.Ingest(_w.Write("a.csv", Tickets + "\n"
            + "T1,2026-03-01T23:30:00Z,2026-03-02T01:00:00Z,2026-03-02T01:00:00Z,,open,high,,\n"), new IngestOptions { SourceName = "desk" });
        _w.Close();
        var utc = _w.Settings;
        var berlin = KpiWarehouse.Settings("""
            { "Reporting": { "TimeZone": "Europe/Berlin" }, "Sla": { "FirstResponseMinutes": { "high": 60 }, "BusinessHours": false } }
            """);

        // Read-only with other settings: the session computes its own rows (week of Mon 03-02, SLA missed: 90 > 60).
        using (var reader = WarehouseSession.OpenReadOnly(_w.DbPath, berlin))
        {
            var row = KpiWarehouse.Single(new KpiEngine(reader.Db, "Europe/Berlin").Table(new KpiRequest(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2))));
            Assert.Equal((1L, 1L, 0.0), (row["tickets_created"], row["frt_sla_n"], row["frt_sla_pct"]));
        }
        // The stored rows are still UTC's: week of Mon 02-23 in UTC, no SLA target.
        using (var reader = WarehouseSession.OpenReadOnly(_w.DbPath, utc))
        {
            var rows = KpiWarehouse.Rows(new KpiEngine(reader.Db, "UTC").Table(new KpiRequest(new DateOnly(2026, 2, 23), new DateOnly(2026, 3, 2))));
            Assert.Equal([1L, 0L], rows.Select(r => r["tickets_created"]));
            Assert.Equal(0L, rows[0]["frt_sla_n"]);
        }
        // A writer with the new settings rebuilds the stored rows; a reader with them then uses the stored rows.
        using (var writer = WarehouseSession.OpenForWrite(_w.DbPath, berlin))
        {
            // Sunday 23:30 UTC is Monday 00:30 in Berlin.
            Assert.Equal(new DateTime(2026, 3, 2, 0, 30, 0), writer.Db.Scalar<DateTime>("SELECT created_local FROM main.kpi_tickets"));
            Assert.Equal(KpiFacts.Fingerprint(berlin).Fingerprint, writer.Db.Scalar<string>("SELECT fingerprint FROM kpi_facts_state"));
        }
        var notes = new List<string>();
        using (var reader = WarehouseSession.OpenReadOnly(_w.DbPath, berlin, note: notes.Add))
        {
            Assert.Empty(notes);
            Assert.Equal(0L, reader.Db.Scalar<long>("SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name = 'kpi_tickets'"));
            var row = KpiWarehouse.Single(new KpiEngine(reader.Db, "Europe/Berlin").Table(new KpiRequest(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2))));
            Assert.Equal((1L, 0.0), (row["tickets_created"], row["frt_sla_pct"]));
        }
    }
}

/// <summary>
/// Every KPI table of the sample data is the same from the stored rows as from their definitions computed in the
/// query, and the same for a few weeks as for the whole half year (kpi() reads only the rows of its periods).
/// </summary>
public sealed class StoredRowsSampleTests
{
    [Theory]
    [InlineData("day", null, "calendar")]
    [InlineData("week", null, "calendar")]
    [InlineData("week", null, "business")]
    [InlineData("month", null, "calendar")]
    [InlineData("week", "category", "business")]
    [InlineData("month", "channel", "calendar")]
    [InlineData("week", "priority", "calendar")]
    [InlineData("week", "team", "calendar")]
    [InlineData("week", "agent", "calendar")]
    [InlineData("week", "source", "calendar")]
    public void The_kpi_table_from_stored_rows_equals_the_one_computed_in_the_query(string grain, string? dim, string hours)
    {
        using var db = SampleWarehouse.Canonical.OpenReadOnly();
        var dimension = dim is null ? "NULL" : $"'{dim}'";
        var whole = $"SELECT * FROM kpi('2026-05-18', '2026-11-15', '{grain}', {dimension}, '{hours}')";
        var part = $"SELECT * FROM kpi('2026-10-05', '2026-10-25', '{grain}', {dimension}, '{hours}')";

        var stored = Table(db, whole);
        var storedPart = Table(db, part);
        // The rows computed in the query, as the views did before they were stored.
        db.Execute("CREATE TEMP TABLE kpi_tickets AS SELECT * FROM kpi_tickets_live(); CREATE TEMP TABLE kpi_surveys AS SELECT * FROM kpi_surveys_live();");
        var computed = Table(db, whole);

        Assert.Equal(computed, stored);
        // The periods of the shorter range are rows of the whole one, with the same figures.
        Assert.NotEmpty(storedPart);
        Assert.All(storedPart, row => Assert.Contains(row, stored));
    }

    private static List<string> Table(DuckDBConnection db, string sql)
    {
        using var command = db.Create(sql);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return rows;
    }
}
