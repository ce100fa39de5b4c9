using Analytics.Pipeline.Delivery;
namespace Analytics.Pipeline.Scheduling;

/// <summary>Loads what waits in the inboxes; every run (every few minutes) also retries mail that is due, so nothing waits for the next report.</summary>
public sealed class IngestJob(JobRunner runner) : PipelineJob(runner)
{
    public override Job Name => Job.Ingest;

    public override string Work(JobContext context) =>
        InboxIngest.Describe(InboxIngest.Run(context.Db, context.Settings.Sources, context.Paths.WorkingDirectory, context.CancellationToken))
        + "; " + OutboxPass.Run(context.Db, context.Settings, context.Paths.WorkingDirectory, context.CancellationToken);
}
