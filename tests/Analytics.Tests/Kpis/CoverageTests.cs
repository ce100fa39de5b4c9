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
        var days = KpiWarehouse.Rows(_w.Kpi("2026-03-03", "2026-03-06", Grain.Day));

        // 03-03: no ticket of either source in it (a's first is 03-04 12:00, b's 03-04 00:30): empty.
        Assert.Equal(("empty", 0.0), Coverage(days[0]));
        // 03-04: the day each source's data starts is never covered whole: a from 12:00 covers 12 of 24 hours,
        // b from 00:30 covers 23.5 of 24. The least covered decides: partial 0.5.
        Assert.Equal(("partial", 0.5), Coverage(days[1]));
        var bySource = KpiWarehouse.Rows(_w.Kpi("2026-03-04", "2026-03-04", Grain.Day, Dimension.Source));
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

        var bySource = KpiWarehouse.Rows(_w.Kpi("2026-03-02", "2026-03-08", Grain.Week, Dimension.Source));
        Assert.Equal(28.0 / 168, (double)bySource.Single(r => (string?)r["value"] == "a")["coverage_share"]!, 12);
        Assert.Equal(46.5 / 168, (double)bySource.Single(r => (string?)r["value"] == "b")["coverage_share"]!, 12);
    }

    [Fact]
    public void A_hole_of_more_than_a_week_inside_a_sources_tickets_is_not_covered()
    {
        using var holed = new KpiWarehouse(Utc);
        // A ticket at 00:00, 06:00, 12:00 and 18:00 every day of March 2026, except from 03-10 12:00 to before
        // 03-18 12:00: a hole from the last ticket before it (03-10 06:00) to the first after (03-18 12:00),
        // 8 days 6 hours, more than 7 days. The longest quiet stretch is then 6 hours: the hole is not one.
        var hours = Enumerable.Range(0, 31 * 4).Select(i => new DateTime(2026, 3, 1).AddHours(6 * i))
            .Where(t => t < new DateTime(2026, 3, 10, 12, 0, 0) || t >= new DateTime(2026, 3, 18, 12, 0, 0));
        holed.LoadAs("desk", Tickets, [.. hours.Select((t, i) => $"H{i},{t:yyyy-MM-ddTHH:mm:ss}Z,open,,")]);

        Assert.Equal(TimeSpan.FromHours(6), holed.Warehouse.Scalar<TimeSpan>("SELECT quiet_stretch FROM coverage"));
        var weeks = KpiWarehouse.Rows(holed.Kpi("2026-03-09", "2026-03-22"));
        // Week of 03-09 (168 h): the hole takes 03-10 06:00 to 03-16 00:00, 138 h: 30 / 168 covered.
        Assert.Equal("partial", weeks[0]["coverage"]);
        Assert.Equal(30.0 / 168, (double)weeks[0]["coverage_share"]!, 12);
        // Week of 03-16: the hole takes 03-16 00:00 to 03-18 12:00, 60 h: 108 / 168.
        Assert.Equal(108.0 / 168, (double)weeks[1]["coverage_share"]!, 12);
        // A day inside the hole is empty, not a day of no tickets; a day before it is whole.
        var days = KpiWarehouse.Rows(holed.Kpi("2026-03-08", "2026-03-12", Grain.Day));
        Assert.Equal(("complete", 1.0), Coverage(days[0]));
        Assert.Equal(("empty", 0.0), Coverage(days[4]));
    }

    [Fact]
    public void A_desk_closed_at_weekends_whose_export_ends_on_a_friday_covers_its_last_week()
    {
        using var weekdays = new KpiWarehouse(Utc);
        // A ticket every hour from 09:00 to 17:00, Monday to Friday, 2026-03-02 to Fri 03-20: its longest quiet
        // stretch is the weekend, Friday 17:00 to Monday 09:00 = 64 h. The last ticket, Fri 03-20 17:00, plus
        // 64 h reaches past the week's end (Mon 03-23 00:00).
        var times = Enumerable.Range(0, 19).Select(d => new DateTime(2026, 3, 2).AddDays(d))
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .SelectMany(d => Enumerable.Range(9, 9).Select(h => d.AddHours(h)));
        weekdays.LoadAs("desk", Tickets, [.. times.Select((t, i) => $"W{i},{t:yyyy-MM-ddTHH:mm:ss}Z,open,,")]);

        Assert.Equal(TimeSpan.FromHours(64), weekdays.Warehouse.Scalar<TimeSpan>("SELECT quiet_stretch FROM coverage"));
        var weeks = KpiWarehouse.Rows(weekdays.Kpi("2026-03-02", "2026-03-22"));
        // The first week starts on the day the data starts (09:00): partial, 159 of 168 hours.
        Assert.Equal(("partial", 159.0 / 168), ((string?)weeks[0]["coverage"], (double?)weeks[0]["coverage_share"]));
        Assert.Equal(("complete", 1.0), Coverage(weeks[1]));
        Assert.Equal(("complete", 1.0), Coverage(weeks[2]));
    }

    [Fact]
    public void Without_tickets_coverage_is_unknown_not_empty()
    {
        using var surveysOnly = new KpiWarehouse(Utc);
        surveysOnly.Load("response_id,survey,score,responded_at", "R1,nps,9,2026-03-04T10:00:00Z");

        var day = KpiWarehouse.Single(surveysOnly.Kpi("2026-03-04", "2026-03-04", Grain.Day));

        Assert.Null(day["coverage"]);
        Assert.Null(day["coverage_share"]);
        Assert.Equal(1L, day["nps_n"]);
    }

    private static (string?, double?) Coverage(Dictionary<string, object?> row) => ((string?)row["coverage"], (double?)row["coverage_share"]);
}
