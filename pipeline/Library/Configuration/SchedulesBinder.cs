using System.Globalization;
using Microsoft.Extensions.Configuration;
using Quartz;

namespace Analytics.Pipeline.Configuration;

/// <summary>Reads <c>Schedules</c>: each cron is checked with Quartz's parser and each zone as IANA, naming the key.</summary>
public static class SchedulesBinder
{
    public static SchedulesSettings Bind(IConfiguration root, string reportingTimeZone)
    {
        var section = root.GetSection("Schedules");
        return new SchedulesSettings
        {
            Ingest = Schedule(section, "Ingest", SchedulesSettings.DefaultIngestCron, reportingTimeZone),
            Detect = Schedule(section, "Detect", SchedulesSettings.DefaultDetectCron, reportingTimeZone),
            WeeklyReport = Schedule(section, "WeeklyReport", SchedulesSettings.DefaultWeeklyReportCron, reportingTimeZone),
            MonthlyReport = Schedule(section, "MonthlyReport", SchedulesSettings.DefaultMonthlyReportCron, reportingTimeZone),
            CatchUpWithin = CatchUpWithin(section["CatchUpWithin"]),
        };
    }

    private static ScheduleSettings Schedule(IConfigurationSection schedules, string name, string defaultCron, string defaultZone)
    {
        var key = $"Schedules:{name}";
        var section = schedules.GetSection(name);
        var cron = section["Cron"] ?? defaultCron;
        Cron($"{key}:Cron", cron);
        var zone = SettingsValidation.TimeZone(section, "TimeZone", defaultZone, $"{key}:TimeZone");
        return new ScheduleSettings(cron, zone, FollowsReportingZone: section["TimeZone"] is null);
    }

    /// <summary>Parses a Quartz cron expression or fails naming <paramref name="key"/>, with Quartz's own reason.</summary>
    public static CronExpression Cron(string key, string cron)
    {
        try
        {
            return CronExpression.Parse(cron);
        }
        catch (FormatException ex)
        {
            throw new ConfigurationException(
                $"{key}: '{cron}' is not a cron expression (Quartz: seconds minutes hours day-of-month month day-of-week [year], e.g. '0 0 8 ? * MON'): {ex.Message}");
        }
    }

    /// <summary>"48:00:00", "2.00:00:00" or a number of hours ("48").</summary>
    private static TimeSpan CatchUpWithin(string? value)
    {
        const string key = "Schedules:CatchUpWithin";
        if (value is null)
        {
            return TimeSpan.FromHours(48);
        }
        var text = value.Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours) && hours >= 0 && hours < 100_000)
        {
            return TimeSpan.FromHours(hours);
        }
        var parts = text.Split(':');
        if (parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m < 60
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s < 60)
        {
            return new TimeSpan(h, m, s);
        }
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero)
        {
            return span;
        }
        throw new ConfigurationException($"{key}: '{value}' is not a duration (hours, e.g. 48, or hh:mm:ss, e.g. 48:00:00)");
    }
}
