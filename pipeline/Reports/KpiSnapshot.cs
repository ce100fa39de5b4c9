using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Reports;

/// <summary>
/// For the life of one report, the rows of <c>kpi_tickets</c> and <c>kpi_surveys</c> that can count in a
/// period between two local dates, worked out once and kept in temporary tables that the views are pointed
/// at (<c>queries/report/snapshot.sql</c> says which rows and why the figures stay the same). The KPI SQL is
/// unchanged; it only stops recomputing every ticket's durations, and grouping two years of tickets, for
/// each of the report's dozen queries. Only queries about periods between those dates may run inside it.
/// Disposing puts the session's definitions back as they were.
/// </summary>
public sealed class KpiSnapshot : IDisposable
{
    private static readonly string[] ViewFiles = ["views/020_kpi_tickets.sql", "views/021_kpi_surveys.sql"];

    private readonly DuckDBConnection _db;
    private readonly bool _sessionHadTemporaryViews;
    private bool _disposed;

    private KpiSnapshot(DuckDBConnection db, DateOnly from, DateOnly to)
    {
        _db = db;
        // A read-only session carries the definitions as temporary views (see Views); a writer has them stored.
        _sessionHadTemporaryViews = db.Scalar<long>("SELECT count(*) FROM duckdb_views() WHERE view_name = 'kpi_tickets' AND temporary") > 0;
        db.Execute(SqlFiles.Read("report/snapshot.sql"), new { from, to });
    }

    /// <param name="from">First local date of the earliest period the session will ask about.</param>
    /// <param name="to">Last local date of the latest one, inclusive.</param>
    public static KpiSnapshot Take(DuckDBConnection db, DateOnly from, DateOnly to) => new(db, from, to);

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
