using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Alerts;

/// <summary>Reads queries/alerts/daily_category_counts.sql: per category, local date → tickets created, zero-filled.</summary>
public static class DailyCategoryCounts
{
    public static Dictionary<string, IReadOnlyDictionary<DateOnly, int>> Load(DuckDBConnection db, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(db);
        var counts = new Dictionary<string, Dictionary<DateOnly, int>>(StringComparer.Ordinal);
        using var command = db.Create(SqlFiles.Read("alerts/daily_category_counts.sql"), new { from, to });
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var day = DateOnly.FromDateTime(reader.GetDateTime(0));
            var category = reader.GetString(1);
            if (!counts.TryGetValue(category, out var history))
            {
                counts[category] = history = [];
            }
            history[day] = checked((int)reader.GetInt64(2));
        }
        return counts.ToDictionary(c => c.Key, c => (IReadOnlyDictionary<DateOnly, int>)c.Value, StringComparer.Ordinal);
    }

    /// <summary>Reads queries/alerts/category_sources.sql: which source feeds which category since when, up to <paramref name="to"/>.</summary>
    public static HistoryStarts LoadStarts(DuckDBConnection db, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(db);
        var feeds = new List<SourceFeed>();
        using var command = db.Create(SqlFiles.Read("alerts/category_sources.sql"), new { to });
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            feeds.Add(new SourceFeed(reader.GetString(0), reader.GetString(1),
                DateOnly.FromDateTime(reader.GetDateTime(2)), DateOnly.FromDateTime(reader.GetDateTime(3))));
        }
        return new HistoryStarts(feeds);
    }
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

    public static HistoryStarts None { get; } = new([]);

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
