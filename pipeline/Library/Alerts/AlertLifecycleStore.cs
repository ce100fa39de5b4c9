using System.Globalization;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Alerts;

/// <summary>One row of the alert history as <c>alerts list</c> shows it.</summary>
public sealed record AlertHistoryRow(AlertRecord Record, string? RunKey, DateTimeOffset? NotifiedAt, DateTimeOffset RecordedAt);

/// <summary>Reads and writes the lifecycle tables (queries/alerts/, schema 004_alerts.sql and 011_alert_measure.sql).</summary>
public static class AlertLifecycleStore
{
    /// <summary>Whether the warehouse has the lifecycle tables (a read-only copy of an older file may not).</summary>
    public static bool Exists(DuckDBConnection db) =>
        db.Scalar<long>(SqlFiles.Read("catalog/table_exists.sql"), new { name = "alerts" }) > 0;

    /// <summary>How many changes of state the history holds.</summary>
    public static long Count(DuckDBConnection db) => db.Scalar<long>(SqlFiles.Read("alerts/count.sql"));

    public static IReadOnlyList<AlertRecord> Rows(DuckDBConnection db) =>
        db.Query<AlertRecord>(SqlFiles.Read("alerts/lifecycle_rows.sql"));

    public static Dictionary<AlertKey, CategoryAlertState> States(DuckDBConnection db) => AlertLifecycle.Fold(Rows(db));

    public static DateOnly? LastJudgedDay(DuckDBConnection db) =>
        db.Scalar<string?>(SqlFiles.Read("alerts/last_judged_day.sql")) is { } text ? Day(text) : null;

    /// <summary>Silences not lifted that hold on <paramref name="from"/> or later.</summary>
    public static IReadOnlyList<AlertSilence> Silences(DuckDBConnection db, DateOnly from) =>
        db.Query<AlertSilence>(SqlFiles.Read("alerts/silences_active.sql"), new { from = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });

    public static IReadOnlyList<AlertHistoryRow> History(DuckDBConnection db, long limit) =>
        [.. db.Query<StoredChange>(SqlFiles.Read("alerts/history.sql"), new { limit }).Select(r => new AlertHistoryRow(
            new AlertRecord(r.Category, r.Day, r.State, r.Observed, r.Baseline, r.Ratio, r.PValue, r.Severity, r.Why, r.Silenced, r.Held, r.Days, r.Measure, r.Texts),
            r.RunKey, r.NotifiedAt, r.RecordedAt))];

    /// <summary>A row of <c>alerts</c> with its bookkeeping, as <c>alerts/history.sql</c> reads it.</summary>
    private sealed record StoredChange(
        string Category, DateOnly Day, AlertState State, int Observed, double Baseline, double Ratio, double PValue, int Severity, string Why,
        bool Silenced, string? Held, string? RunKey, DateTimeOffset? NotifiedAt, DateTimeOffset RecordedAt, int Days, AlertMeasure Measure, int? Texts);

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
            ["measure"] = record.Measure.Text(),
            ["texts"] = (object?)record.Texts ?? DBNull.Value,
        });

    public static void RecordDay(DuckDBConnection db, DayVerdict day, int changes, DateTimeOffset now) =>
        db.Execute(SqlFiles.Read("alerts/record_day.sql"), new Dictionary<string, object>
        {
            ["day"] = day.Day,
            ["categories_checked"] = day.CategoriesChecked,
            ["changes"] = changes,
            ["now"] = now.UtcDateTime,
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
        db.Scalar<long>(SqlFiles.Read("alerts/known_category.sql"), new { category, no_category = DailyCategoryCounts.NoCategory }) > 0;

    private static DateOnly Day(string text) => LocalDate.Parse(text);

}
