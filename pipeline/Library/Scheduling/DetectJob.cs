using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Delivery;

namespace Analytics.Pipeline.Scheduling;

/// <summary>
/// Spike detection for the day before the occurrence (reporting time zone) with the alert lifecycle: changes
/// recorded, announced ones put in the outbox as one grouped email, then one delivery pass. Exports waiting in
/// the inboxes are loaded first, so the day is judged on everything that has arrived ("after ingest"). A day
/// already judged (a re-run, a restart) records and sends nothing again. Days missed since the last judged one
/// (the service was down), at most <see cref="MissedDaysJudged"/> before yesterday, are judged first, in order,
/// as their mornings would have.
/// </summary>
public sealed class DetectJob(JobRunner runner) : PipelineJob(runner)
{
    /// <summary>Days before yesterday that a detect run still judges when earlier mornings were missed.</summary>
    public const int MissedDaysJudged = 6;

    public override Job Name => Job.Detect;

    public override string Work(JobContext context)
    {
        var (db, settings, ct) = (context.Db, context.Settings, context.CancellationToken);
        var inbox = InboxIngest.Run(db, settings.Sources, context.Paths.WorkingDirectory, ct);
        var loaded = inbox.Any(r => r.Loaded > 0 || r.Failed > 0) ? "inbox first: " + InboxIngest.Describe(inbox) + "; " : "";
        var yesterday = LocalDate.Of(context.ScheduledFor ?? DateTimeOffset.UtcNow, settings.Reporting.TimeZone).AddDays(-1);
        var from = AlertLifecycleStore.LastJudgedDay(db) is { } last && last < yesterday
            ? new[] { last.AddDays(1), yesterday.AddDays(-MissedDaysJudged) }.Max()
            : yesterday;
        var days = AlertLifecycleRun.Process(db, settings, new AlertMailNotifier(settings), from, yesterday, DateTimeOffset.UtcNow);
        ct.ThrowIfCancellationRequested();
        var judged = days.Count == 0
            ? $"{yesterday:yyyy-MM-dd}: no tickets in the warehouse yet, nothing to judge"
            : string.Join("; ", days.Select(AlertLifecycleRun.Describe));
        return loaded + judged + "; " + OutboxPass.Run(db, settings, context.Paths.WorkingDirectory, ct);
    }
}
