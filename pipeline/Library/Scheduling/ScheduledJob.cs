using Quartz;

namespace Analytics.Pipeline.Scheduling;

/// <summary>
/// The Quartz job of every schedule; its job key names the job (ingest, detect, weekly-report, monthly-report).
/// One run per job key at a time: a slow run delays the next instead of overlapping it.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ScheduledJob(JobRunner runner) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await runner.RunAsync(context.JobDetail.Key.Name, context.ScheduledFireTimeUtc, late: false, cancellationToken).ConfigureAwait(false);
    }
}
