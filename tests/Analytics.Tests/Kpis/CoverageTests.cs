using Analytics.Tests.Support;

namespace Analytics.Tests.Kpis;

/// <summary>
/// Coverage (docs/kpis.md, "Coverage"): the coverage table derived by the ingest, and the coverage column of
/// every KPI row. Reporting zone UTC. Two ticket sources:
/// <list type="bullet">
/// <item>a: created Wed 2026-03-04 12:00, 14:00, 20:00, Thu 03-05 04:00, 16:00. Gaps 2, 6, 8, 12 h: its longest
/// quiet stretch is 12 h.</item>
/// <item>b: created 03-04 00:30, 06:00, 12:30, 18:00, 03-05 00:00, 06:00, 12:00, 23:00. Gaps 5.5, 6.5, 5.5, 6, 6,
/// 6, 11 h: 11 h.</item>
/// </list>
/// </summary>
public sealed class CoverageTests : IDisposable
{
    private const string Utc = """{ "Reporting": { "TimeZone": "UTC" } }""";
    private const string Tickets = "ticket_id,created_at,status,frt_business_minutes,agent_replies";

    private readonly KpiWarehouse _w = new(Utc);

    public CoverageTests()
    {
        _w.LoadAs("a", Tickets,
            "A1,2026-03-04T12:00:00Z,open,30,1",
            "A2,2026-03-04T14:00:00Z,open,,",
            "A3,2026-03-04T20:00:00Z,open,,",
            "A4,2026-03-05T04:00:00Z,open,,",
            "A5,2026-03-05T16:00:00Z,open,,");
        _w.LoadAs("b", Tickets,
            "B1,2026-03-04T00:30:00Z,open,,", "B2,2026-03-04T06:00:00Z,open,,", "B3,2026-03-04T12:30:00Z,open,,",
            "B4,2026-03-04T18:00:00Z,open,,", "B5,2026-03-05T00:00:00Z,open,,", "B6,2026-03-05T06:00:00Z,open,,",
            "B7,2026-03-05T12:00:00Z,open,,", "B8,2026-03-05T23:00:00Z,open,,");
    }

    public void Dispose() => _w.Dispose();

    [Fact]
    public void The_ingest_keeps_each_sources_span_quiet_stretch_and_duration_bases()
    {
        var rows = _w.Warehouse.Rows("SELECT source, kind, first_at, last_at, records, quiet_stretch, frt_calendar_n, frt_business_n, agent_replies_n FROM coverage ORDER BY source");

        Assert.Equal(2, rows.Count);
        var a = rows[0];
        Assert.Equal(("a", "tickets", 5L), ((string)a["source"]!, (string)a["kind"]!, (long)a["records"]!));
        // Instants read back as UTC date-times.
        Assert.Equal(new DateTime(2026, 3, 4, 12, 0, 0), (DateTime)a["first_at"]!);
        Assert.Equal(new DateTime(2026, 3, 5, 16, 0, 0), (DateTime)a["last_at"]!);
        Assert.Equal(TimeSpan.FromHours(12), (TimeSpan)a["quiet_stretch"]!);
        Assert.Equal((0L, 1L, 1L), ((long)a["frt_calendar_n"]!, (long)a["frt_business_n"]!, (long)a["agent_replies_n"]!));
        Assert.Equal(TimeSpan.FromHours(11), (TimeSpan)rows[1]["quiet_stretch"]!);
    }

    [Fact]
    public void A_day_is_complete_when_every_source_with_tickets_in_it_covers_it_and_partial_at_the_least_covered_share()
    {
        var days = KpiWarehouse.Rows(_w.Kpi("2026-03-03", "2026-03-06", "day"));

        // 03-03: no ticket of either source in it (a's first is 03-04 12:00, b's 03-04 00:30): empty.
        Assert.Equal(("empty", 0.0), Coverage(days[0]));
        // 03-04: the day each source's data starts is never covered whole: a from 12:00 covers 12 of 24 hours,
        // b from 00:30 covers 23.5 of 24. The least covered decides: partial 0.5.
        Assert.Equal(("partial", 0.5), Coverage(days[1]));
        var bySource = KpiWarehouse.Rows(_w.Kpi("2026-03-04", "2026-03-04", "day", "source"));
        Assert.Equal((23.5 / 24, 0.5), ((double)bySource.Single(r => (string?)r["value"] == "b")["coverage_share"]!,
            (double)bySource.Single(r => (string?)r["value"] == "a")["coverage_share"]!));
        // 03-05: a's first is before it; its last (16:00) + 12 h = 03-06 04:00 reaches the day's end; b too.
        Assert.Equal(("complete", 1.0), Coverage(days[2]));
        // 03-06: neither source has a ticket in it: empty.
        Assert.Equal(("empty", 0.0), Coverage(days[3]));
    }

    [Fact]
    public void A_week_is_as_covered_as_its_least_covered_source_and_by_source_each_its_own()
    {
        // Week of Mon 03-02 (168 h): a covers 03-04 12:00 to 03-05 16:00 = 28 h; b 03-04 00:30 to 03-05 23:00 = 46.5 h.
        var week = KpiWarehouse.Single(_w.Kpi("2026-03-02", "2026-03-08"));
        Assert.Equal("partial", week["coverage"]);
        Assert.Equal(28.0 / 168, (double)week["coverage_share"]!, 12);

        var bySource = KpiWarehouse.Rows(_w.Kpi("2026-03-02", "2026-03-08", "week", "source"));
        Assert.Equal(28.0 / 168, (double)bySource.Single(r => (string?)r["value"] == "a")["coverage_share"]!, 12);
        Assert.Equal(46.5 / 168, (double)bySource.Single(r => (string?)r["value"] == "b")["coverage_share"]!, 12);
    }

    [Fact]
    public void Without_tickets_coverage_is_unknown_not_empty()
    {
        using var surveysOnly = new KpiWarehouse(Utc);
        surveysOnly.Load("response_id,survey,score,responded_at", "R1,nps,9,2026-03-04T10:00:00Z");

        var day = KpiWarehouse.Single(surveysOnly.Kpi("2026-03-04", "2026-03-04", "day"));

        Assert.Null(day["coverage"]);
        Assert.Null(day["coverage_share"]);
        Assert.Equal(1L, day["nps_n"]);
    }

    private static (string?, double?) Coverage(Dictionary<string, object?> row) => ((string?)row["coverage"], (double?)row["coverage_share"]);
}
