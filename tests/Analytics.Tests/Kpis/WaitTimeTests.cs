using Analytics.Tests.Support;

namespace Analytics.Tests.Kpis;

/// <summary>
/// Average wait time (awt_*, kpis.md): per ticket solved in the period, the time it spent waiting on support,
/// from the help desk's requester wait when it gives one, else from the ticket's status events (time in new or
/// open up to the latest solve). All times UTC; W1 = [Mon 2026-03-02, Mon 03-09), W2 = [Mon 03-09, Mon 03-16).
/// The business calendar, where one is configured, is Mon-Fri 09:00-17:00 UTC.
/// </summary>
public sealed class WaitTimeTests
{
    private const string Office = """
        { "BusinessHours": { "Week": { "Mon": ["09:00-17:00"], "Tue": ["09:00-17:00"], "Wed": ["09:00-17:00"],
                                       "Thu": ["09:00-17:00"], "Fri": ["09:00-17:00"] } } }
        """;

    private const string ZendeskHeader =
        "Id,Created at,Updated at,Solved at,Status,Replies,Requester wait time in minutes,Requester wait time in minutes within business hours";

    private const string TicketHeader = "ticket_id,created_at,solved_at,status,agent_replies,requester_wait_minutes,requester_wait_business_minutes";
    private const string EventHeader = "ticket_id,at,actor,type,status";

    private static Dictionary<string, Dictionary<string, object?>> Tickets(KpiWarehouse w) =>
        w.Warehouse.Rows("SELECT ticket_id, awt_minutes, awt_business_minutes FROM kpi_tickets").ToDictionary(r => (string)r["ticket_id"]!);

    [Fact]
    public void The_help_desks_requester_wait_is_used_as_given_and_a_missing_business_one_falls_back()
    {
        using var w = new KpiWarehouse(Office);
        w.Load(ZendeskHeader,
            "Z1,2026-03-02 09:00:00,2026-03-02 15:00:00,2026-03-02 14:00:00,Solved,1,60,30",
            "Z2,2026-03-03 09:00:00,2026-03-04 10:00:00,2026-03-04 09:00:00,Solved,2,300,120",
            "Z3,2026-03-04 09:00:00,2026-03-05 10:00:00,2026-03-05 09:00:00,Solved,1,45,-",       // calendar only
            "Z4,2026-03-05 09:00:00,2026-03-05 10:00:00,1900-01-01 00:00:00,Open,1,500,500",      // not solved
            "Z5,2026-03-06 09:00:00,2026-03-10 10:00:00,2026-03-10 09:00:00,Solved,3,1000,400",   // solved in W2
            "Z6,2026-03-06 10:00:00,2026-03-06 11:00:00,2026-03-06 10:30:00,Solved,1,-,-");       // no wait given

        var t = Tickets(w);
        Assert.Equal((60.0, 30.0), (t["Z1"]["awt_minutes"], t["Z1"]["awt_business_minutes"]));
        // Z3: no business wait, no status events to count one from: unknown (the calendar is configured).
        Assert.Equal((45.0, (object?)null), (t["Z3"]["awt_minutes"], t["Z3"]["awt_business_minutes"]));
        Assert.Equal(((object?)null, (object?)null), (t["Z4"]["awt_minutes"], t["Z4"]["awt_business_minutes"]));
        Assert.Equal(((object?)null, (object?)null), (t["Z6"]["awt_minutes"], t["Z6"]["awt_business_minutes"]));

        var calendar = KpiWarehouse.Rows(w.Kpi("2026-03-02", "2026-03-15", hours: HoursBasis.Calendar));
        var business = KpiWarehouse.Rows(w.Kpi("2026-03-02", "2026-03-15", hours: HoursBasis.Business));

        // W1 calendar: solved Z1, Z2, Z3, Z6 (4); with a wait Z1 60, Z2 300, Z3 45 -> n 3; mean 405 / 3 = 135;
        //   sorted 45, 60, 300: median 60; all calendar.
        Assert.Equal((4L, 3L, "calendar"), (calendar[0]["tickets_solved"], calendar[0]["awt_n"], calendar[0]["awt_basis"]));
        Assert.Equal(135.0, (double)calendar[0]["awt_mean_min"]!, 9);
        Assert.Equal(60.0, (double)calendar[0]["awt_median_min"]!, 9);
        // W1 business: Z1 30, Z2 120, and Z3 only has its calendar 45 -> sorted 30, 45, 120: mean 195 / 3 = 65,
        //   median 45; one value fell back: mixed.
        Assert.Equal((3L, "mixed"), (business[0]["awt_n"], business[0]["awt_basis"]));
        Assert.Equal(65.0, (double)business[0]["awt_mean_min"]!, 9);
        Assert.Equal(45.0, (double)business[0]["awt_median_min"]!, 9);
        // W2: Z5 alone, 1000 calendar and 400 business minutes, each on its own basis.
        Assert.Equal((1L, 1000.0, 1000.0, "calendar"), (calendar[1]["awt_n"], calendar[1]["awt_mean_min"], calendar[1]["awt_median_min"], calendar[1]["awt_basis"]));
        Assert.Equal((1L, 400.0, 400.0, "business"), (business[1]["awt_n"], business[1]["awt_mean_min"], business[1]["awt_median_min"], business[1]["awt_basis"]));
    }

    /// <summary>
    /// Status events of a canonical source, without requester wait values (E6 has both: its own wait wins).
    /// Stretches in new or open, cut at the latest solve, in calendar and business (09:00-17:00) minutes:
    ///   E1 (closed, no solved_at: its latest solved event, Tue 12:30, is the solve; one reopen)
    ///      Mon 08:00 new -> 08:30 open: 30 / 0 (before opening time)
    ///      Mon 08:30 open -> 11:00 pending: 150 / 120 (09:00-11:00)
    ///      Mon 11:00-15:00 pending: not waiting on support
    ///      Mon 15:00 open -> 16:00 solved: 60 / 60
    ///      Mon 16:00 - Tue 10:00 solved: not waiting
    ///      Tue 10:00 open (reopened) -> 12:30 solved: 150 / 150
    ///      Wed 12:00 closed: after the solve
    ///      total 390 / 330
    ///   E2 (solved_at given, no solved event): Wed 16:00 new, no later status event: cut at Thu 10:00 solved_at:
    ///      18 h = 1080 / Wed 16:00-17:00 60 + Thu 09:00-10:00 60 = 120
    ///   E3 Thu 09:00 pending -> 11:00 solved: never new or open: 0 / 0
    ///   E4 Thu 12:00 new, still open: not solved, no wait
    ///   E6 the source's own 25 / 20 (its events would give 120 / 120)
    /// </summary>
    [Fact]
    public void Without_a_requester_wait_the_time_in_new_or_open_comes_from_status_events()
    {
        using var w = new KpiWarehouse(Office);
        w.Load(TicketHeader,
            "E1,2026-03-02T08:00:00Z,,closed,2,,",
            "E2,2026-03-04T16:00:00Z,2026-03-05T10:00:00Z,solved,1,,",
            "E3,2026-03-05T09:00:00Z,2026-03-05T11:00:00Z,solved,1,,",
            "E4,2026-03-05T12:00:00Z,,open,0,,",
            "E6,2026-03-06T09:00:00Z,2026-03-06T11:00:00Z,solved,1,25,20");
        w.Load(EventHeader,
            "E1,2026-03-02T08:00:00Z,customer,status,new",
            "E1,2026-03-02T08:30:00Z,agent,status,open",
            "E1,2026-03-02T11:00:00Z,agent,status,pending",
            "E1,2026-03-02T15:00:00Z,customer,status,open",
            "E1,2026-03-02T16:00:00Z,agent,status,solved",
            "E1,2026-03-03T10:00:00Z,customer,status,open",
            "E1,2026-03-03T12:30:00Z,agent,status,solved",
            "E1,2026-03-04T12:00:00Z,system,status,closed",
            "E2,2026-03-04T16:00:00Z,customer,status,new",
            "E3,2026-03-05T09:00:00Z,agent,status,pending",
            "E3,2026-03-05T11:00:00Z,agent,status,solved",
            "E4,2026-03-05T12:00:00Z,customer,status,new",
            "E6,2026-03-06T09:00:00Z,customer,status,open",
            "E6,2026-03-06T11:00:00Z,agent,status,solved");

        var t = Tickets(w);
        Assert.Equal((390.0, 330.0), ((double)t["E1"]["awt_minutes"]!, (double)t["E1"]["awt_business_minutes"]!));
        Assert.Equal((1080.0, 120.0), ((double)t["E2"]["awt_minutes"]!, (double)t["E2"]["awt_business_minutes"]!));
        Assert.Equal((0.0, 0.0), ((double)t["E3"]["awt_minutes"]!, (double)t["E3"]["awt_business_minutes"]!));
        Assert.Equal(((object?)null, (object?)null), (t["E4"]["awt_minutes"], t["E4"]["awt_business_minutes"]));
        Assert.Equal((25.0, 20.0), ((double)t["E6"]["awt_minutes"]!, (double)t["E6"]["awt_business_minutes"]!));

        // W1, all solved in it: E1, E2, E3, E6 (n = 4).
        // Calendar 0, 25, 390, 1080: mean 1495 / 4 = 373.75; median (25 + 390) / 2 = 207.5.
        var calendar = KpiWarehouse.Single(w.Kpi("2026-03-02", "2026-03-08", hours: HoursBasis.Calendar));
        Assert.Equal((4L, "calendar"), (calendar["awt_n"], calendar["awt_basis"]));
        Assert.Equal(373.75, (double)calendar["awt_mean_min"]!, 9);
        Assert.Equal(207.5, (double)calendar["awt_median_min"]!, 9);
        // Business 0, 20, 120, 330: mean 470 / 4 = 117.5; median (20 + 120) / 2 = 70.
        var business = KpiWarehouse.Single(w.Kpi("2026-03-02", "2026-03-08", hours: HoursBasis.Business));
        Assert.Equal((4L, "business"), (business["awt_n"], business["awt_basis"]));
        Assert.Equal(117.5, (double)business["awt_mean_min"]!, 9);
        Assert.Equal(70.0, (double)business["awt_median_min"]!, 9);
    }

    [Fact]
    public void Without_a_business_calendar_the_business_wait_is_the_calendar_one()
    {
        using var w = new KpiWarehouse();
        w.Load("ticket_id,created_at,status", "E1,2026-03-02T08:00:00Z,closed");
        w.Load(EventHeader,
            "E1,2026-03-02T08:00:00Z,customer,status,new",        // 08:00-11:00 waiting: 180
            "E1,2026-03-02T11:00:00Z,agent,status,pending",
            "E1,2026-03-02T15:00:00Z,customer,status,open",       // 15:00-16:00 waiting: 60
            "E1,2026-03-02T16:00:00Z,agent,status,solved");

        var t = Tickets(w)["E1"];
        Assert.Equal((240.0, 240.0), ((double)t["awt_minutes"]!, (double)t["awt_business_minutes"]!));
        var business = KpiWarehouse.Single(w.Kpi("2026-03-02", "2026-03-08", hours: HoursBasis.Business));
        Assert.Equal((1L, 240.0, "business"), (business["awt_n"], business["awt_mean_min"], business["awt_basis"]));
    }

    [Fact]
    public void A_week_with_nothing_solved_has_no_wait_and_no_basis()
    {
        using var w = new KpiWarehouse();
        w.Load(TicketHeader, "O1,2026-03-02T08:00:00Z,,open,0,30,30");

        var row = KpiWarehouse.Single(w.Kpi("2026-03-02", "2026-03-08"));

        Assert.Equal((0L, (object?)null, (object?)null, (object?)null), (row["awt_n"], row["awt_mean_min"], row["awt_median_min"], row["awt_basis"]));
    }
}
