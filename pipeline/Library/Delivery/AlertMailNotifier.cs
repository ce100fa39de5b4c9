using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Delivery;

/// <summary>The one place the alert email is enqueued: to every Recipients.Alerts address (none: nothing).</summary>
public sealed class AlertMailNotifier(AnalyticsSettings settings) : IAlertNotifier
{
    public IReadOnlyList<(string Recipient, string Key, bool Added)> Enqueue(DuckDBConnection db, AlertNotice notice, DailyCategoryCounts counts, DateTimeOffset now) =>
        settings.Recipients.Alerts.Count == 0
            ? []
            : AlertMail.Enqueue(new MailOutbox(db, settings), notice, AlertEvidence.Load(db, notice, counts), settings.Recipients.Alerts,
                settings.Reporting.TimeZone, settings.Alerts, now);
}
