using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Delivery;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace Analytics.Pipeline.Scheduling;

/// <summary>Where <c>analytics serve</c> works: the warehouse, the folder relative paths are read from, and the reports folder.</summary>
public sealed record ServePaths(string DatabasePath, string WorkingDirectory)
{
    /// <summary>Reports go beside the warehouse (data/reports/ by default), never into a source folder.</summary>
    public string ReportsFolder => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(DatabasePath))!, "reports");
}

/// <summary>How one run ended.</summary>
public sealed record JobRunResult(Job Job, DateTimeOffset? ScheduledFor, JobOutcome Outcome, string Message);

/// <summary>
/// Runs one job: takes the warehouse for writing only for the length of the run (waiting while another process
/// holds it), records the run in <c>job_runs</c>, does the work, then publishes the read-only copy for analysts
/// and closes the file. Runs in this process are one at a time (they share the one writable file).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001",
    Justification = "The lock is not disposed: a job still running when the host is disposed releases it in its finally.")]
public sealed class JobRunner(AnalyticsSettings settings, ServePaths paths, IReportDelivery delivery, ILogger<JobRunner> logger)
{
    /// <summary>How far back catch-up looks for the latest occurrence of a report (more than a month).</summary>
    private static readonly TimeSpan CatchUpHorizon = TimeSpan.FromDays(62);

    // Not disposed: a job still running when the host is disposed releases it in its finally, and a SemaphoreSlim
    // whose wait handle is never asked for holds nothing to free.
    private readonly SemaphoreSlim _warehouse = new(1, 1);

    public AnalyticsSettings Settings => settings;

    public IReadOnlyList<ScheduleCalendar> Calendars { get; } = ScheduleCalendar.All(settings.Schedules);

    private readonly Dictionary<Job, PipelineJob> _jobs = [];

    private PipelineJob Of(Job job)
    {
        lock (_jobs)
        {
            return _jobs.TryGetValue(job, out var known) ? known : _jobs[job] = PipelineJob.Create(job, this);
        }
    }

    /// <summary>
    /// Runs <paramref name="job"/> for the occurrence <paramref name="scheduledFor"/> (null: by hand). A report
    /// occurrence that already has a run that counts (succeeded, late, skipped, running) is not run again.
    /// </summary>
    public async Task<JobRunResult> RunAsync(Job job, DateTimeOffset? scheduledFor, bool late, CancellationToken ct)
    {
        await _warehouse.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var session = await OpenAsync(ct).ConfigureAwait(false);
            var db = session.Db;
            try
            {
                if (Of(job).OncePerOccurrence && scheduledFor is { } occurrence && OccurrenceDone(db, job, occurrence))
                {
                    logger.LogInformation("{Job} for {Occurrence:u} already ran; not running it again", job.Text(), occurrence);
                    return new JobRunResult(job, scheduledFor, JobOutcome.Unchanged, "already ran for this occurrence");
                }
                var started = Microseconds(DateTimeOffset.UtcNow);
                db.Execute(SqlFiles.Read("scheduling/run_start.sql"), new Dictionary<string, object>
                {
                    ["job"] = job.Text(),
                    ["scheduled_for"] = Utc(scheduledFor),
                    ["started_at"] = started.UtcDateTime,
                });
                JobOutcome outcome;
                string message;
                try
                {
                    message = Of(job).Work(new JobContext(db, session.Settings, paths, delivery, scheduledFor, late, ct));
                    outcome = late ? JobOutcome.Late : JobOutcome.Succeeded;
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    (outcome, message) = (JobOutcome.Abandoned, "the service stopped during this run");
                }
                catch (Exception ex)
                {
                    (outcome, message) = (JobOutcome.Failed, ex.Message.Split('\n')[0].Trim());
                    logger.LogError(ex, "{Job} failed", job.Text());
                }
                db.Execute(SqlFiles.Read("scheduling/run_finish.sql"), new Dictionary<string, object>
                {
                    ["job"] = job.Text(),
                    ["started_at"] = started.UtcDateTime,
                    ["outcome"] = outcome.Text(),
                    ["message"] = message,
                });
                logger.LogInformation("{Job} {Outcome}: {Message}", job.Text(), outcome, message);
                return new JobRunResult(job, scheduledFor, outcome, message);
            }
            finally
            {
                Close(session);
            }
        }
        finally
        {
            _warehouse.Release();
        }
    }

    /// <summary>
    /// At start: runs left 'running' by a stopped process become 'abandoned'; for each report, the latest
    /// occurrence before <paramref name="now"/> that has no run is sent now, marked late, when it is within
    /// <c>CatchUpWithin</c>, and recorded as 'skipped' when it is older.
    /// </summary>
    public async Task<IReadOnlyList<JobRunResult>> CatchUpAsync(DateTimeOffset now, CancellationToken ct)
    {
        var due = new List<(Job Job, DateTimeOffset Occurrence)>();
        var results = new List<JobRunResult>();
        await _warehouse.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var session = await OpenAsync(ct).ConfigureAwait(false);
            var db = session.Db;
            try
            {
                db.Execute(SqlFiles.Read("scheduling/runs_abandoned.sql"));
                foreach (var calendar in Calendars.Where(c => Of(c.Job).OncePerOccurrence))
                {
                    if (calendar.Latest(now, CatchUpHorizon) is not { } occurrence || OccurrenceDone(db, calendar.Job, occurrence))
                    {
                        continue;
                    }
                    if (now - occurrence <= settings.Schedules.CatchUpWithin)
                    {
                        due.Add((calendar.Job, occurrence));
                        continue;
                    }
                    var message = $"missed while the service was down; {FormatAge(now - occurrence)} old, more than Schedules:CatchUpWithin ({FormatAge(settings.Schedules.CatchUpWithin)})";
                    db.Execute(SqlFiles.Read("scheduling/run_skipped.sql"), new Dictionary<string, object>
                    {
                        ["job"] = calendar.Job.Text(),
                        ["scheduled_for"] = occurrence.UtcDateTime,
                        ["message"] = message,
                    });
                    logger.LogWarning("{Job} of {Occurrence:u} skipped: {Message}", calendar.Job.Text(), occurrence, message);
                    results.Add(new JobRunResult(calendar.Job, occurrence, JobOutcome.Skipped, message));
                }
            }
            finally
            {
                Close(session);
            }
        }
        finally
        {
            _warehouse.Release();
        }
        foreach (var (job, occurrence) in due)
        {
            logger.LogInformation("{Job} of {Occurrence:u} was missed while the service was down; sending it late", job.Text(), occurrence);
            results.Add(await RunAsync(job, occurrence, late: true, ct).ConfigureAwait(false));
        }
        return results;
    }

    private Task<WarehouseSession> OpenAsync(CancellationToken ct) =>
        WarehouseAccess.OpenForWriteWaitingAsync(paths.DatabasePath, settings, message => logger.LogWarning("{Message}", message), ct);

    /// <summary>Publishes the read-only copy for analysts (every run changed at least job_runs), then releases the file.</summary>
    private void Close(WarehouseSession session)
    {
        try
        {
            WarehouseAccess.PublishSnapshot(session.Db, paths.DatabasePath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DuckDBException)
        {
            logger.LogError(ex, "the read-only copy of the warehouse could not be published");
        }
        finally
        {
            session.Dispose();
        }
        WarehouseAccess.MarkSnapshotCurrent(paths.DatabasePath);
    }

    private static bool OccurrenceDone(DuckDBConnection db, Job job, DateTimeOffset occurrence) =>
        db.Scalar<long>(SqlFiles.Read("scheduling/occurrence_done.sql"), new Dictionary<string, object>
        {
            ["job"] = job.Text(),
            ["scheduled_for"] = occurrence.UtcDateTime,
        }) > 0;

    private static object Utc(DateTimeOffset? instant) => instant is { } i ? i.UtcDateTime : DBNull.Value;

    /// <summary>job_runs keeps microseconds; a run is found again by its start, so the start is cut to them.</summary>
    private static DateTimeOffset Microseconds(DateTimeOffset instant) => new(instant.UtcTicks - instant.UtcTicks % 10, TimeSpan.Zero);

    private static string FormatAge(TimeSpan span) => span.TotalHours >= 48 ? $"{span.TotalDays:0.#} days" : $"{span.TotalHours:0.#} h";
}
