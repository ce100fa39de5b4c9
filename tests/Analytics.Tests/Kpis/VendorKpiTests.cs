using Analytics.Pipeline.Ingest;
using Analytics.Tests.Support;

namespace Analytics.Tests.Kpis;

/// <summary>
/// KPIs from a real-shaped Zendesk export (tests/Fixtures/zendesk/tickets.csv): Zendesk computed its
/// business-hours durations with the account's own schedule, so they are used as given, whatever calendar
/// is configured here; ratings in the export are CSAT responses.
/// </summary>
public sealed class VendorKpiTests
{
    // A calendar that would give very different business minutes: one hour a weekday.
    private const string Config = """
        { "BusinessHours": { "Week": { "Mon": ["12:00-13:00"], "Tue": ["12:00-13:00"], "Wed": ["12:00-13:00"],
                                       "Thu": ["12:00-13:00"], "Fri": ["12:00-13:00"] } } }
        """;

    [Fact]
    public void Zendesk_business_durations_are_used_as_given()
    {
        using var k = new KpiWarehouse(Config);
        // Rows 105 (negative reply time) and 106 (30 February) are quarantined by the ingest; 101-104 load.
        k.Warehouse.Ingest(Fixtures.Path("zendesk/tickets.csv"), new IngestOptions { Vendor = Vendors.Zendesk });

        var business = KpiWarehouse.Single(k.Kpi("2026-03-02", "2026-03-08", hours: HoursBasis.Business));
        var calendar = KpiWarehouse.Single(k.Kpi("2026-03-02", "2026-03-08", hours: HoursBasis.Calendar));

        // First reply within business hours, as exported: 101 -> 30, 103 -> 15, 104 -> 5 (102 unanswered).
        // With no reply time stamp they count in the week of created_at (all in this week).
        // Sorted {5, 15, 30}: median 15; p90 at (3 - 1) * 0.9 = 1.8 -> 15 + 0.8 * (30 - 15) = 27; mean 50 / 3.
        Assert.Equal(3L, business["frt_n"]);
        Assert.Equal(15.0, (double)business["frt_median_min"]!, 9);
        Assert.Equal(27.0, (double)business["frt_p90_min"]!, 9);
        Assert.Equal(50.0 / 3, (double)business["frt_mean_min"]!, 9);
        Assert.Equal("business", business["frt_basis"]);
        // Full resolution within business hours, as exported: 101 -> 300, 103 -> 540, 104 -> 30 minutes,
        // all solved this week. Mean (300 + 540 + 30) / 3 = 290 min = 4.8333 h; median 300 min = 5 h.
        Assert.Equal(3L, business["resolution_n"]);
        Assert.Equal(290.0 / 60, (double)business["mttr_hours"]!, 9);
        Assert.Equal(5.0, (double)business["resolution_median_hours"]!, 9);

        // Calendar hours: the export has no calendar reply time, so the reply times are the business ones it
        // has (the same 15, 27 and 50 / 3), and frt_basis says so; resolution from the time stamps:
        // 101 09:00 -> 14:00 = 5 h, 103 Tue 08:00 -> 18:00 = 10 h, 104 11:00 -> 11:30 = 0.5 h; mean 15.5 / 3, median 5.
        Assert.Equal(3L, calendar["frt_n"]);
        Assert.Equal(15.0, (double)calendar["frt_median_min"]!, 9);
        Assert.Equal(27.0, (double)calendar["frt_p90_min"]!, 9);
        Assert.Equal(50.0 / 3, (double)calendar["frt_mean_min"]!, 9);
        Assert.Equal("business", calendar["frt_basis"]);
        Assert.Equal(15.5 / 3, (double)calendar["mttr_hours"]!, 9);
        Assert.Equal(5.0, (double)calendar["resolution_median_hours"]!, 9);

        // Ratings: 101 Good (5 of 5), 103 Bad (1 of 5), 104 "4", and 106 Good: its ticket row is quarantined
        // (30 February) but the rating itself is valid and dated at Solved at, 4 March (docs/ingest.md).
        // 3 of 4 in the top two boxes.
        Assert.Equal(4L, calendar["csat_n"]);
        Assert.Equal(75.0, (double)calendar["csat_pct"]!, 9);
        // FCR: solved 101 (1 reply, 0 reopens), 103 (3 replies, 1 reopen), 104 (1 reply, 0 reopens): 2 of 3.
        Assert.Equal(200.0 / 3, (double)calendar["fcr_pct"]!, 9);
    }
}
