using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Alerts;

/// <summary>
/// The tickets created per local day, source and category up to a day (queries/alerts/daily_source_counts.sql,
/// read once), and what the detector needs from them: the zero-filled daily counts per category, where each
/// category's history starts, and the first day of all; with the days the data does not fully cover
/// (queries/alerts/not_covered_days.sql; docs/alerts.md, "Not covered").
/// </summary>
public sealed class DailyCategoryCounts
{
    /// <summary>How the query names tickets without a category.</summary>
    public const string NoCategory = "(no category)";

    private readonly List<(DateOnly Day, string Source, string Category, int Tickets)> rows;

    private DailyCategoryCounts(List<(DateOnly, string, string, int)> rows, HashSet<DateOnly> notCovered)
    {
        this.rows = rows;
        NotCovered = notCovered;
    }

    /// <summary>The local days up to the day read to that the data does not fully cover, between the first and the
    /// last day with tickets: the detector neither judges them nor uses them as history.</summary>
    public IReadOnlySet<DateOnly> NotCovered { get; }

    /// <summary>The rows of every local day up to <paramref name="to"/>.</summary>
    public static DailyCategoryCounts Read(DuckDBConnection db, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = new List<(DateOnly, string, string, int)>();
        using (var command = db.Create(SqlFiles.Read("alerts/daily_source_counts.sql"), new { to }))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((DateOnly.FromDateTime(reader.GetDateTime(0)), reader.GetString(1), reader.GetString(2), checked((int)reader.GetInt64(3))));
            }
        }
        var notCovered = new HashSet<DateOnly>();
        using (var command = db.Create(SqlFiles.Read("alerts/not_covered_days.sql"), new { to }))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                notCovered.Add(DateOnly.FromDateTime(reader.GetDateTime(0)));
            }
        }
        return new DailyCategoryCounts(rows, notCovered);
    }

    /// <summary>The first local day with a ticket that counts; null for an empty warehouse.</summary>
    public DateOnly? FirstDay => rows.Count == 0 ? null : rows.Min(r => r.Day);

    /// <summary>
    /// Per category, local date → tickets created over <paramref name="from"/>..<paramref name="to"/>, every
    /// date present (0 without tickets). The categories are those with any ticket up to the day read to.
    /// </summary>
    public Dictionary<string, IReadOnlyDictionary<DateOnly, int>> Between(DateOnly from, DateOnly to)
    {
        var counts = new Dictionary<string, IReadOnlyDictionary<DateOnly, int>>(StringComparer.Ordinal);
        foreach (var category in rows.Select(r => r.Category).Distinct())
        {
            var history = new Dictionary<DateOnly, int>();
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                history[day] = 0;
            }
            counts[category] = history;
        }
        foreach (var (day, _, category, tickets) in rows.Where(r => r.Day >= from && r.Day <= to))
        {
            var history = (Dictionary<DateOnly, int>)counts[category];
            history[day] += tickets;
        }
        return counts;
    }

    /// <summary>Which source feeds which category since when (docs/alerts.md, "New sources").</summary>
    public HistoryStarts Starts()
    {
        var sourceFirst = rows.GroupBy(r => r.Source).ToDictionary(g => g.Key, g => g.Min(r => r.Day), StringComparer.Ordinal);
        return new HistoryStarts(rows
            .GroupBy(r => (r.Category, r.Source))
            .Select(g => new SourceFeed(g.Key.Category, g.Key.Source, sourceFirst[g.Key.Source], g.Min(r => r.Day))));
    }

    /// <summary>Per category, local date → tickets created over <paramref name="from"/>..<paramref name="to"/>, zero-filled.</summary>
    public static Dictionary<string, IReadOnlyDictionary<DateOnly, int>> Load(DuckDBConnection db, DateOnly from, DateOnly to) =>
        Read(db, to).Between(from, to);
}

/// <summary>One source feeding one category: the source's first day with tickets, and its first ticket in the category.</summary>
public sealed record SourceFeed(string Category, string Source, DateOnly SourceFirstDay, DateOnly FirstInCategory);

/// <summary>
/// Where a category's history starts, as known on the day judged (docs/alerts.md, "New sources"): on the first
/// day of the latest source that has fed the category by then, and not before the category's own first ticket.
/// A source that joins later brings a level shift, not a spike: the category warms up again from the day the
/// source joined. Only feeds seen on or before the day judged count, so there is no look-ahead.
/// </summary>
public sealed class HistoryStarts(IEnumerable<SourceFeed> feeds)
{
    private readonly ILookup<string, SourceFeed> byCategory = feeds.ToLookup(f => f.Category, StringComparer.Ordinal);

    /// <summary>The first day of <paramref name="category"/>'s history as known on <paramref name="day"/>; null when nothing is known.</summary>
    public DateOnly? StartFor(string category, DateOnly day)
    {
        var seen = byCategory[category].Where(f => f.FirstInCategory <= day).ToList();
        if (seen.Count == 0)
        {
            return null;
        }
        var latestSource = seen.Max(f => f.SourceFirstDay);
        var firstTicket = seen.Min(f => f.FirstInCategory);
        return latestSource > firstTicket ? latestSource : firstTicket;
    }
}
