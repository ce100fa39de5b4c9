using DuckDB.NET.Data;

namespace Analytics.Pipeline.Alerts;

/// <summary>
/// Puts a day's alert notice into the outbox for every alert recipient, inside the transaction that records the day,
/// and returns each recipient's outbox key and whether it was added now (none: no recipients). Delivery implements it
/// (<c>AlertMailNotifier</c>), so that the alert lifecycle knows nothing of mail.
/// </summary>
public interface IAlertNotifier
{
    IReadOnlyList<(string Recipient, string Key, bool Added)> Enqueue(DuckDBConnection db, AlertNotice notice, DailyCategoryCounts counts, DateTimeOffset now);
}
