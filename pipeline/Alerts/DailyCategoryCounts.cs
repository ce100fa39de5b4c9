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
}
