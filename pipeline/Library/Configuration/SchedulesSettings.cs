namespace Analytics.Pipeline.Configuration;

/// <summary>When the jobs of <c>analytics serve</c> run (README, "Running as a service"): a cron expression and an IANA zone each.</summary>
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

    /// <summary>The schedules with every zone the configuration did not set moved to <paramref name="zone"/>.</summary>
    public SchedulesSettings FollowingReportingZone(string zone) => this with
    {
        Ingest = Ingest.Following(zone),
        Detect = Detect.Following(zone),
        WeeklyReport = WeeklyReport.Following(zone),
        MonthlyReport = MonthlyReport.Following(zone),
    };
}

/// <summary>One job's schedule: a Quartz cron expression (seconds first) read in an IANA time zone.</summary>
/// <param name="FollowsReportingZone">True when the configuration gave this schedule no zone: it runs in the reporting zone.</param>
public sealed record ScheduleSettings(string Cron, string TimeZone, bool FollowsReportingZone = false)
{
    internal ScheduleSettings Following(string zone) => FollowsReportingZone ? this with { TimeZone = zone } : this;
}
