using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Delivery;
using DuckDB.NET.Data;
using Quartz;

namespace Analytics.Pipeline.Scheduling;

/// <summary>What one run of a job works with: the writable warehouse, the settings it was opened with, and the occurrence.</summary>
/// <param name="Settings">The configuration with the reporting zone chosen for this run's warehouse.</param>
/// <param name="ScheduledFor">The occurrence the run is for; null when run by hand.</param>
/// <param name="Late">Run by the catch-up after its occurrence was missed.</param>
public sealed record JobContext(
    DuckDBConnection Db,
    AnalyticsSettings Settings,
    ServePaths Paths,
    IReportDelivery Delivery,
    DateTimeOffset? ScheduledFor,
    bool Late,
    CancellationToken CancellationToken);

/// <summary>
/// One job of the service. Quartz runs it on its schedule, and <see cref="JobRunner"/> by hand or on catch-up; either
/// way the run goes through the runner, which holds the warehouse and records the run in <c>job_runs</c>, and calls
/// <see cref="Work"/>. One run per job at a time: a slow run delays the next instead of overlapping it.
/// </summary>
[DisallowConcurrentExecution]
public abstract class PipelineJob(JobRunner runner) : IJob
{
    public abstract Job Name { get; }

    /// <summary>
    /// A report is sent once per occurrence: an occurrence that already has a run that counts is not run again, and
    /// one missed while the service was down is caught up at start.
    /// </summary>
    public virtual bool OncePerOccurrence => false;

    /// <summary>Does the job's work and returns what it did, in one line for <c>job_runs.message</c> and the log.</summary>
    public abstract string Work(JobContext context);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await runner.RunAsync(Name, context.ScheduledFireTimeUtc, late: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The class of each job, for Quartz.</summary>
    public static Type TypeOf(Job job) => job switch
    {
        Job.Ingest => typeof(IngestJob),
        Job.Detect => typeof(DetectJob),
        Job.WeeklyReport => typeof(WeeklyReportJob),
        Job.MonthlyReport => typeof(MonthlyReportJob),
        _ => throw new ArgumentOutOfRangeException(nameof(job), job, null),
    };

    /// <summary>The job <paramref name="job"/>, run through <paramref name="runner"/>.</summary>
    public static PipelineJob Create(Job job, JobRunner runner) => (PipelineJob)Activator.CreateInstance(TypeOf(job), runner)!;
}
