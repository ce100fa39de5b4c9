using DuckDB.NET.Data;

namespace Analytics.Pipeline.Warehouse;

/// <summary>
/// Keeps the <c>coverage</c> table (docs/kpis.md, "Coverage") derived from the data: the ingest refreshes the
/// rows of the source it loaded, and a warehouse that has data but no coverage rows yet (one written before the
/// table existed) gets them all when it is opened for writing.
/// </summary>
public static class CoverageTable
{
    /// <summary>Derives the rows of <paramref name="source"/>, or of every source when null.</summary>
    public static void Refresh(DuckDBConnection db, string? source)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Execute(SqlFiles.Read("coverage/refresh.sql"), new { source = (object?)source ?? DBNull.Value });
    }

    /// <summary>Derives every row when the table is empty but the warehouse holds data.</summary>
    public static void RefreshIfMissing(DuckDBConnection db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Scalar<bool>(SqlFiles.Read("coverage/missing.sql")))
        {
            Refresh(db, null);
        }
    }
}
