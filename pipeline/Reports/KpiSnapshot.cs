using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Reports;

/// <summary>
/// For the life of one report, the rows of <c>kpi_tickets</c> and <c>kpi_surveys</c> worked out once and
/// kept in temporary tables that the views are pointed at (<c>queries/report/snapshot.sql</c>). The KPI
/// SQL is unchanged and reads the same rows; it only stops recomputing every ticket's durations for each of
/// the report's dozen queries. Disposing puts the session's definitions back as they were.
/// </summary>
public sealed class KpiSnapshot : IDisposable
{
    private static readonly string[] ViewFiles = ["views/020_kpi_tickets.sql", "views/021_kpi_surveys.sql"];

    private readonly DuckDBConnection _db;
    private readonly bool _sessionHadTemporaryViews;
    private bool _disposed;

    private KpiSnapshot(DuckDBConnection db)
    {
        _db = db;
        // A read-only session carries the definitions as temporary views (see Views); a writer has them stored.
        _sessionHadTemporaryViews = db.Scalar<long>("SELECT count(*) FROM duckdb_views() WHERE view_name = 'kpi_tickets' AND temporary") > 0;
        db.Execute(SqlFiles.Read("report/snapshot.sql"));
    }

    public static KpiSnapshot Take(DuckDBConnection db) => new(db);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _db.Execute(SqlFiles.Read("report/snapshot_drop.sql"));
        if (_sessionHadTemporaryViews)
        {
            foreach (var file in ViewFiles)
            {
                _db.Execute(Views.Scoped(SqlFiles.Read(file), persistent: false));
            }
        }
    }
}
