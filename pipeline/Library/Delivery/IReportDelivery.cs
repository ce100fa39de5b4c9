using Analytics.Pipeline.Configuration;
using Analytics.Reports.Model;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Delivery;

/// <summary>
/// Hands a built and checked report to whoever delivers it. The scheduled report jobs call it once per schedule
/// occurrence, on the job's warehouse connection; <c>late</c> marks a report sent by catch-up after
/// the service was down. Returns one line saying what happened.
/// </summary>
public interface IReportDelivery
{
    string Deliver(DuckDBConnection db, ReportModel model, string pdfPath, bool late, CancellationToken ct);
}

/// <summary>
/// Delivery through the outbox: one email per <c>Recipients.Reports</c> address, keyed per period and address
/// (a key already in the outbox is not added again), then one delivery pass over everything due.
/// </summary>
public sealed class OutboxReportDelivery(AnalyticsSettings settings, string workingDirectory) : IReportDelivery
{
    public string Deliver(DuckDBConnection db, ReportModel model, string pdfPath, bool late, CancellationToken ct)
    {
        if (settings.Recipients.Reports.Count == 0)
        {
            return "no Recipients.Reports configured: not mailed";
        }
        var keys = ReportMail.Enqueue(new MailOutbox(db, settings), model, pdfPath, settings.Recipients.Reports, late, DateTimeOffset.UtcNow);
        return $"{keys.Count(k => k.Added)} email(s) added to the outbox; " + OutboxPass.Run(db, settings, workingDirectory, ct);
    }
}

/// <summary>One delivery pass over the outbox: what is due is sent, retried later or marked failed.</summary>
public static class OutboxPass
{
    public static OutboxPassResult Run(DuckDBConnection db, AnalyticsSettings settings, string workingDirectory, CancellationToken ct)
    {
        using var transport = MailTransports.Create(settings, workingDirectory);
        return new(transport.Description, new MailOutbox(db, settings).Deliver(transport, DateTimeOffset.UtcNow, ct));
    }
}

/// <summary>What a delivery pass did, and through which transport.</summary>
public sealed record OutboxPassResult(string Via, OutboxRunResult Result)
{
    public override string ToString() =>
        $"outbox via {Via}: sent {Result.Sent}, queued for retry {Result.Retrying}, failed {Result.Failed}";
}
