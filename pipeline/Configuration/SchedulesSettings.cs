namespace Analytics.Pipeline.Configuration;

/// <summary>When the jobs of <c>analytics serve</c> run (delivery.md, "Jobs"): a cron expression and an IANA zone each.</summary>
public sealed record SchedulesSettings
{
    public const string DefaultIngestCron = "0 0/5 * * * ?";
    public const string DefaultDetectCron = "0 0 7 * * ?";
    public const string DefaultWeeklyReportCron = "0 0 8 ? * MON";
    public const string DefaultMonthlyReportCron = "0 0 8 1 * ?";

    public ScheduleSettings Ingest { get; init; } = new(DefaultIngestCron, "UTC");
    public ScheduleSettings Detect { get; init; } = new(DefaultDetectCron, "UTC");
    public ScheduleSettings WeeklyReport { get; init; } = new(DefaultWeeklyReportCron, "UTC");
    public ScheduleSettings MonthlyReport { get; init; } = new(DefaultMonthlyReportCron, "UTC");

    /// <summary>How old a missed report occurrence may be and still be sent late at start (default 48 h).</summary>
    public TimeSpan CatchUpWithin { get; init; } = TimeSpan.FromHours(48);
}

/// <summary>One job's schedule: a Quartz cron expression (seconds first) read in an IANA time zone.</summary>
public sealed record ScheduleSettings(string Cron, string TimeZone);
