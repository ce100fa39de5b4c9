namespace Analytics.Pipeline.Configuration;

/// <summary>
/// The configuration file (README, and docs/kpis.md for the KPI settings). Every key is optional; the defaults are the
/// embedded ones the demo runs on: UTC, no business hours, no SLA targets, no SMTP.
/// </summary>
public sealed record AnalyticsSettings
{
    public ReportingSettings Reporting { get; init; } = new();
    public BusinessHoursSettings BusinessHours { get; init; } = new();
    public SlaSettings Sla { get; init; } = new();
    public RoiSettings Roi { get; init; } = new();
    public IReadOnlyList<SourceSettings> Sources { get; init; } = [];
    public SmtpSettings Smtp { get; init; } = new();
    public RecipientsSettings Recipients { get; init; } = new();
    public OutboxSettings Outbox { get; init; } = new();
    public SchedulesSettings Schedules { get; init; } = new();
    public AlertSettings Alerts { get; init; } = new();

    /// <summary>
    /// These settings with another reporting zone: the business calendar and the schedules follow it where the
    /// configuration gave them no zone of their own (docs/kpis.md, "The reporting zone").
    /// </summary>
    public AnalyticsSettings WithReportingZone(string zone, ZoneOrigin origin) => this with
    {
        Reporting = new ReportingSettings { TimeZone = zone, Origin = origin },
        BusinessHours = BusinessHours.FollowsReportingZone ? BusinessHours with { TimeZone = zone } : BusinessHours,
        Schedules = Schedules.FollowingReportingZone(zone),
    };
}

public sealed record ReportingSettings
{
    /// <summary>IANA time zone in which periods (day, ISO week, month) are cut.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Where <see cref="TimeZone"/> comes from; settings built in code count as configured.</summary>
    public ZoneOrigin Origin { get; init; } = ZoneOrigin.Configured;
}

/// <summary>Where a command's reporting zone comes from (docs/kpis.md, "The reporting zone").</summary>
public enum ZoneOrigin
{
    /// <summary><c>Reporting.TimeZone</c> in the configuration.</summary>
    Configured,
    /// <summary><c>--timezone</c> on the command line, for that command only.</summary>
    CommandLine,
    /// <summary>The one zone the warehouse's export files were read in.</summary>
    Ingested,
    /// <summary>Nothing says: UTC.</summary>
    Default,
}

/// <summary>One help-desk or survey source: where its exports land and how to read them.</summary>
public sealed record SourceSettings
{
    /// <summary>Name stored in the warehouse's <c>source</c> column.</summary>
    public string Name { get; init; } = "";
    /// <summary>Folder watched by the scheduler's ingest job.</summary>
    public string? Inbox { get; init; }
    /// <summary>auto, canonical, zendesk, freshdesk, servicenow or nps.</summary>
    public string Vendor { get; init; } = "auto";
    /// <summary>IANA zone for timestamps written without an offset; null when not configured (then UTC, and the
    /// files do not count towards the reporting zone).</summary>
    public string? TimeZone { get; init; }
    /// <summary>Text encoding of the exports when not UTF-8 (e.g. latin1, windows-1251).</summary>
    public string? Encoding { get; init; }
    /// <summary>Response date for survey files that carry none.</summary>
    public string? SurveyDate { get; init; }
    /// <summary>Vendor ticket column holding the category (default: first "[list]" column naming a category).</summary>
    public string? CategoryField { get; init; }
}
