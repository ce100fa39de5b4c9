using Analytics.Pipeline.Configuration;
using Quartz;

namespace Analytics.Pipeline.Scheduling;

/// <summary>
/// The occurrences of one job's cron expression in its time zone, computed without a running scheduler:
/// used for the Quartz trigger, for catch-up at start and for the next run shown by <c>analytics status</c>.
/// Across a DST change each occurrence exists exactly once: a wall-clock time the spring gap swallows fires
/// at the gap's end, one that the autumn overlap repeats fires at its first instance (Quartz's rules).
/// </summary>
public sealed class ScheduleCalendar
{
    public ScheduleCalendar(Job job, ScheduleSettings schedule)
    {
        Job = job;
        Schedule = schedule;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
        Expression = CronExpression.Parse(schedule.Cron).WithTimeZone(Zone);
    }

    public Job Job { get; }
    public ScheduleSettings Schedule { get; }
    public TimeZoneInfo Zone { get; }
    public CronExpression Expression { get; }

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset? Next(DateTimeOffset after) => Expression.GetNextValidTimeAfter(after);

    /// <summary>Occurrences in (<paramref name="from"/>, <paramref name="to"/>], in order.</summary>
    public IReadOnlyList<DateTimeOffset> Between(DateTimeOffset from, DateTimeOffset to)
    {
        var result = new List<DateTimeOffset>();
        var cursor = from;
        while (Next(cursor) is { } next && next <= to)
        {
            result.Add(next);
            cursor = next;
        }
        return result;
    }

    /// <summary>The latest occurrence at or before <paramref name="now"/>, looking back at most <paramref name="horizon"/>.</summary>
    public DateTimeOffset? Latest(DateTimeOffset now, TimeSpan horizon)
    {
        DateTimeOffset? latest = null;
        var cursor = now - horizon;
        while (Next(cursor) is { } next && next <= now)
        {
            latest = next;
            cursor = next;
        }
        return latest;
    }

    /// <summary>The calendars of the four jobs (README, "Running as a service") from the settings.</summary>
    public static IReadOnlyList<ScheduleCalendar> All(SchedulesSettings schedules) =>
    [
        new(Job.Ingest, schedules.Ingest),
        new(Job.Detect, schedules.Detect),
        new(Job.WeeklyReport, schedules.WeeklyReport),
        new(Job.MonthlyReport, schedules.MonthlyReport),
    ];
}
