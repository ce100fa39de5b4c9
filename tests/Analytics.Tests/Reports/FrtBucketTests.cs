using Analytics.Pipeline.Reports;
using Analytics.Reports.Document;
using Analytics.Tests.Support;

namespace Analytics.Tests.Reports;

/// <summary>The first-response buckets of the report on a hand-made week (UTC, the week of Monday 2026-03-02).</summary>
public sealed class FrtBucketTests
{
    private const string Header = "ticket_id,created_at,first_response_at,status";

    [Fact]
    public void A_bucket_holds_its_lower_edge_so_exactly_one_hour_is_1_to_4_h()
    {
        using var w = new KpiWarehouse().Load(Header,
            "B0,2026-03-03T10:00:00Z,2026-03-03T10:00:00Z,open",  // 0 min: <1 h
            "B1,2026-03-03T10:00:00Z,2026-03-03T10:59:30Z,open",  // 59.5 min: <1 h
            "B2,2026-03-03T10:00:00Z,2026-03-03T11:00:00Z,open",  // 60 min exactly: 1-4 h
            "B3,2026-03-03T10:00:00Z,2026-03-03T13:59:00Z,open",  // 239 min: 1-4 h
            "B4,2026-03-03T10:00:00Z,2026-03-03T14:00:00Z,open",  // 240 min exactly: 4-8 h
            "B5,2026-03-03T10:00:00Z,2026-03-03T18:00:00Z,open",  // 480 min exactly: 8-24 h
            "B6,2026-03-03T10:00:00Z,2026-03-04T09:59:30Z,open",  // 1439.5 min: 8-24 h
            "B7,2026-03-03T10:00:00Z,2026-03-04T10:00:00Z,open",  // 1440 min exactly: >24 h
            "B8,2026-02-27T10:00:00Z,2026-03-02T00:30:00Z,open",  // created the week before, answered in this one: >24 h
            "B9,2026-03-01T23:30:00Z,2026-03-02T00:45:00Z,open",  // created on Sunday before, answered Monday after 75 min: 1-4 h
            "BX,2026-03-08T23:00:00Z,2026-03-09T00:30:00Z,open"); // answered the next week: not this week's

        var model = new ReportBuilder(w.Warehouse.Db, w.Config).Build(ReportSpan.ParseWeek("2026-W10"));

        Assert.Equal([("<1 h", 2.0), ("1-4 h", 3.0), ("4-8 h", 1.0), ("8-24 h", 2.0), (">24 h", 2.0)], model.Speed.FrtBuckets.Select(b => (b.Label, b.Value)));
        Assert.Equal(10L, KpiWarehouse.Single(w.Kpi("2026-03-02", "2026-03-08"))["frt_n"]);
        // A writer's session has the stored definitions; the report's temporary ones are gone afterwards.
        Assert.Equal(0L, w.Warehouse.Scalar<long>("SELECT count(*) FROM duckdb_views() WHERE view_name IN ('kpi_tickets', 'kpi_surveys') AND temporary"));
    }

    [Fact]
    public void Under_calendar_hours_a_ticket_with_only_a_business_hours_reply_time_falls_in_the_bucket_of_that_time()
    {
        using var w = new KpiWarehouse()
            .Load("Id,Created at,Updated at,Solved at,Status,First reply time in minutes within business hours",
                "Z1,2026-03-02 09:00:00,2026-03-02 09:30:00,1900-01-01 00:00:00,Open,30",   // 30 business min: <1 h
                "Z2,2026-03-03 10:00:00,2026-03-03 11:30:00,1900-01-01 00:00:00,Open,90",   // 90: 1-4 h
                "Z3,2026-03-04 08:00:00,2026-03-04 13:00:00,1900-01-01 00:00:00,Open,300")  // 300: 4-8 h
            .Load(Header,
                "C1,2026-03-05T09:00:00Z,2026-03-05T09:20:00Z,open",   // 20 calendar min: <1 h
                "C2,2026-03-05T10:00:00Z,2026-03-05T12:00:00Z,open");  // 120: 1-4 h

        var model = new ReportBuilder(w.Warehouse.Db, w.Config).Build(ReportSpan.ParseWeek("2026-W10"));

        // The Zendesk tickets count with the only time they have, as in the week's median (20, 30, 90, 120, 300:
        // 90), so the buckets add up to frt_n.
        Assert.Equal([("<1 h", 2.0), ("1-4 h", 2.0), ("4-8 h", 1.0), ("8-24 h", 0.0), (">24 h", 0.0)], model.Speed.FrtBuckets.Select(b => (b.Label, b.Value)));
        var week = KpiWarehouse.Single(w.Kpi("2026-03-02", "2026-03-08"));
        Assert.Equal((5L, 90.0, "mixed"), (week["frt_n"], week["frt_median_min"], week["frt_basis"]));
        Assert.Equal(90.0, model.Speed.FrtMedian[^1]);
        // The Speed section says which first response times are not in the hours asked for.
        Assert.Equal(DurationBasis.Mixed, model.Speed.FrtBasis);
        Assert.Equal("Durations in calendar hours; some first response times in business hours, the only ones their source gives.",
            SpeedRegion.HoursCaption(model.Speed));
    }
}
