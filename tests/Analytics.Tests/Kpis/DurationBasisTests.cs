using Analytics.Tests.Support;

namespace Analytics.Tests.Kpis;

/// <summary>
/// A duration the source gives on one basis only counts on that basis under either `--hours`, and the
/// *_basis columns say which basis a row's figures are on (kpis.md, "Durations, business hours and SLA").
/// All times UTC; the week is Mon 2026-03-02 to Mon 2026-03-09, the one after it has nothing.
/// </summary>
public sealed class DurationBasisTests
{
    /// <summary>A Zendesk export with only the business-hours first reply time: no calendar one, no reply instant.</summary>
    private const string ZendeskHeader = "Id,Created at,Updated at,Solved at,Status,Replies,First reply time in minutes within business hours";

    private static readonly string[] ZendeskRows =
    [
        "Z1,2026-03-02 09:00:00,2026-03-02 09:30:00,1900-01-01 00:00:00,Open,1,30",
        "Z2,2026-03-03 10:00:00,2026-03-03 11:30:00,1900-01-01 00:00:00,Open,1,90",
        "Z3,2026-03-04 08:00:00,2026-03-04 13:00:00,1900-01-01 00:00:00,Open,1,300",
        "Z4,2026-03-05 08:00:00,2026-03-05 08:00:00,1900-01-01 00:00:00,Open,0,-", // not answered
    ];

    private const string CanonicalHeader = "ticket_id,created_at,first_response_at,status";

    private static readonly string[] CanonicalRows =
    [
        "C1,2026-03-05T09:00:00Z,2026-03-05T09:20:00Z,open", // 20 calendar minutes
        "C2,2026-03-05T10:00:00Z,2026-03-05T12:00:00Z,open", // 120 calendar minutes
    ];

    [Theory]
    [InlineData(HoursBasis.Calendar)]
    [InlineData(HoursBasis.Business)]
    public void A_source_with_only_business_hours_reply_times_gives_those_under_either_hours(HoursBasis hours)
    {
        using var w = new KpiWarehouse();
        w.Load(ZendeskHeader, ZendeskRows);

        var rows = KpiWarehouse.Rows(w.Kpi("2026-03-02", "2026-03-15", hours: hours));

        // Answered Z1, Z2, Z3 with business times 30, 90, 300 (n = 3), the only times they have:
        // median x[1] = 90; p90 at (3 - 1) * 0.9 = 1.8 -> 90 + 0.8 * (300 - 90) = 258; mean 420 / 3 = 140.
        Assert.Equal(3L, rows[0]["frt_n"]);
        Assert.Equal(90.0, (double)rows[0]["frt_median_min"]!, 9);
        Assert.Equal(258.0, (double)rows[0]["frt_p90_min"]!, 9);
        Assert.Equal(140.0, (double)rows[0]["frt_mean_min"]!, 9);
        Assert.Equal("business", rows[0]["frt_basis"]);
        // The week after: no first response, no basis.
        Assert.Equal(0L, rows[1]["frt_n"]);
        Assert.Null(rows[1]["frt_median_min"]);
        Assert.Null(rows[1]["frt_basis"]);
    }

    [Fact]
    public void A_calendar_source_beside_a_business_only_one_is_mixed_under_calendar_hours()
    {
        using var w = new KpiWarehouse(); // no business hours configured: business minutes = calendar minutes
        w.Load(ZendeskHeader, ZendeskRows);
        w.Load(CanonicalHeader, CanonicalRows);

        var calendar = KpiWarehouse.Rows(w.Kpi("2026-03-02", "2026-03-08", hours: HoursBasis.Calendar))[0];
        var business = KpiWarehouse.Rows(w.Kpi("2026-03-02", "2026-03-08", hours: HoursBasis.Business))[0];

        // Calendar: C1 20 and C2 120 on the calendar, Z1 30, Z2 90, Z3 300 on business hours: sorted 20, 30, 90,
        // 120, 300 (n = 5); median x[2] = 90; p90 at 4 * 0.9 = 3.6 -> 120 + 0.6 * 180 = 228; mean 560 / 5 = 112.
        Assert.Equal((5L, "mixed"), (calendar["frt_n"], calendar["frt_basis"]));
        Assert.Equal(90.0, (double)calendar["frt_median_min"]!, 9);
        Assert.Equal(228.0, (double)calendar["frt_p90_min"]!, 9);
        Assert.Equal(112.0, (double)calendar["frt_mean_min"]!, 9);
        // Business: C1 and C2 have business minutes too (= calendar ones, no calendar configured): same values,
        // every one on business hours.
        Assert.Equal((5L, "business"), (business["frt_n"], business["frt_basis"]));
        Assert.Equal(90.0, (double)business["frt_median_min"]!, 9);
        Assert.Equal(112.0, (double)business["frt_mean_min"]!, 9);

        // Per source under calendar hours, each row on one basis: canonical {20, 120}, zendesk {30, 90, 300}.
        var bySource = KpiWarehouse.Rows(w.Kpi("2026-03-02", "2026-03-08", dim: Dimension.Source))
            .ToDictionary(r => (string)r["value"]!);
        Assert.Equal(("calendar", 70.0), (bySource["canonical"]["frt_basis"], (double)bySource["canonical"]["frt_median_min"]!));
        Assert.Equal(("business", 90.0), (bySource["zendesk"]["frt_basis"], (double)bySource["zendesk"]["frt_median_min"]!));
    }
}
