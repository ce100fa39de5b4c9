using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Warehouse;

namespace Analytics.Tests.Warehouse;

/// <summary>
/// Wall-clock times are instants plus the offset of zone_offsets, joined by UTC day from zone_days (utc_day(), wall_clock())
/// (queries/settings/zone_offsets.sql): they must be exactly what DuckDB's own zone conversion gives, across every
/// clock change, in zones with odd rules, before 1970 as after.
/// </summary>
public sealed class ZoneOffsetsTests
{
    [Theory]
    [InlineData("Europe/Berlin", "America/New_York")]
    [InlineData("Asia/Kolkata", "UTC")]
    [InlineData("Australia/Lord_Howe", "Pacific/Chatham")] // half-hour daylight saving; +12:45 / +13:45
    [InlineData("America/Sao_Paulo", "Africa/Casablanca")]  // daylight saving until 2019; changes around Ramadan
    public void Local_times_from_the_offsets_equal_the_zone_conversion_to_the_microsecond(string reporting, string business)
    {
        var settings = new AnalyticsSettings
        {
            Reporting = new ReportingSettings { TimeZone = reporting },
            BusinessHours = new BusinessHoursSettings { TimeZone = business },
        };
        using var db = WarehouseDb.OpenInMemory(settings);

        foreach (var zone in new[] { reporting, business })
        {
            // Every 20 minutes and 7 seconds from 2010 to 2030 (about 525,000 instants, not aligned to the hour), every
            // 6 hours and 13 minutes from 1950 to 1975 (days before the epoch count down), and every minute of the two
            // hours around each change of offset.
            var mismatches = db.Scalar<long>("""
                WITH probe AS (
                    SELECT make_timestamptz(us) AS t FROM range(1262304000000000, 1893456000000000, 1207000000) g(us)
                    UNION ALL
                    SELECT make_timestamptz(us) FROM range(-631152000000000, 157766400000000, 22380000000) g(us)
                    UNION ALL
                    SELECT make_timestamptz(epoch_us(o.from_at) + m * 60000000) FROM zone_offsets o, range(-60, 61) g(m)
                    WHERE o.zone = $zone AND o.from_at > (SELECT min(from_at) FROM zone_offsets) -- not the table's start, 1900
                )
                SELECT count(*)
                FROM probe p
                LEFT JOIN zone_days d ON d.zone = $zone AND d.day = utc_day(p.t)
                WHERE wall_clock(p.t, d.offset_us, d.changes) IS DISTINCT FROM timezone($zone, p.t)
                """, new { zone });
            Assert.Equal(0L, mismatches);
        }
    }

    [Fact]
    public void Berlin_changes_offset_at_one_in_the_morning_utc_on_the_last_sundays_of_march_and_october()
    {
        var settings = new AnalyticsSettings { Reporting = new ReportingSettings { TimeZone = "Europe/Berlin" } };
        using var db = WarehouseDb.OpenInMemory(settings);

        var changes = db.Scalar<string>("""
            SELECT string_agg(strftime(from_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M') || ' ' || (offset_us // 3600000000), ', ' ORDER BY from_at)
            FROM zone_offsets WHERE zone = 'Europe/Berlin' AND from_at >= '2026-01-01 00:00:00+00' AND from_at < '2027-01-01 00:00:00+00'
            """);
        Assert.Equal("2026-03-29 01:00 2, 2026-10-25 01:00 1", changes);
    }

    [Theory]
    [InlineData("1970-01-01 00:00:00+00", 0)]
    [InlineData("1969-12-31 23:59:59.999999+00", -1)] // floored, not truncated towards the epoch
    [InlineData("1900-01-01 00:00:00+00", -25567)]
    [InlineData("2026-12-07 23:30:00+01", 20794)]      // 22:30 UTC: the UTC day, not the local one
    public void Utc_day_counts_whole_days_from_the_epoch(string instant, long expected)
    {
        using var db = WarehouseDb.OpenInMemory(new AnalyticsSettings());
        Assert.Equal(expected, db.Scalar<long>("SELECT utc_day(CAST($t AS TIMESTAMPTZ))", new { t = instant }));
    }
}
