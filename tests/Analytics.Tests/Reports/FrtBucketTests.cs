using Analytics.Pipeline.Reports;
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
}
