using System.Data.Common;
using System.Globalization;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Alerts;

/// <summary>One row of the alert history as <c>alerts list</c> shows it.</summary>
public sealed record AlertHistoryRow(AlertRecord Record, string? RunKey, DateTimeOffset? NotifiedAt, DateTimeOffset RecordedAt);

/// <summary>Reads and writes the lifecycle tables (queries/alerts/, schema 004_alerts.sql).</summary>
public static class AlertLifecycleStore
{
    /// <summary>Whether the warehouse has the lifecycle tables (a read-only copy of an older file may not).</summary>
    public static bool Exists(DuckDBConnection db) =>
        db.Scalar<long>(SqlFiles.Read("catalog/table_exists.sql"), new { name = "alerts" }) > 0;

    /// <summary>How many changes of state the history holds.</summary>
    public static long Count(DuckDBConnection db) => db.Scalar<long>(SqlFiles.Read("alerts/count.sql"));

    public static IReadOnlyList<AlertRecord> Rows(DuckDBConnection db) =>
        Read(db, "alerts/lifecycle_rows.sql", null, r => Record(r));

    public static Dictionary<string, CategoryAlertState> States(DuckDBConnection db) => AlertLifecycle.Fold(Rows(db));

    public static DateOnly? LastJudgedDay(DuckDBConnection db) =>
        db.Scalar<string?>(SqlFiles.Read("alerts/last_judged_day.sql")) is { } text ? Day(text) : null;

    /// <summary>Silences not lifted that hold on <paramref name="from"/> or later.</summary>
    public static IReadOnlyList<AlertSilence> Silences(DuckDBConnection db, DateOnly from) =>
        Read(db, "alerts/silences_active.sql", new { from = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, r =>
            new AlertSilence(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1), Day(r.GetString(2)), r.IsDBNull(3) ? null : r.GetString(3)));

    public static IReadOnlyList<AlertHistoryRow> History(DuckDBConnection db, long limit) =>
        Read(db, "alerts/history.sql", new { limit }, r => new AlertHistoryRow(
            Record(r, daysColumn: 14), r.IsDBNull(11) ? null : r.GetString(11), Instant(r, 12), Instant(r, 13)!.Value));

    public static void Record(DuckDBConnection db, AlertRecord record, string? runKey, DateTimeOffset? notifiedAt, DateTimeOffset now) =>
        db.Execute(SqlFiles.Read("alerts/record_change.sql"), new Dictionary<string, object>
        {
            ["category"] = record.Category,
            ["day"] = record.Day,
            ["state"] = record.State.Text(),
            ["observed"] = record.Observed,
            ["baseline"] = record.Baseline,
            ["ratio"] = record.Ratio,
            ["p_value"] = record.PValue,
            ["severity"] = record.Severity,
            ["why"] = record.Why,
            ["silenced"] = record.Silenced,
            ["held"] = (object?)record.Held ?? DBNull.Value,
            ["run_key"] = (object?)runKey ?? DBNull.Value,
            ["notified_at"] = notifiedAt is { } n ? n.UtcDateTime : DBNull.Value,
            ["now"] = now.UtcDateTime,
            ["days"] = record.Days,
        });

    public static void RecordDay(DuckDBConnection db, DayVerdict day, int changes, DateTimeOffset now) =>
        db.Execute(SqlFiles.Read("alerts/record_day.sql"), new Dictionary<string, object>
        {
            ["day"] = day.Day, ["categories_checked"] = day.CategoriesChecked, ["changes"] = changes, ["now"] = now.UtcDateTime,
        });

    public static void AddSilence(DuckDBConnection db, string? category, DateOnly until, string? reason, DateTimeOffset now) =>
        db.Execute(SqlFiles.Read("alerts/silence_add.sql"), new Dictionary<string, object>
        {
            ["category"] = (object?)category ?? DBNull.Value,
            ["until"] = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["reason"] = string.IsNullOrWhiteSpace(reason) ? DBNull.Value : reason,
            ["now"] = now.UtcDateTime,
        });

    /// <summary>Lifts the silences of <paramref name="category"/> (null: the silence of all) that hold on <paramref name="today"/> or later; returns how many.</summary>
    public static int LiftSilence(DuckDBConnection db, string? category, DateOnly today, DateTimeOffset now) =>
        db.Execute(SqlFiles.Read("alerts/silence_lift.sql"), new Dictionary<string, object>
        {
            ["category"] = (object?)category ?? DBNull.Value,
            ["all"] = category is null,
            ["from"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["now"] = now.UtcDateTime,
        });

    public static bool KnownCategory(DuckDBConnection db, string category) =>
        db.Scalar<long>(SqlFiles.Read("alerts/known_category.sql"), new { category }) > 0;

    private static AlertRecord Record(DbDataReader r, int daysColumn = 11) => new(
        r.GetString(0), DayOf(r.GetValue(1)), ClosedSet.Parse<AlertState>(r.GetString(2)), r.GetInt32(3), r.GetDouble(4), r.GetDouble(5), r.GetDouble(6),
        r.GetInt32(7), r.GetString(8), r.GetBoolean(9), r.IsDBNull(10) ? null : r.GetString(10), r.GetInt32(daysColumn));

    private static List<T> Read<T>(DuckDBConnection db, string query, object? parameters, Func<DbDataReader, T> map)
    {
        using var command = db.Create(SqlFiles.Read(query), parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly DayOf(object value) => value switch
    {
        DateOnly d => d,
        DateTime d => DateOnly.FromDateTime(d),
        string s => Day(s),
        _ => throw new InvalidOperationException($"not a date: {value.GetType().Name}"),
    };

    private static DateTimeOffset? Instant(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal) switch
        {
            DateTimeOffset d => d.ToUniversalTime(),
            DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
            var other => throw new InvalidOperationException($"not an instant: {other.GetType().Name}"),
        };
}
