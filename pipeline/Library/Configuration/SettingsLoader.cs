using Microsoft.Extensions.Configuration;

namespace Analytics.Pipeline.Configuration;

/// <summary>
/// Reads the JSON configuration file and <c>ANALYTICS__Section__Key</c> environment variables,
/// then validates every value up front so that a wrong one is reported at start, naming its key.
/// </summary>
public static class SettingsLoader
{
    public const string DefaultFileName = "analytics.json";
    public const string EnvironmentPrefix = "ANALYTICS__";

    public static AnalyticsSettings Load(string? configPath, string workingDirectory)
    {
        var builder = new ConfigurationBuilder();
        if (configPath is not null)
        {
            if (!File.Exists(configPath))
            {
                throw new ConfigurationException($"configuration file not found: {configPath}");
            }
            builder.AddJsonFile(configPath, optional: false);
        }
        else
        {
            var defaultPath = Path.Combine(workingDirectory, DefaultFileName);
            if (File.Exists(defaultPath))
            {
                builder.AddJsonFile(defaultPath, optional: false);
            }
        }
        builder.AddEnvironmentVariables(EnvironmentPrefix);

        IConfigurationRoot root;
        try
        {
            root = builder.Build();
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException)
        {
            throw new ConfigurationException($"configuration file is not valid JSON: {ex.InnerException?.Message ?? ex.Message}");
        }
        return Bind(root);
    }

    public static AnalyticsSettings Bind(IConfiguration root)
    {
        var reportingTimeZone = SettingsValidation.TimeZone(root, "Reporting:TimeZone", "UTC");
        var settings = new AnalyticsSettings
        {
            Reporting = new ReportingSettings
            {
                TimeZone = reportingTimeZone,
                Origin = root["Reporting:TimeZone"] is null ? ZoneOrigin.Default : ZoneOrigin.Configured,
            },
            BusinessHours = KpiSettingsBinder.BusinessHours(root, reportingTimeZone),
            Sla = KpiSettingsBinder.Sla(root),
            Roi = KpiSettingsBinder.Roi(root),
            Sources = root.GetSection("Sources").GetChildren().Select((s, i) => BindSource(s, i)).ToList(),
            Smtp = MailSettingsBinder.Smtp(root),
            Recipients = MailSettingsBinder.Recipients(root),
            Outbox = MailSettingsBinder.Outbox(root),
            Schedules = SchedulesBinder.Bind(root, reportingTimeZone),
            Alerts = AlertSettingsBinder.Bind(root),
        };
        return settings;
    }

    private static SourceSettings BindSource(IConfigurationSection section, int index)
    {
        var key = $"Sources:{index}";
        var vendor = section["Vendor"] ?? "auto";
        if (!Ingest.Vendors.All.Contains(vendor, StringComparer.OrdinalIgnoreCase))
        {
            throw new ConfigurationException($"{key}:Vendor: '{vendor}' is not one of {string.Join(", ", Ingest.Vendors.All)}");
        }
        var surveyDate = section["SurveyDate"];
        if (surveyDate is not null && !DateOnly.TryParseExact(surveyDate, "yyyy-MM-dd", out _))
        {
            throw new ConfigurationException($"{key}:SurveyDate: '{surveyDate}' is not a date (YYYY-MM-DD)");
        }
        var encoding = section["Encoding"];
        if (encoding is not null)
        {
            SettingsValidation.Encoding($"{key}:Encoding", encoding);
        }
        return new SourceSettings
        {
            Name = section["Name"] is { Length: > 0 } name ? name : throw new ConfigurationException($"{key}:Name is required"),
            Inbox = section["Inbox"],
            Vendor = vendor.ToLowerInvariant(),
            TimeZone = section["TimeZone"] is null ? null : SettingsValidation.TimeZone(section, "TimeZone", "UTC", key + ":TimeZone"),
            Encoding = encoding,
            SurveyDate = surveyDate,
            CategoryField = section["CategoryField"],
        };
    }
}
