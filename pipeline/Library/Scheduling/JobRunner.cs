using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Delivery;
using Analytics.Pipeline.Reports;
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
public sealed record JobRunResult(string Job, DateTimeOffset? ScheduledFor, JobOutcome Outcome, string Message);

/// <summary>
/// Runs one job: takes the warehouse for writing only for the length of the run (waiting while another process
/// holds it), records the run in <c>job_runs</c>, does the work, then publishes the read-only copy for analysts
/// and closes the file. Runs in this process are one at a time (they share the one writable file).
/// </summary>
public sealed class JobRunner(AnalyticsSettings settings, ServePaths paths, IReportDelivery delivery, ILogger<JobRunner> logger)
{
    /// <summary>How far back catch-up looks for the latest occurrence of a report (more than a month).</summary>
    private static readonly TimeSpan CatchUpHorizon = TimeSpan.FromDays(62);

    private readonly SemaphoreSlim _warehouse = new(1, 1);

    public AnalyticsSettings Settings => settings;

    public IReadOnlyList<ScheduleCalendar> Calendars { get; } = ScheduleCalendar.All(settings.Schedules);

    /// <summary>
    /// Runs <paramref name="job"/> for the occurrence <paramref name="scheduledFor"/> (null: by hand). A report
    /// occurrence that already has a run that counts (succeeded, late, skipped, running) is not run again.
    /// </summary>
    public async Task<JobRunResult> RunAsync(string job, DateTimeOffset? scheduledFor, bool late, CancellationToken ct)
    {
        await _warehouse.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var session = await OpenAsync(ct).ConfigureAwait(false);
            var db = session.Db;
            try
            {
                if (JobNames.IsReport(job) && scheduledFor is { } occurrence && OccurrenceDone(db, job, occurrence))
                {
                    logger.LogInformation("{Job} for {Occurrence:u} already ran; not running it again", job, occurrence);
                    return new JobRunResult(job, scheduledFor, JobOutcome.Unchanged, "already ran for this occurrence");
                }
                var started = Microseconds(DateTimeOffset.UtcNow);
                db.Execute(SqlFiles.Read("scheduling/run_start.sql"), new Dictionary<string, object>
                {
                    ["job"] = job, ["scheduled_for"] = Utc(scheduledFor), ["started_at"] = started.UtcDateTime,
                });
                JobOutcome outcome;
                string message;
                try
                {
                    message = Work(db, session.Settings, job, scheduledFor, late, ct);
                    outcome = late ? JobOutcome.Late : JobOutcome.Succeeded;
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    (outcome, message) = (JobOutcome.Abandoned, "the service stopped during this run");
                }
                catch (Exception ex)
                {
                    (outcome, message) = (JobOutcome.Failed, ex.Message.Split('\n')[0].Trim());
                    logger.LogError(ex, "{Job} failed", job);
                }
                db.Execute(SqlFiles.Read("scheduling/run_finish.sql"), new Dictionary<string, object>
                {
                    ["job"] = job, ["started_at"] = started.UtcDateTime, ["outcome"] = outcome.Text(), ["message"] = message,
                });
                logger.LogInformation("{Job} {Outcome}: {Message}", job, outcome, message);
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
        var due = new List<(string Job, DateTimeOffset Occurrence)>();
        var results = new List<JobRunResult>();
        await _warehouse.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var session = await OpenAsync(ct).ConfigureAwait(false);
            var db = session.Db;
            try
            {
                db.Execute(SqlFiles.Read("scheduling/runs_abandoned.sql"));
                foreach (var calendar in Calendars.Where(c => JobNames.IsReport(c.Job)))
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
                        ["job"] = calendar.Job, ["scheduled_for"] = occurrence.UtcDateTime, ["message"] = message,
                    });
                    logger.LogWarning("{Job} of {Occurrence:u} skipped: {Message}", calendar.Job, occurrence, message);
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
            logger.LogInformation("{Job} of {Occurrence:u} was missed while the service was down; sending it late", job, occurrence);
            results.Add(await RunAsync(job, occurrence, late: true, ct).ConfigureAwait(false));
        }
        return results;
    }

    /// <param name="settings">The configuration with the reporting zone chosen for this run's warehouse.</param>
    private string Work(DuckDBConnection db, AnalyticsSettings settings, string job, DateTimeOffset? scheduledFor, bool late, CancellationToken ct)
    {
        switch (job)
        {
            case JobNames.Ingest:
                // Every ingest run (every few minutes) also retries mail that is due, so nothing waits for the next report.
                return InboxIngest.Describe(InboxIngest.Run(db, settings.Sources, paths.WorkingDirectory, ct))
                    + "; " + OutboxPass.Run(db, settings, paths.WorkingDirectory, ct);
            case JobNames.Detect:
                return Detect(db, settings, scheduledFor ?? DateTimeOffset.UtcNow, ct);
            case JobNames.WeeklyReport:
            case JobNames.MonthlyReport:
                return Report(db, settings, job == JobNames.WeeklyReport ? Grain.Week : Grain.Month, scheduledFor ?? DateTimeOffset.UtcNow, late, ct);
            default:
                throw new InvalidOperationException($"unknown job '{job}'");
        }
    }

    /// <summary>Days before yesterday that a detect run still judges when earlier mornings were missed.</summary>
    public const int MissedDaysJudged = 6;

    /// <summary>
    /// Spike detection for the day before the occurrence (reporting time zone) with the alert lifecycle: changes
    /// recorded, announced ones put in the outbox as one grouped email, then one delivery pass. Exports waiting in
    /// the inboxes are loaded first, so the day is judged on everything that has arrived ("after ingest"). A day
    /// already judged (a re-run, a restart) records and sends nothing again. Days missed since the last judged one
    /// (the service was down), at most <see cref="MissedDaysJudged"/> before yesterday, are judged first, in order,
    /// as their mornings would have.
    /// </summary>
    private string Detect(DuckDBConnection db, AnalyticsSettings settings, DateTimeOffset occurrence, CancellationToken ct)
    {
        var inbox = InboxIngest.Run(db, settings.Sources, paths.WorkingDirectory, ct);
        var loaded = inbox.Any(r => r.Loaded > 0 || r.Failed > 0) ? "inbox first: " + InboxIngest.Describe(inbox) + "; " : "";
        var yesterday = LocalDate.Of(occurrence, settings.Reporting.TimeZone).AddDays(-1);
        var from = AlertLifecycleStore.LastJudgedDay(db) is { } last && last < yesterday
            ? new[] { last.AddDays(1), yesterday.AddDays(-MissedDaysJudged) }.Max()
            : yesterday;
        var days = AlertLifecycleRun.Process(db, settings, from, yesterday, DateTimeOffset.UtcNow);
        ct.ThrowIfCancellationRequested();
        var judged = days.Count == 0
            ? $"{yesterday:yyyy-MM-dd}: no tickets in the warehouse yet, nothing to judge"
            : string.Join("; ", days.Select(AlertLifecycleRun.Describe));
        return loaded + judged + "; " + OutboxPass.Run(db, settings, paths.WorkingDirectory, ct);
    }

    /// <summary>The report of the period that had just ended at the occurrence (not at the time it runs, for late runs).</summary>
    private string Report(DuckDBConnection db, AnalyticsSettings settings, Grain kind, DateTimeOffset occurrence, bool late, CancellationToken ct)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.Reporting.TimeZone);
        var span = ReportSpan.LatestComplete(kind, occurrence, zone);
        var pdf = Path.Combine(paths.ReportsFolder, Path.GetFileName(ReportFiles.DefaultPath(span)));
        var (model, written) = ReportFiles.Produce(db, settings, span, pdf);
        ct.ThrowIfCancellationRequested();
        var mailed = delivery.Deliver(db, model, written.Pdf, late, ct);
        return $"report of {span.Label} written to {written.Pdf} ({written.Pages} pages){(late ? ", late" : "")}; {mailed}";
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

    private static bool OccurrenceDone(DuckDBConnection db, string job, DateTimeOffset occurrence) =>
        db.Scalar<long>(SqlFiles.Read("scheduling/occurrence_done.sql"), new Dictionary<string, object>
        {
            ["job"] = job, ["scheduled_for"] = occurrence.UtcDateTime,
        }) > 0;

    private static object Utc(DateTimeOffset? instant) => instant is { } i ? i.UtcDateTime : DBNull.Value;

    /// <summary>job_runs keeps microseconds; a run is found again by its start, so the start is cut to them.</summary>
    private static DateTimeOffset Microseconds(DateTimeOffset instant) => new(instant.UtcTicks - instant.UtcTicks % 10, TimeSpan.Zero);

    private static string FormatAge(TimeSpan span) => span.TotalHours >= 48 ? $"{span.TotalDays:0.#} days" : $"{span.TotalHours:0.#} h";
}
