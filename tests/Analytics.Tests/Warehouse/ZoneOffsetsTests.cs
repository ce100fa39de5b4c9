using Analytics.Pipeline.Configuration;
using Analytics.Pipeline.Warehouse;

namespace Analytics.Tests.Warehouse;

/// <summary>
/// Wall-clock times are instants plus the offset of zone_offsets (queries/settings/zone_offsets.sql): they must be
/// exactly what DuckDB's own zone conversion gives, across every clock change, in zones with odd rules.
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
            // Every 20 minutes and 7 seconds from 2010 to 2030 (about 525,000 instants, not aligned to the hour), and
            // every minute of the two hours around each change of offset.
            var mismatches = db.Scalar<long>("""
                WITH probe AS (
                    SELECT make_timestamptz(us) AS t FROM range(1262304000000000, 1893456000000000, 1207000000) g(us)
                    UNION ALL
                    SELECT make_timestamptz(epoch_us(o.from_at) + m * 60000000) FROM zone_offsets o, range(-60, 61) g(m) WHERE o.zone = $zone
                )
                SELECT count(*)
                FROM probe p
                ASOF JOIN (SELECT from_at, offset_us FROM zone_offsets WHERE zone = $zone) o ON p.t >= o.from_at
                WHERE make_timestamp(epoch_us(p.t) + o.offset_us) <> timezone($zone, p.t)
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
}
