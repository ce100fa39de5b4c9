using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Alerts;

/// <summary>
/// Detection as it would have run each morning from <c>from</c> to <c>to</c> (no look-ahead), with every earlier
/// day of the warehouse as history: one verdict per day, oldest first. The replay starts eight weeks before
/// <c>from</c>, so that spikes of those weeks are left out of the baselines as they would have been live.
/// Each category's history starts on the first day of the latest source feeding it (as known on the day
/// judged). Days the data does not fully cover are neither judged nor history (docs/alerts.md, "Not covered").
/// The local today (in the warehouse's reporting time zone) is not over, so its total is not judged for a
/// stopped feed; its spikes are judged although the data cannot cover it yet (counts only grow). With the texts' tones,
/// each day also carries its negative-share verdicts (docs/alerts.md, "Negative share"), replayed the same way.
/// </summary>
public static class SpikeHistory
{
    public static IReadOnlyList<DayVerdict> Replay(DuckDBConnection db, AlertSettings settings, DateOnly from, DateOnly to) =>
        Replay(db, settings, from, to, DateTimeOffset.UtcNow);

    /// <param name="now">The current instant; the local day it falls on is in progress.</param>
    public static IReadOnlyList<DayVerdict> Replay(DuckDBConnection db, AlertSettings settings, DateOnly from, DateOnly to, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Replay(DailyCategoryCounts.Read(db, to), settings, from, to, LocalToday(db, now), DailyTextTones.Read(db, to));
    }

    /// <param name="rows">The daily counts, read up to <paramref name="to"/> at least.</param>
    /// <param name="today">The local day in progress: its total is not judged for a stopped feed; null when no day
    /// is to be judged as in progress (a day the data does not cover is then not judged at all).</param>
    /// <param name="tones">The texts' tones, read up to <paramref name="to"/> at least: each day then carries its
    /// negative-share verdicts; null for the volume alone.</param>
    public static IReadOnlyList<DayVerdict> Replay(
        DailyCategoryCounts rows, AlertSettings settings, DateOnly from, DateOnly to, DateOnly? today, DailyTextTones? tones = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.FirstDay is not { } first)
        {
            return [];
        }
        var warmUp = from.AddDays(-7 * Baseline.Weeks);
        var start = first > warmUp ? first : warmUp;
        if (start > from)
        {
            start = from;
        }
        var counts = rows.Between(first < start ? first : start, to);
        var starts = rows.Starts();
        var days = SpikeReplay.Run(new SpikeDetector(settings), counts, start, to, starts, today, rows.NotCovered);
        if (tones is not null)
        {
            // The same days, from the same start: negative-share jumps of the weeks before from are left out of references too.
            var shares = new NegativeShareDetector(settings).Replay(tones, start, to, rows.NotCovered, today);
            days = [.. days.Select((day, i) => day with { NegativeShares = shares[i] })];
        }
        return [.. days.Where(day => day.Day >= from)];
    }

    /// <summary>The local date of <paramref name="now"/> in the reporting time zone the warehouse was opened with.</summary>
    public static DateOnly LocalToday(DuckDBConnection db, DateTimeOffset now)
    {
        using var command = db.Create(SqlFiles.Read("alerts/reporting_time_zone.sql"));
        var zone = command.ExecuteScalar() as string ?? "UTC";
        return LocalDate.Of(now, zone);
    }
}
