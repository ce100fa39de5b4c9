using System.Globalization;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Warehouse;

/// <summary>Whether a source's ticket feed is current (docs/kpis.md, "Coverage").</summary>
public enum FeedState
{
    /// <summary>Quiet for no longer than usual.</summary>
    Current,
    /// <summary>Quiet for more than two days and longer than any quiet stretch of its last 8 weeks of data.</summary>
    Stale,
}

/// <summary>
/// A source's ticket feed at a moment (<c>queries/coverage/freshness.sql</c>): its newest ticket, how long it has
/// been quiet, the longest quiet stretch of the 8 weeks up to its newest ticket, and the verdict.
/// </summary>
public sealed record FeedFreshness(string Source, DateTimeOffset NewestTicketAt, TimeSpan QuietFor, TimeSpan LongestQuiet, FeedState State)
{
    /// <summary>Every source with tickets, as of <paramref name="now"/>.</summary>
    public static IReadOnlyList<FeedFreshness> Read(DuckDBConnection db, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Query<FeedFreshness>(SqlFiles.Read("coverage/freshness.sql"), new { now = now.UtcDateTime });
    }

    /// <summary>"stale: no ticket for 21 days (newest Sun 2026-11-15 23:18; quiet for at most 11 h in its last 8 weeks)", or "current: newest ticket ...".</summary>
    public string Describe(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var newest = TimeZoneInfo.ConvertTime(NewestTicketAt, zone).ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return State == FeedState.Stale
            ? $"stale: no ticket for {Duration(QuietFor)} (newest {newest}; quiet for at most {Duration(LongestQuiet)} in its last 8 weeks)"
            : $"current: newest ticket {newest}";
    }

    /// <summary>"40 min", "11 h", "67 h", "21 days": hours up to 100, so that two stretches of about three days still read apart.</summary>
    public static string Duration(TimeSpan span) =>
        span.TotalHours < 1 ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0} min")
        : span.TotalHours < 100 ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.#} h")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalDays:0.#} days");
}
