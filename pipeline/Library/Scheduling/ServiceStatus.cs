using System.Text.Json;
using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Warehouse;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Scheduling;

/// <summary>
/// A source's data: its newest ticket and last load, its row count, and whether its ticket feed is current
/// (<see cref="FeedFreshness"/>): <paramref name="Freshness"/> current or stale, null for a source without
/// tickets; <paramref name="Verdict"/> the sentence the table prints.
/// </summary>
public sealed record SourceFreshness(string Source, DateTimeOffset? LatestCreatedAt, DateTimeOffset? LatestIngestedAt, long Rows,
    FeedState? Freshness = null, double? QuietForHours = null, double? LongestQuietHours = null, string? Verdict = null);

public sealed record JobStatus(
    Job Job, string Cron, string TimeZone, DateTimeOffset? LastScheduledFor, DateTimeOffset? LastStartedAt,
    DateTimeOffset? LastFinishedAt, JobOutcome? LastOutcome, string? LastMessage, DateTimeOffset? NextRun);

public sealed record FailedMail(string Key, string Subject, int Attempts, string? LastError);

public sealed record OutboxStatus(long Pending, long Failed, long Sent, IReadOnlyList<FailedMail> FailedMessages, IReadOnlyList<FailedMail> RetryingMessages);

/// <summary>A category whose alert is firing in <paramref name="Measure"/>: since the day its episode began, at the highest
/// severity recorded; <paramref name="State"/> is the latest row's (firing, escalated; for the total feed-stopped or
/// volume-drop). For the negative share, <paramref name="Observed"/> is the negative texts of <paramref name="Texts"/> and
/// <paramref name="Baseline"/> the typical share (0 to 1).</summary>
public sealed record FiringAlert(string Category, DateOnly Since, int Severity, DateOnly LastChange, int Observed, double Baseline, bool Emailed,
    AlertState State = AlertState.Firing, AlertMeasure Measure = AlertMeasure.Volume, int? Texts = null);

/// <summary>A silence in force: category null mutes all.</summary>
public sealed record SilenceStatus(string? Category, DateOnly Until, string? Reason);

/// <summary>Alert state: the last day judged (null: none yet), firing categories, silences in force.</summary>
public sealed record AlertsStatus(DateOnly? JudgedThrough, IReadOnlyList<FiringAlert> Firing, IReadOnlyList<SilenceStatus> Silences)
{
    public static AlertsStatus Read(DuckDBConnection db, DateOnly today)
    {
        if (!AlertLifecycleStore.Exists(db))
        {
            return new AlertsStatus(null, [], []);
        }
        var firing = AlertLifecycleStore.States(db).Values
            .Where(s => s.Firing && s.Last is not null)
            .OrderBy(s => s.Category, StringComparer.Ordinal)
            .ThenBy(s => s.Measure)
            .Select(s => new FiringAlert(s.Category, s.Since!.Value, s.RecordedSeverity, s.Last!.Day, s.Last.Observed, s.Last.Baseline, s.EpisodeAnnounced, s.Last.State,
                s.Measure, s.Last.Texts))
            .ToList();
        var silences = AlertLifecycleStore.Silences(db, today).Select(s => new SilenceStatus(s.Category, s.Until, s.Reason)).ToList();
        return new AlertsStatus(AlertLifecycleStore.LastJudgedDay(db), firing, silences);
    }

    public void WriteTable(TextWriter output)
    {
        if (JudgedThrough is not { } through)
        {
            output.WriteLine("Alerts: no day judged yet (analytics alerts detect --notify, or the detect job of analytics serve)");
        }
        else
        {
            output.WriteLine($"Alerts: judged through {through:yyyy-MM-dd}; {(Firing.Count == 0 ? "none firing" : $"{Firing.Count} firing")}");
        }
        foreach (var f in Firing)
        {
            if (f.Measure == AlertMeasure.NegativeShare)
            {
                output.WriteLine($"  firing {new AlertKey(f.Measure, f.Category).Label} since {f.Since:yyyy-MM-dd} (severity {f.Severity}; "
                    + $"{WhySentence.NegativeTexts(f.Observed, f.Texts ?? 0)} vs typical {WhySentence.Percent(f.Baseline)} on {f.LastChange:yyyy-MM-dd}){(f.Emailed ? "" : ", not emailed")}");
                continue;
            }
            var what = f.Category == DayTotal.Category ? DayTotal.Meaning(f.State) : $"severity {f.Severity}";
            output.WriteLine($"  firing {f.Category} since {f.Since:yyyy-MM-dd} ({what}; {f.Observed} vs typical {f.Baseline:0.#} on {f.LastChange:yyyy-MM-dd}){(f.Emailed ? "" : ", not emailed")}");
        }
        foreach (var s in Silences)
        {
            output.WriteLine($"  silenced {s.Category ?? "all categories"} through {s.Until:yyyy-MM-dd}{(s.Reason is null ? "" : ": " + s.Reason)}");
        }
    }
}

/// <summary>What <c>analytics status</c> shows.</summary>
public sealed record ServiceStatus(
    DateTimeOffset At, IReadOnlyList<SourceFreshness> Sources, IReadOnlyList<JobStatus> Jobs, OutboxStatus Outbox,
    AlertsStatus Alerts)
{

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new ClosedSetJsonConverter() },
    };

    /// <param name="timeZone">The reporting time zone: every instant is shown in it, and it says which silences are still in force today.</param>
    public static ServiceStatus Read(DuckDBConnection db, IReadOnlyList<ScheduleCalendar> calendars, DateTimeOffset now, string timeZone = "UTC")
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        DateTimeOffset? Local(DateTimeOffset? instant) => instant is { } i ? TimeZoneInfo.ConvertTime(i, zone) : null;
        var feeds = FeedFreshness.Read(db, now).ToDictionary(f => f.Source, StringComparer.Ordinal);
        var sources = db.Query<SourceFreshness>(SqlFiles.Read("scheduling/source_freshness.sql"))
            .Select(s => s with { LatestCreatedAt = Local(s.LatestCreatedAt), LatestIngestedAt = Local(s.LatestIngestedAt) })
            .Select(s => feeds.GetValueOrDefault(s.Source) is { } feed
                ? s with
                {
                    Freshness = feed.State,
                    QuietForHours = Math.Round(feed.QuietFor.TotalHours, 1),
                    LongestQuietHours = Math.Round(feed.LongestQuiet.TotalHours, 1),
                    Verdict = feed.Describe(zone),
                }
                : s)
            .ToList();
        var runs = db.Query<LastRun>(SqlFiles.Read("scheduling/last_runs.sql")).ToDictionary(r => r.Job);
        var jobs = calendars.Select(c =>
        {
            var run = runs.GetValueOrDefault(c.Job);
            return new JobStatus(c.Job, c.Schedule.Cron, c.Schedule.TimeZone, Local(run?.ScheduledFor), Local(run?.StartedAt), Local(run?.FinishedAt),
                run?.Outcome, run?.Message, Local(c.Next(now)));
        }).ToList();
        var counts = db.Query<OutboxCounts>(SqlFiles.Read("scheduling/outbox_summary.sql"))[0];
        var failed = db.Query<FailedMail>(SqlFiles.Read("scheduling/outbox_failed.sql"));
        var retrying = db.Query<FailedMail>(SqlFiles.Read("scheduling/outbox_retrying.sql"));
        return new ServiceStatus(TimeZoneInfo.ConvertTime(now, zone), sources, jobs, new OutboxStatus(counts.Pending, counts.Failed, counts.Sent, failed, retrying),
            AlertsStatus.Read(db, LocalDate.Of(now, timeZone)))
        { TimeZone = timeZone };
    }

    /// <summary>The reporting zone every instant is shown in.</summary>
    public string TimeZone { get; init; } = "UTC";

    public static void WriteTable(ServiceStatus status, TextWriter output)
    {
        output.WriteLine($"Times in {status.TimeZone}, now {Show(status.At)}");
        output.WriteLine("Sources (data freshness)");
        if (status.Sources.Count == 0)
        {
            output.WriteLine("  no data loaded yet");
        }
        foreach (var s in status.Sources)
        {
            output.WriteLine($"  {s.Source,-16} {s.Verdict ?? "no tickets"}; last loaded {Show(s.LatestIngestedAt)}; {s.Rows:N0} rows");
        }
        output.WriteLine("Jobs");
        foreach (var j in status.Jobs)
        {
            var last = j.LastOutcome is not { } outcome ? "never ran" : $"{outcome.Text()} {Show(j.LastStartedAt)}{(j.LastMessage is null ? "" : ": " + j.LastMessage)}";
            output.WriteLine($"  {j.Job.Text(),-15} next {Show(j.NextRun)}  ({j.Cron}, {j.TimeZone})  last: {last}");
        }
        output.WriteLine($"Outbox: {status.Outbox.Pending} pending, {status.Outbox.Failed} failed, {status.Outbox.Sent} sent");
        foreach (var f in status.Outbox.FailedMessages)
        {
            output.WriteLine($"  failed {f.Key} after {f.Attempts} attempt(s): {f.LastError}");
        }
        foreach (var r in status.Outbox.RetryingMessages)
        {
            output.WriteLine($"  waiting {r.Key} after {r.Attempts} attempt(s): {r.LastError}");
        }
        status.Alerts.WriteTable(output);
    }

    /// <summary>A local time (the status is built in the reporting zone).</summary>
    private static string Show(DateTimeOffset? instant) => instant is { } i ? i.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "-";

    /// <summary>A job's latest run (<c>scheduling/last_runs.sql</c>).</summary>
    private sealed record LastRun(Job Job, DateTimeOffset? ScheduledFor, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, JobOutcome Outcome, string? Message);

    private sealed record OutboxCounts(long Pending, long Failed, long Sent);
}
