namespace Analytics.Pipeline.Alerts;

/// <summary>
/// The alert state a category changed to on a judged day (docs/alerts.md, "Lifecycle"): a row of the <c>alerts</c> table
/// (<c>alerts.state</c>, as text) and a change the alert email tells.
/// </summary>
public enum AlertState
{
    /// <summary>ok (or resolved) → firing.</summary>
    Firing,
    /// <summary>Still firing, at a higher severity level than last notified.</summary>
    Escalated,
    /// <summary>firing → resolved: a full judged day that no longer passes the gates (for the total: a day no
    /// longer improbably low).</summary>
    Resolved,
    /// <summary>The day's total over all categories was improbably low and near zero: the ticket feed may have
    /// stopped (category "(all categories)", ratio = total / typical total, severity 3).</summary>
    FeedStopped,
    /// <summary>The day's total over all categories was improbably low but not near zero: the volume dropped (a
    /// holiday, or an outage on the customers' side; category "(all categories)", severity 1).</summary>
    VolumeDrop,
}

/// <summary>
/// What one detection run has to tell the alert recipients: the changes of one judged day that are not silenced
/// and not held back by the cooldown (the announced rows of the day). One notice is one grouped email per recipient. <paramref name="RunKey"/>
/// identifies the notice (the same changes give the same key), so the outbox sends it once.
/// </summary>
public sealed record AlertNotice(DateOnly Day, string RunKey, IReadOnlyList<AlertRecord> Changes);
