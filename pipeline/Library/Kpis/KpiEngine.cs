using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;
using Microsoft.Data.Analysis;

namespace Analytics.Pipeline.Kpis;

/// <summary>
/// Runs the KPI SQL (<c>queries/kpi/</c> over the views of <c>queries/views/</c>) and hands the result
/// over as DataFrames. No KPI is computed here: every number comes from the SQL definitions.
/// </summary>
public sealed class KpiEngine(DuckDBConnection db, string reportingTimeZone)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(reportingTimeZone);

    /// <summary>The KPI table: one row per period (and dimension value), columns as in docs/kpis.md.</summary>
    public DataFrame Table(KpiRequest request)
    {
        // The arguments go in as literals, not bound parameters: DuckDB then folds them when it plans, so the grain,
        // dimension and hours choose the columns read and the dates bound the row groups read (docs/performance.md).
        var sql = Sql.WithLiterals(SqlFiles.Read("kpi/table.sql"), new Dictionary<string, object?>
        {
            ["from"] = request.From,
            ["to"] = request.To,
            ["grain"] = request.Grain.Text(),
            ["dim"] = request.Dimension?.Text(),
            ["hours"] = request.Hours.Text(),
            ["sources"] = request.Sources?.ToList(),
        });
        var frame = Query(sql);
        if (request.Dimension is null)
        {
            frame.Columns.Remove("dimension");
            frame.Columns.Remove("value");
        }
        return frame;
    }

    /// <summary>The ROI model per configured initiative, every input and intermediate figure beside the result.</summary>
    public DataFrame Roi() => Query(SqlFiles.Read("kpi/roi.sql"));

    private DataFrame Query(string sql)
    {
        using var command = db.Create(sql);
        using var reader = command.ExecuteReader();
        return FrameReader.Read(reader, _zone);
    }
}
