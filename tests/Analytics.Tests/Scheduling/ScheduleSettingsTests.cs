using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Scheduling;
using Microsoft.Extensions.Configuration;

namespace Analytics.Tests.Scheduling;

public sealed class ScheduleSettingsTests
{
    private static AnalyticsSettings Bind(Dictionary<string, string?> values) =>
        SettingsLoader.Bind(new ConfigurationBuilder().AddInMemoryCollection(values).Build());

    [Fact]
    public void Defaults_follow_the_delivery_spec_in_the_reporting_zone()
    {
        var schedules = Bind(new() { ["Reporting:TimeZone"] = "Europe/Berlin" }).Schedules;

        Assert.Equal(("0 0/5 * * * ?", "Europe/Berlin"), (schedules.Ingest.Cron, schedules.Ingest.TimeZone));
        Assert.Equal(("0 0 7 * * ?", "Europe/Berlin"), (schedules.Detect.Cron, schedules.Detect.TimeZone));
        Assert.Equal(("0 0 8 ? * MON", "Europe/Berlin"), (schedules.WeeklyReport.Cron, schedules.WeeklyReport.TimeZone));
        Assert.Equal(("0 0 8 1 * ?", "Europe/Berlin"), (schedules.MonthlyReport.Cron, schedules.MonthlyReport.TimeZone));
        Assert.Equal(TimeSpan.FromHours(48), schedules.CatchUpWithin);
    }

    [Fact]
    public void Configured_schedules_build_calendars_in_their_zones()
    {
        var settings = Bind(new()
        {
            ["Schedules:WeeklyReport:Cron"] = "0 30 9 ? * TUE",
            ["Schedules:WeeklyReport:TimeZone"] = "America/New_York",
            ["Schedules:CatchUpWithin"] = "72:00:00",
        });
        var weekly = ScheduleCalendar.All(settings.Schedules).Single(c => c.Job == Job.WeeklyReport);

        // Tuesday 2026-11-24 09:30 in New York (EST, UTC-5) is 14:30 UTC.
        Assert.Equal(DateTimeOffset.Parse("2026-11-24T14:30:00Z", System.Globalization.CultureInfo.InvariantCulture), weekly.Next(DateTimeOffset.Parse("2026-11-23T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(TimeSpan.FromHours(72), settings.Schedules.CatchUpWithin);
        Assert.Equal(TimeSpan.FromHours(36), Bind(new() { ["Schedules:CatchUpWithin"] = "36" }).Schedules.CatchUpWithin);
    }

    [Theory]
    [InlineData("Schedules:WeeklyReport:Cron", "0 8 * MON", "Schedules:WeeklyReport:Cron: '0 8 * MON' is not a cron expression (Quartz: seconds minutes hours day-of-month month day-of-week")]
    [InlineData("Schedules:Ingest:Cron", "every 5 minutes", "Schedules:Ingest:Cron: 'every 5 minutes' is not a cron expression")]
    [InlineData("Schedules:MonthlyReport:Cron", "0 0 8 32 * ?", "Schedules:MonthlyReport:Cron: '0 0 8 32 * ?' is not a cron expression")]
    [InlineData("Schedules:Detect:TimeZone", "Europe/Atlantis", "Schedules:Detect:TimeZone: 'Europe/Atlantis' is not an IANA time zone")]
    [InlineData("Schedules:CatchUpWithin", "two days", "Schedules:CatchUpWithin: 'two days' is not a duration")]
    public void A_wrong_value_names_its_key(string key, string value, string message)
    {
        var ex = Assert.Throws<ConfigurationException>(() => Bind(new() { [key] = value }));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cli_reports_a_wrong_schedule_at_start_with_exit_code_2()
    {
        var folder = Directory.CreateTempSubdirectory("analytics-sched-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "analytics.json"), """{ "Schedules": { "WeeklyReport": { "Cron": "0 8 * MON" } } }""");

            var result = Support.Cli.Run(folder, "serve", "--once");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("Schedules:WeeklyReport:Cron: '0 8 * MON' is not a cron expression", result.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
