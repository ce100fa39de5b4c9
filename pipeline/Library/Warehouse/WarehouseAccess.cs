using Analytics.Pipeline.Configuration;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Warehouse;

/// <summary>
/// How the scheduler and analysts share one warehouse file, given that DuckDB lets one process write a file
/// or many processes read it, never both. The scheduler holds the write lock only for the length of a job and
/// then publishes a read-only copy beside the file (<c>analytics.duckdb</c> → <c>analytics.read.duckdb</c>,
/// written under a temporary name and renamed over the old copy, so a reader keeps the copy it opened).
/// Readers open the copy when it is at least as new as the warehouse, else the warehouse itself.
/// </summary>
public static class WarehouseAccess
{
    /// <summary>The read-only copy published beside <paramref name="warehouse"/>.</summary>
    public static string SnapshotPath(string warehouse)
    {
        var full = Path.GetFullPath(warehouse);
        return Path.Combine(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full) + ".read" + Path.GetExtension(full));
    }

    /// <summary>True when DuckDB refused the file because another process holds a conflicting lock on it.</summary>
    public static bool IsLockConflict(Exception ex) =>
        ex is DuckDBException && ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Opens the warehouse for writing, waiting with exponential backoff (capped at <paramref name="maxDelay"/>)
    /// while another process holds the file; only cancellation ends the wait. The session computes in the
    /// reporting zone chosen for the warehouse (<see cref="ReportingZones"/>); <paramref name="waiting"/> also
    /// hears a warning about that zone.
    /// </summary>
    public static async Task<WarehouseSession> OpenForWriteWaitingAsync(
        string path, AnalyticsSettings settings, Action<string>? waiting, CancellationToken ct, TimeSpan? maxDelay = null)
    {
        var delay = TimeSpan.FromMilliseconds(100);
        var cap = maxDelay ?? TimeSpan.FromSeconds(10);
        while (true)
        {
            try
            {
                return WarehouseSession.OpenForWrite(path, settings, zoneOverride: null, waiting);
            }
            catch (DuckDBException ex) when (IsLockConflict(ex))
            {
                waiting?.Invoke($"the warehouse is locked by another process, retrying in {delay.TotalSeconds:0.#} s: {FirstLine(ex.Message)}");
                await Task.Delay(delay, ct).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(cap.Ticks, delay.Ticks * 2));
            }
        }
    }

    /// <summary>
    /// Checkpoints <paramref name="connection"/> (so the file holds every committed change and no WAL) and copies
    /// the file to <see cref="SnapshotPath"/> while the write lock is still held, then renames it into place.
    /// </summary>
    public static void PublishSnapshot(DuckDBConnection connection, string warehouse)
    {
        connection.Execute("CHECKPOINT");
        var snapshot = SnapshotPath(warehouse);
        var partial = snapshot + $".{Guid.NewGuid():N}.partial";
        try
        {
            File.Copy(Path.GetFullPath(warehouse), partial, overwrite: true);
            File.Move(partial, snapshot, overwrite: true);
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }

    /// <summary>
    /// After the writer closed the file: the copy is as new as the warehouse (closing a checkpointed file may
    /// still touch it), so readers keep using the copy.
    /// </summary>
    public static void MarkSnapshotCurrent(string warehouse)
    {
        var snapshot = SnapshotPath(warehouse);
        if (File.Exists(snapshot) && File.Exists(warehouse))
        {
            var stamp = File.GetLastWriteTimeUtc(warehouse);
            if (File.GetLastWriteTimeUtc(snapshot) < stamp)
            {
                File.SetLastWriteTimeUtc(snapshot, stamp);
            }
        }
    }

    /// <summary>The copy, when it exists and is not older than the warehouse; otherwise null.</summary>
    public static string? CurrentSnapshot(string warehouse)
    {
        var snapshot = SnapshotPath(warehouse);
        return File.Exists(snapshot) && File.GetLastWriteTimeUtc(snapshot) >= File.GetLastWriteTimeUtc(warehouse) ? snapshot : null;
    }

    /// <summary>
    /// What a read-only command opens: the current copy; else the warehouse read-only, retrying while a writer
    /// holds it; and when the writer keeps it past <paramref name="patience"/>, an older copy if there is one
    /// (with a note on <paramref name="notice"/>), so a query never fails because the scheduler is writing.
    /// </summary>
    public static DuckDBConnection OpenForReading(string warehouse, Func<string, DuckDBConnection> open, Action<string>? notice = null, TimeSpan? patience = null)
    {
        if (CurrentSnapshot(warehouse) is { } current)
        {
            return open(current);
        }
        var snapshot = SnapshotPath(warehouse);
        var hasCopy = File.Exists(snapshot);
        // With an older copy at hand a reader waits only briefly for the writer; without one, longer.
        var wait = hasCopy ? TimeSpan.FromSeconds(2) : patience ?? TimeSpan.FromSeconds(60);
        var deadline = DateTime.UtcNow + wait;
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            try
            {
                return open(warehouse);
            }
            catch (DuckDBException ex) when (IsLockConflict(ex))
            {
                if (DateTime.UtcNow + delay > deadline)
                {
                    if (hasCopy)
                    {
                        notice?.Invoke($"the warehouse is being written; reading the copy of {File.GetLastWriteTimeUtc(snapshot):yyyy-MM-dd HH:mm:ss} UTC");
                        return open(snapshot);
                    }
                    throw new IOException($"the warehouse {warehouse} stayed locked by a writer for {wait.TotalSeconds:0} s: {FirstLine(ex.Message)}", ex);
                }
                Thread.Sleep(delay);
                delay = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(1).Ticks, delay.Ticks * 2));
            }
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
