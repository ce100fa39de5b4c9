using Analytics.Tests.Support;

namespace Analytics.Tests.Kpis;

/// <summary>
/// Periods of the KPI table (kpis.md, "Periods and time"): [start, end) in Reporting.TimeZone, here
/// Europe/Berlin, where clocks go forward on Sun 29 Mar 2026 (02:00 CET -> 03:00 CEST) and back on
/// Sun 25 Oct 2026 (03:00 CEST -> 02:00 CET). CET = UTC+01:00, CEST = UTC+02:00.
/// Every instant below is written in UTC, with its Berlin wall-clock time worked out beside it.
/// </summary>
public sealed class PeriodTests : IDisposable
{
    private const string Berlin = """{ "Reporting": { "TimeZone": "Europe/Berlin" } }""";
    private const string Header = "ticket_id,created_at,first_response_at,solved_at,status,frt_minutes";

    private static readonly TimeSpan Cet = TimeSpan.FromHours(1);
    private static readonly TimeSpan Cest = TimeSpan.FromHours(2);

    private readonly KpiWarehouse _w = new(Berlin);

    public void Dispose() => _w.Dispose();

    private static DateTimeOffset Local(int year, int month, int day, TimeSpan offset) => new(year, month, day, 0, 0, 0, offset);

    /// <summary>The row of the period starting at <paramref name="start"/>, checked to start at exactly that offset.</summary>
    private static Dictionary<string, object?> Period(List<Dictionary<string, object?>> rows, DateTimeOffset start)
    {
        var row = Assert.Single(rows, r => (DateTimeOffset)r["period_start"]! == start);
        Assert.Equal(start.Offset, ((DateTimeOffset)row["period_start"]!).Offset);
        return row;
    }

    private static DateTimeOffset Start(Dictionary<string, object?> row) => (DateTimeOffset)row["period_start"]!;

    private static DateTimeOffset End(Dictionary<string, object?> row) => (DateTimeOffset)row["period_end"]!;

    [Fact]
    public void The_iso_week_of_the_spring_change_is_167_hours_and_tickets_either_side_of_local_midnight_land_in_their_week()
    {
        _w.Load(Header,
            "P1,2026-03-22T22:30:00Z,,,open,",  // Sun 22 Mar 23:30 CET  -> week of Mon 16 Mar (in UTC it is still Sunday too)
            "P2,2026-03-22T23:30:00Z,,,open,",  // Mon 23 Mar 00:30 CET  -> week of Mon 23 Mar (in UTC still Sunday 22nd)
            "P3,2026-03-29T21:30:00Z,,,open,",  // Sun 29 Mar 23:30 CEST -> week of Mon 23 Mar
            "P4,2026-03-29T22:00:00Z,,,open,",  // Mon 30 Mar 00:00 CEST exactly: the start of the next week ([start, end))
            "P5,2026-03-29T22:30:00Z,,,open,"); // Mon 30 Mar 00:30 CEST -> week of Mon 30 Mar (in UTC still Sunday 29th)

        var rows = KpiWarehouse.Rows(_w.Kpi("2026-03-16", "2026-04-05"));

        // 16 Mar .. 5 Apr covers three ISO weeks: Mondays 16 Mar, 23 Mar, 30 Mar.
        Assert.Equal(3, rows.Count);

        // Week of 16 Mar: Mon 16 Mar 00:00 CET to Mon 23 Mar 00:00 CET, no change inside: 7 * 24 = 168 hours.
        var before = Period(rows, Local(2026, 3, 16, Cet));
        Assert.Equal(Local(2026, 3, 23, Cet), End(before));
        Assert.Equal(TimeSpan.FromHours(168), End(before) - Start(before));
        Assert.Equal(1L, before["tickets_created"]); // P1

        // Week of 23 Mar: Mon 23 Mar 00:00+01:00 (= 22 Mar 23:00Z) to Mon 30 Mar 00:00+02:00 (= 29 Mar 22:00Z):
        // from 22 Mar 23:00Z to 29 Mar 23:00Z is 168 hours, less one -> 167 hours.
        var spring = Period(rows, Local(2026, 3, 23, Cet));
        Assert.Equal(Local(2026, 3, 30, Cest), End(spring));
        Assert.Equal(Cest, End(spring).Offset);
        Assert.Equal(TimeSpan.FromHours(167), End(spring) - Start(spring));
        Assert.Equal(new DateTimeOffset(2026, 3, 22, 23, 0, 0, TimeSpan.Zero), Start(spring));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 22, 0, 0, TimeSpan.Zero), End(spring));
        Assert.Equal(2L, spring["tickets_created"]); // P2, P3

        // Week of 30 Mar: all CEST, 168 hours; P4 (at its very start) and P5.
        var after = Period(rows, Local(2026, 3, 30, Cest));
        Assert.Equal(TimeSpan.FromHours(168), End(after) - Start(after));
        Assert.Equal(2L, after["tickets_created"]);
    }

    [Fact]
    public void The_iso_week_of_the_autumn_change_is_169_hours_and_the_repeated_hour_counts_once_each()
    {
        _w.Load(Header,
            "Q1,2026-10-18T21:30:00Z,,,open,",  // Sun 18 Oct 23:30 CEST -> week of Mon 12 Oct
            "Q2,2026-10-18T22:00:00Z,,,open,",  // Mon 19 Oct 00:00 CEST exactly -> week of Mon 19 Oct
            "Q3,2026-10-25T00:30:00Z,,,open,",  // Sun 25 Oct 02:30 CEST (first time round) -> week of 19 Oct
            "Q4,2026-10-25T01:30:00Z,,,open,",  // Sun 25 Oct 02:30 CET (second time round) -> week of 19 Oct
            "Q5,2026-10-25T22:30:00Z,,,open,",  // Sun 25 Oct 23:30 CET -> week of 19 Oct (with the summer offset it would be Monday)
            "Q6,2026-10-25T23:00:00Z,,,open,"); // Mon 26 Oct 00:00 CET exactly -> week of Mon 26 Oct

        var rows = KpiWarehouse.Rows(_w.Kpi("2026-10-12", "2026-11-01"));

        // Mondays 12 Oct, 19 Oct, 26 Oct.
        Assert.Equal(3, rows.Count);
        Assert.Equal(1L, Period(rows, Local(2026, 10, 12, Cest))["tickets_created"]); // Q1

        // Week of 19 Oct: Mon 19 Oct 00:00+02:00 (= 18 Oct 22:00Z) to Mon 26 Oct 00:00+01:00 (= 25 Oct 23:00Z):
        // 18 Oct 22:00Z to 25 Oct 22:00Z is 168 hours, plus one -> 169 hours.
        var autumn = Period(rows, Local(2026, 10, 19, Cest));
        Assert.Equal(Local(2026, 10, 26, Cet), End(autumn));
        Assert.Equal(Cet, End(autumn).Offset);
        Assert.Equal(TimeSpan.FromHours(169), End(autumn) - Start(autumn));
        Assert.Equal(new DateTimeOffset(2026, 10, 18, 22, 0, 0, TimeSpan.Zero), Start(autumn));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 23, 0, 0, TimeSpan.Zero), End(autumn));
        Assert.Equal(4L, autumn["tickets_created"]); // Q2, Q3, Q4, Q5

        // Week of 26 Oct: all CET, 168 hours; Q6 at its very start.
        var after = Period(rows, Local(2026, 10, 26, Cet));
        Assert.Equal(TimeSpan.FromHours(168), End(after) - Start(after));
        Assert.Equal(1L, after["tickets_created"]);
    }

    [Theory]
    // Sun 29 Mar: 00:00 CET to Mon 00:00 CEST; 23:00Z on 28 Mar to 22:00Z on 29 Mar = 23 hours.
    [InlineData("2026-03-29", 1, 2, 23)]
    // Sun 25 Oct: 00:00 CEST to Mon 00:00 CET; 22:00Z on 24 Oct to 23:00Z on 25 Oct = 25 hours.
    [InlineData("2026-10-25", 2, 1, 25)]
    // The days either side have no change: 24 hours, one offset.
    [InlineData("2026-03-28", 1, 1, 24)]
    [InlineData("2026-03-30", 2, 2, 24)]
    [InlineData("2026-10-24", 2, 2, 24)]
    [InlineData("2026-10-26", 1, 1, 24)]
    public void A_day_is_local_midnight_to_midnight_so_a_dst_day_is_23_or_25_hours(string day, int startOffsetHours, int endOffsetHours, int hours)
    {
        _w.Load(Header, "X,2026-03-01T12:00:00Z,,,open,");
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var row = KpiWarehouse.Single(_w.Kpi(day, day, Grain.Day));

        var start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(startOffsetHours));
        var end = new DateTimeOffset(date.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(endOffsetHours));
        Assert.Equal((start, start.Offset), (Start(row), Start(row).Offset));
        Assert.Equal((end, end.Offset), (End(row), End(row).Offset));
        Assert.Equal(TimeSpan.FromHours(hours), End(row) - Start(row));
    }

    [Fact]
    public void Tickets_around_the_spring_day_land_on_their_local_day()
    {
        _w.Load(Header,
            "D1,2026-03-28T22:59:00Z,,,open,",  // Sat 28 Mar 23:59 CET
            "D2,2026-03-28T23:00:00Z,,,open,",  // Sun 29 Mar 00:00 CET (UTC still says the 28th)
            "D3,2026-03-29T01:30:00Z,,,open,",  // Sun 29 Mar 03:30 CEST (01:00Z is when 02:00 CET became 03:00 CEST)
            "D4,2026-03-29T21:59:00Z,,,open,",  // Sun 29 Mar 23:59 CEST
            "D5,2026-03-29T22:00:00Z,,,open,"); // Mon 30 Mar 00:00 CEST

        var rows = KpiWarehouse.Rows(_w.Kpi("2026-03-28", "2026-03-30", Grain.Day));

        // 28th: D1; 29th: D2, D3, D4; 30th: D5.
        Assert.Equal([1L, 3L, 1L], rows.Select(r => r["tickets_created"]));
        Assert.Equal([Local(2026, 3, 28, Cet), Local(2026, 3, 29, Cet), Local(2026, 3, 30, Cest)], rows.Select(Start));
    }

    [Fact]
    public void A_month_is_the_calendar_month_in_local_time()
    {
        _w.Load(Header,
            "M1,2026-02-28T22:30:00Z,,,open,",  // Sat 28 Feb 23:30 CET -> February (not reported)
            "M2,2026-02-28T23:30:00Z,,,open,",  // Sun 1 Mar 00:30 CET -> March (UTC says February)
            "M3,2026-03-31T21:30:00Z,,,open,",  // Tue 31 Mar 23:30 CEST -> March
            "M4,2026-03-31T22:30:00Z,,,open,"); // Wed 1 Apr 00:30 CEST -> April (UTC says March)

        // --from 15 Mar --to 15 Apr: both months, each whole.
        var rows = KpiWarehouse.Rows(_w.Kpi("2026-03-15", "2026-04-15", Grain.Month));

        Assert.Equal(2, rows.Count);
        // March: 1 Mar 00:00 CET to 1 Apr 00:00 CEST = 31 * 24 - 1 = 743 hours; M2 and M3.
        var march = Period(rows, Local(2026, 3, 1, Cet));
        Assert.Equal(Local(2026, 4, 1, Cest), End(march));
        Assert.Equal(TimeSpan.FromHours(743), End(march) - Start(march));
        Assert.Equal(2L, march["tickets_created"]);
        // April: 1 Apr 00:00 CEST to 1 May 00:00 CEST = 30 * 24 = 720 hours; M4.
        var april = Period(rows, Local(2026, 4, 1, Cest));
        Assert.Equal(Local(2026, 5, 1, Cest), End(april));
        Assert.Equal(TimeSpan.FromHours(720), End(april) - Start(april));
        Assert.Equal(1L, april["tickets_created"]);
    }

    [Fact]
    public void The_autumn_month_is_one_hour_longer()
    {
        _w.Load(Header, "X,2026-10-10T12:00:00Z,,,open,");

        var october = KpiWarehouse.Single(_w.Kpi("2026-10-01", "2026-10-31", Grain.Month));

        // 1 Oct 00:00 CEST to 1 Nov 00:00 CET = 31 * 24 + 1 = 745 hours.
        Assert.Equal(Local(2026, 10, 1, Cest), Start(october));
        Assert.Equal(Local(2026, 11, 1, Cet), End(october));
        Assert.Equal(Cet, End(october).Offset);
        Assert.Equal(TimeSpan.FromHours(745), End(october) - Start(october));
        Assert.Equal(1L, october["tickets_created"]);
    }

    [Fact]
    public void The_week_across_new_year_is_one_iso_week_while_the_months_split_at_local_midnight()
    {
        _w.Load(Header,
            "Y1,2025-12-31T22:30:00Z,,,open,",  // Wed 31 Dec 2025 23:30 CET
            "Y2,2025-12-31T23:30:00Z,,,open,"); // Thu 1 Jan 2026 00:30 CET (UTC still says 31 Dec)

        // 1 Jan 2026 is a Thursday: its ISO week (2026-W01) starts Mon 29 Dec 2025 00:00 CET and ends
        // Mon 5 Jan 2026 00:00 CET, 168 hours; both tickets are in it.
        var week = KpiWarehouse.Single(_w.Kpi("2026-01-01", "2026-01-01"));
        Assert.Equal(new DateTimeOffset(2025, 12, 29, 0, 0, 0, Cet), Start(week));
        Assert.Equal(Local(2026, 1, 5, Cet), End(week));
        Assert.Equal(2L, week["tickets_created"]);

        // By month: Y1 in December 2025, Y2 in January 2026.
        var months = KpiWarehouse.Rows(_w.Kpi("2025-12-01", "2026-01-31", Grain.Month));
        Assert.Equal([new DateTimeOffset(2025, 12, 1, 0, 0, 0, Cet), Local(2026, 1, 1, Cet)], months.Select(Start));
        Assert.Equal([1L, 1L], months.Select(r => r["tickets_created"]));
    }

    [Fact]
    public void From_and_to_in_the_middle_of_a_week_report_the_whole_week()
    {
        _w.Load(Header,
            "W1,2026-03-22T23:30:00Z,,,open,",  // Mon 23 Mar 00:30 CET: before --from, inside its week
            "W2,2026-03-25T11:00:00Z,,,open,",  // Wed 25 Mar 12:00 CET
            "W3,2026-03-29T21:30:00Z,,,open,"); // Sun 29 Mar 23:30 CEST: after --to, inside its week

        // Wed 25 .. Thu 26 Mar both lie in the week of Mon 23 Mar: one row, the whole week.
        var week = KpiWarehouse.Single(_w.Kpi("2026-03-25", "2026-03-26"));
        Assert.Equal(Local(2026, 3, 23, Cet), Start(week));
        Assert.Equal(Local(2026, 3, 30, Cest), End(week));
        Assert.Equal(3L, week["tickets_created"]); // W1, W2, W3

        // --to is inclusive: Sun 29 .. Mon 30 Mar touches two weeks.
        var rows = KpiWarehouse.Rows(_w.Kpi("2026-03-29", "2026-03-30"));
        Assert.Equal([Local(2026, 3, 23, Cet), Local(2026, 3, 30, Cest)], rows.Select(Start));
        Assert.Equal([3L, 0L], rows.Select(r => r["tickets_created"]));
    }

    [Fact]
    public void A_first_response_in_a_later_week_counts_in_the_week_of_the_response()
    {
        _w.Load(Header,
            // Created Fri 27 Mar 16:00 CET, first response Mon 30 Mar 10:00 CEST, solved Tue 31 Mar 10:00 CEST.
            "F1,2026-03-27T15:00:00Z,2026-03-30T08:00:00Z,2026-03-31T08:00:00Z,solved,",
            // Created Sun 29 Mar 20:00 CEST; only a calendar first reply time of 300 minutes, so the first
            // response is 18:00Z + 5 h = 23:00Z = Mon 30 Mar 01:00 CEST: the next week.
            "F2,2026-03-29T18:00:00Z,,,open,300");

        var rows = KpiWarehouse.Rows(_w.Kpi("2026-03-23", "2026-03-30"));

        var created = Period(rows, Local(2026, 3, 23, Cet));
        Assert.Equal(2L, created["tickets_created"]);
        Assert.Equal(0L, created["frt_n"]);
        Assert.Null(created["frt_median_min"]);
        Assert.Equal(2L, created["backlog_end"]); // neither solved by Mon 30 Mar 00:00

        var responded = Period(rows, Local(2026, 3, 30, Cest));
        Assert.Equal(0L, responded["tickets_created"]);
        Assert.Equal(2L, responded["frt_n"]);
        // F1: 27 Mar 15:00Z -> 30 Mar 08:00Z = 3 days (72 h) less 7 h = 65 h = 3900 min (the lost hour
        //     at the change is not worked time: the wall clock says 66 h, the elapsed time is 65 h).
        // F2: 300 min.  Sorted [300, 3900]:
        // median = 300 + 0.5 * (3900 - 300) = 2100; p90 = 300 + 0.9 * 3600 = 3540; mean = (300 + 3900) / 2 = 2100.
        Assert.Equal(2100.0, (double)responded["frt_median_min"]!, 9);
        Assert.Equal(3540.0, (double)responded["frt_p90_min"]!, 9);
        Assert.Equal(2100.0, (double)responded["frt_mean_min"]!, 9);
        // F1 solved Tue 31 Mar: 27 Mar 15:00Z -> 31 Mar 08:00Z = 4 days (96 h) less 7 h = 89 h.
        Assert.Equal(1L, responded["tickets_solved"]);
        Assert.Equal(89.0, (double)responded["mttr_hours"]!, 9);
        Assert.Equal(1L, responded["backlog_end"]); // F2 still open
    }

    /// <summary>
    /// The backlog before the first period is added up from whole UTC days (kpi_ticket_days) and counted from the rows
    /// for the rest of the day the period starts in: in Berlin, Monday 2 Mar starts at Sunday 23:00 UTC, so a ticket
    /// created or solved in Sunday's last UTC hour is before the period though on the same UTC day as its start.
    /// </summary>
    [Fact]
    public void The_backlog_before_the_periods_counts_the_last_hour_of_a_utc_day_before_them()
    {
        var berlin = new KpiWarehouse("""{ "Reporting": { "TimeZone": "Europe/Berlin" } }""");
        try
        {
            // A: created Sun 1 Mar 22:00 UTC (23:00 in Berlin), open. B: created Fri 20 Feb, solved Sun 1 Mar 22:30 UTC
            // (23:30 in Berlin). C: created Sun 1 Mar 23:30 UTC, Monday 00:30 in Berlin, open.
            berlin.Load("ticket_id,created_at,solved_at,status",
                "A,2026-03-01T22:00:00Z,,open",
                "B,2026-02-20T10:00:00Z,2026-03-01T22:30:00Z,solved",
                "C,2026-03-01T23:30:00Z,,open");
            var row = KpiWarehouse.Single(berlin.Kpi("2026-03-02", "2026-03-08"));

            // Before Monday: A open (+1), B opened and solved (+1 -1): 1. In the week: C created: 2. Nothing solved.
            Assert.Equal((1L, 0L, 2L), (row["tickets_created"], row["tickets_solved"], row["backlog_end"]));
        }
        finally
        {
            berlin.Dispose();
        }
    }

    /// <summary>
    /// kpi() reads each KPI's own range of instants (docs/performance.md): instants out of their usual order must
    /// still count as the definitions say. A solve recorded before its ticket was created (an event dated wrong) takes
    /// the ticket out of the backlog before the periods, however late it was created; a ticket created after the last
    /// period counts in none of them, even if its solve falls inside one.
    /// </summary>
    [Fact]
    public void Instants_out_of_order_count_by_the_definitions_whatever_rows_kpi_reads()
    {
        var utc = new KpiWarehouse("""{ "Reporting": { "TimeZone": "UTC" } }""");
        try
        {
            // Y: open since Tue 24 Feb (before the periods). X1: created Tue 10 Mar, solved (by its event) Sun 1 Mar,
            // before the periods. X2: created Mon 16 Mar 05:00, 5 hours after the last period, solved Wed 4 Mar.
            // X3: created Fri 20 Mar, after the periods, solved (by its event) Wed 25 Feb, before them: its solve closes
            // nothing (the backlog's counts per day hold it, and kpi() takes it back).
            utc.Load("ticket_id,created_at,solved_at,status",
                "Y,2026-02-24T10:00:00Z,,open",
                "X1,2026-03-10T10:00:00Z,,solved",
                "X2,2026-03-16T05:00:00Z,,solved",
                "X3,2026-03-20T10:00:00Z,,solved");
            utc.Load("ticket_id,at,type,status,actor",
                "X1,2026-03-01T10:00:00Z,status,solved,agent",
                "X2,2026-03-04T10:00:00Z,status,solved,agent",
                "X3,2026-02-25T10:00:00Z,status,solved,agent");
            var rows = KpiWarehouse.Rows(utc.Kpi("2026-03-02", "2026-03-15"));

            // Before Mon 2 Mar: Y opened (+1), X1 solved (-1): 0. Week of 2 Mar: nothing (X2 is created after the
            // periods). Week of 9 Mar: X1 created (+1), a ticket that can be open: 1.
            Assert.Equal([0L, 1L], rows.Select(r => r["tickets_created"]));
            Assert.Equal([0L, 0L], rows.Select(r => r["tickets_solved"]));
            Assert.Equal([0L, 1L], rows.Select(r => r["backlog_end"]));
        }
        finally
        {
            utc.Dispose();
        }
    }
}
