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
        var frame = Query("kpi/table.sql", new
        {
            from = request.From,
            to = request.To,
            grain = request.Grain,
            dim = (object?)request.Dimension ?? DBNull.Value,
            hours = request.Hours,
            sources = request.Sources is { } sources ? sources.ToList() : (object)DBNull.Value,
        });
        if (request.Dimension is null)
        {
            frame.Columns.Remove("dimension");
            frame.Columns.Remove("value");
        }
        return frame;
    }

    /// <summary>The ROI model per configured initiative, every input and intermediate figure beside the result.</summary>
    public DataFrame Roi() => Query("kpi/roi.sql", null);

    private DataFrame Query(string file, object? parameters)
    {
        using var command = db.Create(SqlFiles.Read(file), parameters);
        using var reader = command.ExecuteReader();
        return FrameReader.Read(reader, _zone);
    }
}
