namespace Analytics.Pipeline.Scheduling;

/// <summary>
/// The jobs of <c>analytics serve</c> (README, "Running as a service"). Their text (<c>ingest</c>, <c>detect</c>,
/// <c>weekly-report</c>, <c>monthly-report</c>) is the Quartz job key, <c>job_runs.job</c> and the name
/// <c>analytics status</c> shows; each has one class that does its work (<see cref="PipelineJob"/>).
/// </summary>
public enum Job
{
    Ingest,
    Detect,
    WeeklyReport,
    MonthlyReport,
}
