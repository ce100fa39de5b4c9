using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Alerts;

/// <summary>
/// Detection as it would have run each morning from <c>from</c> to <c>to</c> (no look-ahead), with every earlier
/// day of the warehouse as history: one verdict per day, oldest first. The replay starts eight weeks before
/// <c>from</c>, so that spikes of those weeks are left out of the baselines as they would have been live.
/// </summary>
public static class SpikeHistory
{
    public static IReadOnlyList<DayVerdict> Replay(DuckDBConnection db, AlertSettings settings, DateOnly from, DateOnly to)
    {
        using var command = db.Create(SqlFiles.Read("alerts/first_day.sql"));
        if (command.ExecuteScalar() is not DateOnly first)
        {
            return [];
        }
        var warmUp = from.AddDays(-7 * Baseline.Weeks);
        var start = first > warmUp ? first : warmUp;
        if (start > from)
        {
            start = from;
        }
        var counts = DailyCategoryCounts.Load(db, first < start ? first : start, to);
        return [.. SpikeReplay.Run(new SpikeDetector(settings), counts, start, to).Where(day => day.Day >= from)];
    }
}
