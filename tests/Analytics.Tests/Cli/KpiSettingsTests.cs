using Analytics.Pipeline.Configuration;
using Analytics.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Analytics.Tests.Cli;

/// <summary>
/// The "BusinessHours", "Sla" and "Roi" sections of the configuration file (README, "Configuration";
/// docs/kpis.md, "ROI"): what a valid file binds to, the defaults, and a message naming the key for every
/// wrong value.
/// </summary>
public sealed class KpiSettingsTests
{
    private static AnalyticsSettings Bind(Dictionary<string, string?> values) =>
        SettingsLoader.Bind(new ConfigurationBuilder().AddInMemoryCollection(values).Build());

    /// <summary>"Key=Value" pairs as a configuration (no value below contains '=').</summary>
    private static Dictionary<string, string?> Pairs(IEnumerable<string> pairs) =>
        pairs.Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => (string?)p[1]);

    /// <summary>An example configuration with every section, as the README's "Configuration" shows them.</summary>
    private const string ProductExample = """
        {
          "Reporting":     { "TimeZone": "Europe/Berlin" },
          "BusinessHours": { "TimeZone": "Europe/Berlin",
                             "Week": { "Mon": ["09:00-18:00"], "Tue": ["09:00-18:00"], "Wed": ["09:00-18:00"],
                                       "Thu": ["09:00-18:00"], "Fri": ["09:00-13:00", "14:00-18:00"] },
                             "Holidays": ["2025-12-25", "2025-12-26"] },
          "Sla":           { "FirstResponseMinutes": { "urgent": 60, "high": 240, "normal": 480, "low": 1440 },
                             "BusinessHours": true },
          "Sources":       [ { "Name": "helpdesk", "Inbox": "inbox", "Vendor": "auto", "TimeZone": "UTC" } ],
          "Schedules":     { "WeeklyReport": { "Cron": "0 0 8 ? * MON", "TimeZone": "Europe/Berlin" } },
          "Smtp":          { "Host": "smtp.example.com", "Port": 587, "Security": "StartTls", "User": "reports",
                             "PasswordEnv": "ANALYTICS_SMTP_PASSWORD", "From": "Support Analytics <reports@example.com>" },
          "Recipients":    { "Reports": ["head-of-support@example.com"], "Alerts": ["oncall@example.com"] },
          "Alerts":        { "Alpha": 0.001, "MinExcess": 5, "MinRatio": 1.5, "CooldownHours": 24 },
          "Roi":           { "CostPerTicket": 12.5, "RevenuePerCustomerMonth": 40, "WindowWeeks": 8,
                             "Initiatives": [ { "Name": "Help centre", "Start": "2025-03-03", "Cost": 10000 } ] }
        }
        """;

    [Fact]
    public void The_documented_example_binds()
    {
        var settings = KpiWarehouse.Settings(ProductExample);

        var hours = settings.BusinessHours;
        Assert.Equal("Europe/Berlin", hours.TimeZone);
        Assert.True(hours.IsConfigured);
        // Weekday 1 = Mon .. 5 = Fri; minutes after midnight: 09:00 = 9 * 60 = 540, 13:00 = 780,
        // 14:00 = 840, 18:00 = 1080.
        Assert.Equal(
        [
            new BusinessWindow(1, 540, 1080), new BusinessWindow(2, 540, 1080), new BusinessWindow(3, 540, 1080),
            new BusinessWindow(4, 540, 1080), new BusinessWindow(5, 540, 780), new BusinessWindow(5, 840, 1080),
        ], hours.Windows);
        Assert.Equal([new DateOnly(2025, 12, 25), new DateOnly(2025, 12, 26)], hours.Holidays);

        Assert.Equal(
            new Dictionary<string, double> { ["urgent"] = 60, ["high"] = 240, ["normal"] = 480, ["low"] = 1440 },
            settings.Sla.FirstResponseMinutes);
        Assert.True(settings.Sla.BusinessHours);

        var roi = settings.Roi;
        Assert.Equal((12.5, 40.0, 8), (roi.CostPerTicket, roi.RevenuePerCustomerMonth, roi.WindowWeeks));
        Assert.Equal([new RoiInitiative("Help centre", new DateOnly(2025, 3, 3), 10000)], roi.Initiatives);
    }

    [Fact]
    public void Without_the_sections_there_is_no_calendar_no_target_and_an_eight_week_roi_window()
    {
        var settings = Bind([]);

        Assert.Equal("UTC", settings.BusinessHours.TimeZone);
        Assert.False(settings.BusinessHours.IsConfigured);
        Assert.Empty(settings.BusinessHours.Windows);
        Assert.Empty(settings.BusinessHours.Holidays);
        Assert.Empty(settings.Sla.FirstResponseMinutes);
        Assert.True(settings.Sla.BusinessHours);
        Assert.Equal((0.0, 0.0, 8), (settings.Roi.CostPerTicket, settings.Roi.RevenuePerCustomerMonth, settings.Roi.WindowWeeks));
        Assert.Empty(settings.Roi.Initiatives);
    }

    [Fact]
    public void Overnight_windows_a_closing_at_24_00_adjacent_windows_and_holidays_bind()
    {
        var settings = KpiWarehouse.Settings("""
            {
              "Reporting": { "TimeZone": "Europe/Berlin" },
              "BusinessHours": {
                "Week": { "Mon": ["00:00-24:00"], "Tue": ["08:00-12:00", "12:00-16:00"], "Wed": ["22:00-06:00"],
                          "Thu": ["06:00-12:00"], "Sat": ["10:00-24:00"], "Sun": ["00:00-05:00"] },
                "Holidays": ["2026-12-26", "2026-12-25"]
              }
            }
            """);

        var hours = settings.BusinessHours;
        // No TimeZone of its own: the reporting zone.
        Assert.Equal("Europe/Berlin", hours.TimeZone);
        Assert.Equal(7, hours.Windows.Count);
        // Mon 00:00-24:00: the whole day, 24 * 60 = 1440 minutes.
        Assert.Equal((1, 0, 1440), (hours.Windows[0].Weekday, hours.Windows[0].OpensMinute, hours.Windows[0].Minutes));
        // Tue 08:00-12:00 and 12:00-16:00 touch but do not overlap: 480..720 and 720..960.
        Assert.Equal(new BusinessWindow(2, 480, 720), hours.Windows[1]);
        Assert.Equal(new BusinessWindow(2, 720, 960), hours.Windows[2]);
        // Wed 22:00-06:00 closes Thursday morning: 22:00 = 1320, 06:00 = 360; open (1440 - 1320) + 360 = 480 minutes.
        Assert.Equal(new BusinessWindow(3, 1320, 360), hours.Windows[3]);
        Assert.True(hours.Windows[3].Overnight);
        Assert.Equal(480, hours.Windows[3].Minutes);
        // Thu 06:00-12:00 starts where Wednesday's night window ends: 360..720.
        Assert.Equal(new BusinessWindow(4, 360, 720), hours.Windows[4]);
        // Sat 10:00-24:00: 600 to midnight, 1440 - 600 = 840 minutes.
        Assert.Equal((6, 600, 840), (hours.Windows[5].Weekday, hours.Windows[5].OpensMinute, hours.Windows[5].Minutes));
        // Sun 00:00-05:00: 0..300.
        Assert.Equal(new BusinessWindow(7, 0, 300), hours.Windows[6]);
        // Holidays in date order.
        Assert.Equal([new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 26)], hours.Holidays);
    }

    [Fact]
    public void The_calendar_may_have_its_own_zone_and_sla_targets_may_be_calendar_minutes()
    {
        var settings = Bind(new()
        {
            ["Reporting:TimeZone"] = "Europe/Berlin",
            ["BusinessHours:TimeZone"] = "America/New_York",
            ["BusinessHours:Week:Mon:0"] = "09:00-17:00",
            ["Sla:FirstResponseMinutes:Urgent"] = "30",
            ["Sla:FirstResponseMinutes:low"] = "1440.5",
            ["Sla:BusinessHours"] = "false",
        });

        Assert.Equal("Europe/Berlin", settings.Reporting.TimeZone);
        Assert.Equal("America/New_York", settings.BusinessHours.TimeZone);
        Assert.Equal([new BusinessWindow(1, 540, 1020)], settings.BusinessHours.Windows);
        Assert.Equal(new Dictionary<string, double> { ["urgent"] = 30, ["low"] = 1440.5 }, settings.Sla.FirstResponseMinutes);
        Assert.False(settings.Sla.BusinessHours);
    }

    [Fact]
    public void Several_initiatives_and_a_longer_window_bind()
    {
        var settings = Bind(new()
        {
            ["Roi:CostPerTicket"] = "0",
            ["Roi:RevenuePerCustomerMonth"] = "39.99",
            ["Roi:WindowWeeks"] = "12",
            ["Roi:Initiatives:0:Name"] = "Help centre",
            ["Roi:Initiatives:0:Start"] = "2025-03-03",
            ["Roi:Initiatives:0:Cost"] = "10000",
            ["Roi:Initiatives:1:Name"] = "Chatbot",
            ["Roi:Initiatives:1:Start"] = "2025-09-01",
            ["Roi:Initiatives:1:Cost"] = "2500.5",
        });

        Assert.Equal((0.0, 39.99, 12), (settings.Roi.CostPerTicket, settings.Roi.RevenuePerCustomerMonth, settings.Roi.WindowWeeks));
        Assert.Equal(
            [new RoiInitiative("Help centre", new DateOnly(2025, 3, 3), 10000), new RoiInitiative("Chatbot", new DateOnly(2025, 9, 1), 2500.5)],
            settings.Roi.Initiatives);
    }

    [Theory]
    // BusinessHours: day names, window text, holidays, zone
    [InlineData("BusinessHours:Week:Funday: ", "BusinessHours:Week:Funday:0=09:00-18:00")]
    [InlineData("BusinessHours:Week:Mo: ", "BusinessHours:Week:Mo:0=09:00-18:00")]
    [InlineData("BusinessHours:Week:Mon:0: '9-18'", "BusinessHours:Week:Mon:0=9-18")]
    [InlineData("BusinessHours:Week:Mon:0: '9:00-18:00'", "BusinessHours:Week:Mon:0=9:00-18:00")]
    [InlineData("BusinessHours:Week:Mon:0: '09:00'", "BusinessHours:Week:Mon:0=09:00")]
    [InlineData("BusinessHours:Week:Mon:0: '09:00-18:00-20:00'", "BusinessHours:Week:Mon:0=09:00-18:00-20:00")]
    [InlineData("BusinessHours:Week:Mon:0: '09:00-18:60'", "BusinessHours:Week:Mon:0=09:00-18:60")]
    [InlineData("BusinessHours:Week:Mon:0: '25:00-26:00'", "BusinessHours:Week:Mon:0=25:00-26:00")]
    [InlineData("BusinessHours:Week:Mon:0: '24:00-06:00'", "BusinessHours:Week:Mon:0=24:00-06:00")] // 24:00 only as an end
    [InlineData("BusinessHours:Week:Mon:0: '09:00-24:30'", "BusinessHours:Week:Mon:0=09:00-24:30")]
    [InlineData("BusinessHours:Week:Mon:0: '09:00-09:00'", "BusinessHours:Week:Mon:0=09:00-09:00")] // empty
    [InlineData("BusinessHours:Week:Tue:1: ''", "BusinessHours:Week:Tue:0=09:00-12:00", "BusinessHours:Week:Tue:1=")]
    [InlineData("BusinessHours:Holidays:0: '2026-02-30'", "BusinessHours:Holidays:0=2026-02-30")]
    [InlineData("BusinessHours:Holidays:1: '25.12.2026'", "BusinessHours:Holidays:0=2026-12-24", "BusinessHours:Holidays:1=25.12.2026")]
    [InlineData("BusinessHours:TimeZone: 'Mars/Olympus'", "BusinessHours:TimeZone=Mars/Olympus")]
    // Sla
    [InlineData("Sla:FirstResponseMinutes:critical: 'critical'", "Sla:FirstResponseMinutes:critical=30")]
    [InlineData("Sla:FirstResponseMinutes:high: '-5'", "Sla:FirstResponseMinutes:high=-5")]
    [InlineData("Sla:FirstResponseMinutes:high: '0'", "Sla:FirstResponseMinutes:high=0")]
    [InlineData("Sla:FirstResponseMinutes:high: 'soon'", "Sla:FirstResponseMinutes:high=soon")]
    [InlineData("Sla:FirstResponseMinutes:high: 'NaN'", "Sla:FirstResponseMinutes:high=NaN")]
    [InlineData("Sla:BusinessHours: 'yes'", "Sla:BusinessHours=yes")]
    [InlineData("Sla:BusinessHours: '1'", "Sla:BusinessHours=1")]
    // Roi numbers
    [InlineData("Roi:CostPerTicket: '-1'", "Roi:CostPerTicket=-1")]
    [InlineData("Roi:CostPerTicket: '12,5'", "Roi:CostPerTicket=12,5")]
    [InlineData("Roi:RevenuePerCustomerMonth: 'forty'", "Roi:RevenuePerCustomerMonth=forty")]
    [InlineData("Roi:RevenuePerCustomerMonth: '-40'", "Roi:RevenuePerCustomerMonth=-40")]
    [InlineData("Roi:WindowWeeks: '8.5'", "Roi:WindowWeeks=8.5")]
    [InlineData("Roi:WindowWeeks: '0'", "Roi:WindowWeeks=0")]
    [InlineData("Roi:WindowWeeks: '-4'", "Roi:WindowWeeks=-4")]
    [InlineData("Roi:WindowWeeks: 'eight'", "Roi:WindowWeeks=eight")]
    // Roi initiatives: each needs a name, a start date and a cost above 0 (roi_pct divides by the cost)
    [InlineData("Roi:Initiatives:0:Name", "Roi:Initiatives:0:Start=2025-03-03", "Roi:Initiatives:0:Cost=100")]
    [InlineData("Roi:Initiatives:0:Name", "Roi:Initiatives:0:Name=", "Roi:Initiatives:0:Start=2025-03-03", "Roi:Initiatives:0:Cost=100")]
    [InlineData("Roi:Initiatives:0:Start", "Roi:Initiatives:0:Name=Help centre", "Roi:Initiatives:0:Cost=100")]
    [InlineData("Roi:Initiatives:0:Start: '03/03/2025'", "Roi:Initiatives:0:Name=Help centre", "Roi:Initiatives:0:Start=03/03/2025", "Roi:Initiatives:0:Cost=100")]
    [InlineData("Roi:Initiatives:0:Cost", "Roi:Initiatives:0:Name=Help centre", "Roi:Initiatives:0:Start=2025-03-03")]
    [InlineData("Roi:Initiatives:0:Cost: '0'", "Roi:Initiatives:0:Name=Help centre", "Roi:Initiatives:0:Start=2025-03-03", "Roi:Initiatives:0:Cost=0")]
    [InlineData("Roi:Initiatives:1:Cost: '-100'",
        "Roi:Initiatives:0:Name=Help centre", "Roi:Initiatives:0:Start=2025-03-03", "Roi:Initiatives:0:Cost=100",
        "Roi:Initiatives:1:Name=Chatbot", "Roi:Initiatives:1:Start=2025-09-01", "Roi:Initiatives:1:Cost=-100")]
    public void A_wrong_value_is_reported_with_its_key(string messageStart, params string[] settings)
    {
        var ex = Assert.Throws<ConfigurationException>(() => Bind(Pairs(settings)));

        Assert.StartsWith(messageStart, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Two windows on one day: 09:00-13:00 and 12:00-18:00 share 12:00-13:00.
    [InlineData("12:00-18:00", "09:00-13:00", "BusinessHours:Week:Mon:0=09:00-13:00", "BusinessHours:Week:Mon:1=12:00-18:00")]
    // The same window twice.
    [InlineData("09:00-12:00", "09:00-12:00", "BusinessHours:Week:Mon:0=09:00-12:00", "BusinessHours:Week:Mon:1=09:00-12:00")]
    // One inside another.
    [InlineData("10:00-11:00", "08:00-18:00", "BusinessHours:Week:Mon:0=08:00-18:00", "BusinessHours:Week:Mon:1=10:00-11:00")]
    // Wednesday night runs to Thu 06:00; Thursday opens at 05:00.
    [InlineData("05:00-12:00", "22:00-06:00", "BusinessHours:Week:Wed:0=22:00-06:00", "BusinessHours:Week:Thu:0=05:00-12:00")]
    // Sunday night runs into Monday morning of the next week; Monday opens at 05:59.
    [InlineData("05:59-09:00", "22:00-06:00", "BusinessHours:Week:Sun:0=22:00-06:00", "BusinessHours:Week:Mon:0=05:59-09:00")]
    // Two overnight windows on one evening, 20:00-02:00 and 23:00-01:00.
    [InlineData("23:00-01:00", "20:00-02:00", "BusinessHours:Week:Fri:0=20:00-02:00", "BusinessHours:Week:Fri:1=23:00-01:00")]
    public void Overlapping_windows_are_reported_naming_both(string window, string other, params string[] settings)
    {
        var ex = Assert.Throws<ConfigurationException>(() => Bind(Pairs(settings)));

        Assert.StartsWith("BusinessHours:Week:", ex.Message, StringComparison.Ordinal);
        Assert.Contains(window, ex.Message, StringComparison.Ordinal);
        Assert.Contains(other, ex.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A single value where the file needs a list or a table of values is a wrong value too (README, "Configuration": a
    /// wrong value is a clear message naming the key, at start); taking it silently as "nothing configured"
    /// would, for the week, turn every business duration into a calendar one without a word.
    /// </summary>
    [Theory]
    [InlineData("BusinessHours:Week", "Mon-Fri 09:00-18:00")]
    [InlineData("BusinessHours:Holidays", "2026-12-25")]
    [InlineData("Sla:FirstResponseMinutes", "60")]
    [InlineData("Roi:Initiatives", "Help centre")]
    public void A_single_value_where_a_list_or_table_belongs_is_reported_with_its_key(string key, string value)
    {
        var ex = Assert.Throws<ConfigurationException>(() => Bind(new() { [key] = value }));

        Assert.StartsWith(key, ex.Message, StringComparison.Ordinal);
    }
}
