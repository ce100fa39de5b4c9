using Analytics.Pipeline.Warehouse;
using Analytics.Tests.Support;
using DuckDB.NET.Data;

namespace Analytics.Tests.Warehouse;

public sealed class MigratorTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public void Opening_an_older_file_upgrades_it_and_keeps_its_data()
    {
        using (var old = new DuckDBConnection($"Data Source={_w.DbPath}"))
        {
            old.Open();
            Assert.Equal(1, Migrator.Migrate(old, target: 1));
            old.Execute("INSERT INTO tickets (source, ticket_id, created_at, ingest_file_sha256, ingested_at) VALUES ('s', 'T1', now(), 'x', now())");
            Assert.Equal(0, old.Scalar<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'ingest_log'"));
        }

        Assert.Equal(Migrator.Latest, _w.Scalar<int>("SELECT max(version) FROM schema_version"));
        Assert.Equal(1, _w.Scalar<long>("SELECT count(*) FROM tickets WHERE ticket_id = 'T1'"));
        Assert.Equal(0, _w.Scalar<long>("SELECT count(*) FROM ingest_log"));
        Assert.Equal(Migrator.All.Select(m => m.Version), _w.Rows("SELECT version FROM schema_version ORDER BY version").Select(r => (int)r["version"]!));
    }

    [Fact]
    public void A_read_only_command_on_a_file_of_an_older_version_upgrades_it_first_and_reads_its_data()
    {
        // A warehouse of the version before coverage existed, holding one ticket: its views would need the
        // columns and tables of the later migrations.
        using (var old = new DuckDBConnection($"Data Source={_w.DbPath}"))
        {
            old.Open();
            Assert.Equal(4, Migrator.Migrate(old, target: 4));
            old.Execute("INSERT INTO tickets (source, ticket_id, created_at, ingest_file_sha256, ingested_at) VALUES ('s', 'T1', TIMESTAMPTZ '2026-03-04 10:00:00+00', 'x', now())");
        }

        using var session = WarehouseSession.OpenReadOnly(_w.DbPath, new Analytics.Pipeline.Configuration.AnalyticsSettings());

        Assert.Equal(Migrator.Latest, session.Db.Scalar<int>("SELECT max(version) FROM schema_version"));
        // The coverage rows were derived on the way, and the KPI views read the ticket.
        Assert.Equal(1L, session.Db.Scalar<long>("SELECT records FROM coverage WHERE source = 's' AND kind = 'tickets'"));
        Assert.Equal(1L, session.Db.Scalar<long>("SELECT tickets_created FROM kpi('2026-03-04', '2026-03-04', 'day', NULL, 'calendar')"));
    }

    [Fact]
    public void Opening_a_current_file_applies_nothing()
    {
        _ = _w.Db;
        _w.Close();

        using var again = WarehouseDb.OpenForWrite(_w.DbPath, new Analytics.Pipeline.Configuration.AnalyticsSettings());

        Assert.Equal(Migrator.All.Count, again.Scalar<long>("SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public void A_file_from_a_newer_program_is_refused()
    {
        _w.Db.Execute("INSERT INTO schema_version VALUES (999, 'future', now())");
        _w.Close();

        var ex = Assert.Throws<InvalidOperationException>(() => WarehouseDb.OpenForWrite(_w.DbPath, new Analytics.Pipeline.Configuration.AnalyticsSettings()));
        Assert.Contains("schema version 999", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_table_and_column_is_documented()
    {
        var undocumented = _w.Rows(
            "SELECT table_name || '.' || column_name AS name FROM duckdb_columns() " +
            "WHERE database_name = current_database() AND comment IS NULL ORDER BY name");
        var tablesWithoutComment = _w.Rows("SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND comment IS NULL");

        Assert.Empty(tablesWithoutComment);
        Assert.Empty(undocumented.Select(u => u["name"]));
    }
}
