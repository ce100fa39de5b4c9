using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Reports;

/// <summary>
/// The category spikes a report marks: the spike detector replayed over the report's days as each morning's run
/// would have judged them (the same verdicts as <c>analytics alerts detect --from --to</c>), whether or not the
/// service was running to send alerts then. Tickets without a category are the category <c>null</c>. A day the
/// data does not fully cover is not judged, so it has no mark (docs/alerts.md, "Not covered"); that includes a
/// today that is not over, which <c>alerts detect --date</c> judges on its tickets so far.
/// </summary>
public static class ReportSpikes
{
    public static IReadOnlyList<CategorySpike> Find(DuckDBConnection db, AlertSettings settings, ReportSpan span) =>
        [.. SpikeHistory.Replay(DailyCategoryCounts.Read(db, span.To), settings, span.From, span.To, today: null)
            .SelectMany(day => day.Spikes)
            .Select(s => new CategorySpike(
                s.Category == DailyCategoryCounts.NoCategory ? null : s.Category,
                s.Day,
                s.WindowCount,
                s.WindowTypical,
                s.Ratio,
                s.Days))];
}
