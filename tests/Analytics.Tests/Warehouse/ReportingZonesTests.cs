using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Ingest;
using Analytics.Pipeline.Warehouse;
using Analytics.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Analytics.Tests.Warehouse;

/// <summary>
/// The reporting zone (docs/kpis.md, "The reporting zone"): --timezone for one command, else
/// Reporting.TimeZone, else the one zone the files were read in, else UTC with a warning.
/// </summary>
public sealed class ReportingZonesTests
{
    private static readonly ReportingSettings NotConfigured = new() { TimeZone = "UTC", Origin = ZoneOrigin.Default };
    private static readonly ReportingSettings Berlin = new() { TimeZone = "Europe/Berlin", Origin = ZoneOrigin.Configured };

    private static AnalyticsSettings Bind(Dictionary<string, string?> values) =>
        SettingsLoader.Bind(new ConfigurationBuilder().AddInMemoryCollection(values).Build());

    [Fact]
    public void The_command_line_zone_wins_over_the_configured_one()
    {
        var choice = ReportingZones.Choose(Berlin, "Asia/Kolkata", ["Europe/Paris"], hasFiles: true);

        Assert.Equal(new ZoneChoice("Asia/Kolkata", ZoneOrigin.CommandLine), choice);
    }

    [Fact]
    public void A_configured_zone_wins_over_the_zone_the_files_were_read_in()
    {
        var choice = ReportingZones.Choose(Berlin, null, ["Asia/Kolkata"], hasFiles: true);

        Assert.Equal(new ZoneChoice("Europe/Berlin", ZoneOrigin.Configured), choice);
    }

    [Fact]
    public void Without_configuration_the_one_zone_the_files_agree_on_is_used()
    {
        var choice = ReportingZones.Choose(NotConfigured, null, ["Asia/Kolkata"], hasFiles: true);

        Assert.Equal(new ZoneChoice("Asia/Kolkata", ZoneOrigin.Ingested), choice);
    }

    [Fact]
    public void Files_in_several_zones_fall_back_to_utc_and_say_which_zones()
    {
        var choice = ReportingZones.Choose(NotConfigured, null, ["Asia/Kolkata", "Europe/Berlin"], hasFiles: true);

        Assert.Equal(("UTC", ZoneOrigin.Default), (choice.TimeZone, choice.Origin));
        Assert.Contains("2 time zones (Asia/Kolkata, Europe/Berlin)", choice.Warning, StringComparison.Ordinal);
        Assert.Contains("cut in UTC", choice.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void No_zone_anywhere_is_utc_with_a_warning_once_there_is_data_and_silent_before()
    {
        var withData = ReportingZones.Choose(NotConfigured, null, [], hasFiles: true);
        var empty = ReportingZones.Choose(NotConfigured, null, [], hasFiles: false);

        Assert.Equal("UTC", withData.TimeZone);
        Assert.Contains("set Reporting.TimeZone", withData.Warning, StringComparison.Ordinal);
        Assert.Equal(new ZoneChoice("UTC", ZoneOrigin.Default), empty);
    }

    [Fact]
    public void Loading_warns_when_the_files_zone_is_not_the_reporting_zone()
    {
        IngestResult File(string vendor) => new() { Path = "x.csv", Kind = Kind.Tickets, Source = vendor, Vendor = vendor, Status = IngestStatus.Loaded, Sha256 = "0" };
        var servicenow = new[] { File("servicenow") };
        var canonical = new[] { File("canonical") };
        var configuredUtc = new ZoneChoice("UTC", ZoneOrigin.Configured);
        var nothing = new ZoneChoice("UTC", ZoneOrigin.Default, "no reporting time zone ...");

        // A vendor export read as UTC because no zone was given, with nothing saying UTC is the account's zone.
        Assert.StartsWith("servicenow exports write local times without an offset; with no --timezone they were read as UTC",
            ReportingZones.FilesWarning(servicenow, null, nothing), StringComparison.Ordinal);
        Assert.Contains("cut in Europe/Berlin (Reporting.TimeZone)",
            ReportingZones.FilesWarning(servicenow, null, new ZoneChoice("Europe/Berlin", ZoneOrigin.Configured)), StringComparison.Ordinal);
        // UTC on purpose, or a canonical file (its times carry offsets): nothing to say.
        Assert.Null(ReportingZones.FilesWarning(servicenow, null, configuredUtc));
        Assert.Null(ReportingZones.FilesWarning(canonical, null, nothing));
        // A zone given: a warning when the reporting zone is another, none when they agree.
        Assert.Equal("the files' times were read in Asia/Kolkata, but days, weeks and months are cut in Europe/Berlin (Reporting.TimeZone); "
            + "reports will not follow the help desk's own days unless both agree",
            ReportingZones.FilesWarning(canonical, "Asia/Kolkata", new ZoneChoice("Europe/Berlin", ZoneOrigin.Configured)));
        Assert.Null(ReportingZones.FilesWarning(servicenow, "Asia/Kolkata", new ZoneChoice("Asia/Kolkata", ZoneOrigin.Ingested)));
        // A file already loaded before (unchanged) says nothing new.
        Assert.Null(ReportingZones.FilesWarning([servicenow[0] with { Status = IngestStatus.Unchanged }], null, nothing));
    }

    [Fact]
    public void The_loader_tells_a_configured_zone_from_the_default()
    {
        Assert.Equal(ZoneOrigin.Default, Bind([]).Reporting.Origin);
        Assert.Equal(ZoneOrigin.Configured, Bind(new() { ["Reporting:TimeZone"] = "UTC" }).Reporting.Origin);
    }

    [Fact]
    public void The_business_calendar_and_schedules_follow_the_reporting_zone_unless_they_have_their_own()
    {
        var settings = Bind(new()
        {
            ["BusinessHours:Week:Mon:0"] = "09:00-17:00",
            ["Schedules:Detect:TimeZone"] = "America/New_York",
        });

        var moved = settings.WithReportingZone("Asia/Kolkata", ZoneOrigin.Ingested);

        Assert.Equal("Asia/Kolkata", moved.Reporting.TimeZone);
        Assert.Equal("Asia/Kolkata", moved.BusinessHours.TimeZone);
        Assert.Equal("Asia/Kolkata", moved.Schedules.WeeklyReport.TimeZone);
        Assert.Equal("America/New_York", moved.Schedules.Detect.TimeZone);

        var ownCalendar = Bind(new() { ["BusinessHours:TimeZone"] = "Europe/Paris" }).WithReportingZone("Asia/Kolkata", ZoneOrigin.Ingested);
        Assert.Equal("Europe/Paris", ownCalendar.BusinessHours.TimeZone);
    }

    [Fact]
    public void A_warehouse_remembers_the_zone_each_file_was_read_in_and_a_session_computes_in_it()
    {
        using var w = new TempWarehouse { Settings = Bind([]) };
        var csv = w.Write("t.csv", "ticket_id,created_at\nT1,2026-03-02 00:30:00\n");
        var utc = w.Write("u.csv", "ticket_id,created_at\nU1,2026-03-02T00:30:00Z\n");
        w.Ingest(csv, new IngestOptions { SourceName = "desk", TimeZone = "Asia/Kolkata" });
        w.Ingest(utc, new IngestOptions { SourceName = "other" });

        // 00:30 in Kolkata (UTC+05:30) is 19:00 UTC the day before; the file without a zone records none.
        Assert.Equal("2026-03-01 19:00", w.Scalar<string>("SELECT strftime(timezone('UTC', created_at), '%Y-%m-%d %H:%M') FROM tickets WHERE ticket_id = 'T1'"));
        Assert.Equal(["Asia/Kolkata", null], w.Rows("SELECT time_zone FROM ingest_log ORDER BY path").Select(r => (string?)r["time_zone"]));
        w.Close();

        var warnings = new List<string>();
        using var session = WarehouseSession.OpenReadOnly(w.DbPath, Bind([]), zoneOverride: null, warnings.Add);
        Assert.Equal(new ZoneChoice("Asia/Kolkata", ZoneOrigin.Ingested), session.Zone);
        Assert.Equal("Asia/Kolkata", session.Db.Scalar<string>("SELECT reporting_time_zone FROM kpi_settings"));
        Assert.Empty(warnings);

        using var overridden = WarehouseSession.OpenReadOnly(w.DbPath, Bind([]), zoneOverride: "UTC", warnings.Add);
        Assert.Equal("UTC", overridden.Db.Scalar<string>("SELECT reporting_time_zone FROM kpi_settings"));
    }
}
