using Analytics.Tests.Support;

namespace Analytics.Tests.Kpis;

/// <summary>
/// Business minutes (kpis.md, "Durations"): the overlap of [created_at, event) with the business calendar,
/// weekly windows in the calendar's zone, holidays excluded, or the source's business value when it gives
/// one; no calendar configured means business = calendar. Every expectation is counted by hand from the
/// Berlin (or New York) wall clock: CET = UTC+01:00, CEST = UTC+02:00 (29 Mar .. 25 Oct 2026),
/// EDT = UTC-04:00 (8 Mar .. 1 Nov 2026).
/// </summary>
public sealed class BusinessHoursTests
{
    /// <summary>The example calendar of the README ("Configuration"), with Ascension Day (Thu 14 May 2026) as a holiday.</summary>
    private const string Office = """
        {
          "Reporting": { "TimeZone": "Europe/Berlin" },
          "BusinessHours": {
            "Week": { "Mon": ["09:00-18:00"], "Tue": ["09:00-18:00"], "Wed": ["09:00-18:00"],
                      "Thu": ["09:00-18:00"], "Fri": ["09:00-13:00", "14:00-18:00"] },
            "Holidays": ["2026-05-14"]
          }
        }
        """;

    private const string Header = "ticket_id,created_at,first_response_at,solved_at,status,priority";

    private static readonly TimeSpan Cest = TimeSpan.FromHours(2);

    private static Dictionary<string, Dictionary<string, object?>> Tickets(KpiWarehouse w) =>
        w.Warehouse.Rows("SELECT * FROM kpi_tickets").ToDictionary(r => (string)r["ticket_id"]!);

    private static double Minutes(Dictionary<string, object?> ticket, string column) => (double)ticket[column]!;

    private static Dictionary<string, object?> Week(KpiWarehouse w, string monday, HoursBasis hours) =>
        KpiWarehouse.Single(w.Kpi(monday, monday, Grain.Week, hours: hours));

    [Fact]
    public void A_weekend_has_no_business_minutes()
    {
        using var w = new KpiWarehouse(Office);
        // Created Fri 12 Jun 17:00 CEST, first response Mon 15 Jun 10:30 CEST, solved Tue 16 Jun 12:00 CEST.
        w.Load(Header, "W1,2026-06-12T15:00:00Z,2026-06-15T08:30:00Z,2026-06-16T10:00:00Z,solved,normal");
        // The same creation with only the help desk's calendar first reply time, 3930 minutes (65.5 h):
        // its first response is Fri 15:00Z + 65.5 h = Mon 08:30Z, as for W1.
        w.Load("ticket_id,created_at,status,priority,frt_minutes", "W2,2026-06-12T15:00:00Z,open,normal,3930");

        // W2: the overlap of [Fri 17:00, Mon 10:30 CEST) with the calendar, as for W1 below: 150.
        Assert.Equal(150.0, Minutes(Tickets(w)["W2"], "frt_business_minutes"), 9);

        var t = Tickets(w)["W1"];
        // First response, business: Fri 17:00-18:00 = 60, Sat and Sun 0, Mon 09:00-10:30 = 90 -> 150.
        Assert.Equal(150.0, Minutes(t, "frt_business_minutes"), 9);
        // Calendar: Fri 15:00Z -> Mon 15:00Z = 72 h, less 6.5 h to Mon 08:30Z = 65.5 h = 3930 min.
        Assert.Equal(3930.0, Minutes(t, "frt_minutes"), 9);
        // Resolution, business: Fri 60 + Mon 09:00-18:00 540 + Tue 09:00-12:00 180 = 780.
        Assert.Equal(780.0, Minutes(t, "resolution_business_minutes"), 9);
        // Calendar: Fri 15:00Z -> Tue 15:00Z = 96 h, less 5 h to Tue 10:00Z = 91 h = 5460 min.
        Assert.Equal(5460.0, Minutes(t, "resolution_minutes"), 9);

        // The KPI table of the week of Mon 15 Jun (both first responses and W1's solve in it).
        var business = Week(w, "2026-06-15", HoursBasis.Business);
        Assert.Equal(2L, business["frt_n"]);
        Assert.Equal(150.0, (double)business["frt_median_min"]!, 9); // [150, 150]
        Assert.Equal(150.0, (double)business["frt_mean_min"]!, 9);
        Assert.Equal(13.0, (double)business["mttr_hours"]!, 9); // 780 / 60
        Assert.Equal(13.0, (double)business["resolution_median_hours"]!, 9);
        var calendar = Week(w, "2026-06-15", HoursBasis.Calendar);
        Assert.Equal(3930.0, (double)calendar["frt_median_min"]!, 9); // [3930, 3930]
        Assert.Equal(91.0, (double)calendar["mttr_hours"]!, 9); // 5460 / 60
    }

    [Fact]
    public void A_holiday_has_no_business_minutes()
    {
        using var w = new KpiWarehouse(Office);
        w.Load(Header,
            // Wed 13 May 16:00 CEST -> Fri 15 May 10:00 CEST, over the holiday Thu 14 May.
            "H1,2026-05-13T14:00:00Z,2026-05-15T08:00:00Z,,open,normal",
            // On the holiday itself: Thu 14 May 10:00 -> 14:00 CEST.
            "H2,2026-05-14T08:00:00Z,2026-05-14T12:00:00Z,,open,normal",
            // The same weekdays one week later, no holiday: Wed 20 May 16:00 -> Fri 22 May 10:00 CEST.
            "H3,2026-05-20T14:00:00Z,2026-05-22T08:00:00Z,,open,normal");

        var t = Tickets(w);
        // H1: Wed 16:00-18:00 = 120, Thu closed, Fri 09:00-10:00 = 60 -> 180.
        Assert.Equal(180.0, Minutes(t["H1"], "frt_business_minutes"), 9);
        // Calendar: 13 May 14:00Z -> 15 May 08:00Z = 48 h - 6 h = 42 h = 2520 min.
        Assert.Equal(2520.0, Minutes(t["H1"], "frt_minutes"), 9);
        // H2: the whole day is closed -> 0.
        Assert.Equal(0.0, Minutes(t["H2"], "frt_business_minutes"), 9);
        // H3: Wed 120 + Thu 09:00-18:00 540 + Fri 60 = 720.
        Assert.Equal(720.0, Minutes(t["H3"], "frt_business_minutes"), 9);
    }

    [Fact]
    public void Split_windows_on_one_day_leave_the_gap_out()
    {
        using var w = new KpiWarehouse(Office);
        w.Load(Header,
            "S1,2026-06-12T10:30:00Z,2026-06-12T12:30:00Z,,open,normal",  // Fri 12:30 -> 14:30 CEST
            "S2,2026-06-12T11:15:00Z,2026-06-12T11:45:00Z,,open,normal",  // Fri 13:15 -> 13:45 CEST, inside the lunch gap
            "S3,2026-06-12T06:00:00Z,2026-06-12T17:00:00Z,,open,normal"); // Fri 08:00 -> 19:00 CEST, around both windows

        var t = Tickets(w);
        // S1: 12:30-13:00 = 30, 14:00-14:30 = 30 -> 60 (calendar 120).
        Assert.Equal(60.0, Minutes(t["S1"], "frt_business_minutes"), 9);
        Assert.Equal(120.0, Minutes(t["S1"], "frt_minutes"), 9);
        // S2: 13:00-14:00 is closed -> 0.
        Assert.Equal(0.0, Minutes(t["S2"], "frt_business_minutes"), 9);
        // S3: 09:00-13:00 = 240, 14:00-18:00 = 240 -> 480.
        Assert.Equal(480.0, Minutes(t["S3"], "frt_business_minutes"), 9);

        // Week of Mon 8 Jun, business: [0, 60, 480]; median 60, mean (0 + 60 + 480) / 3 = 180,
        // p90 = 60 + 0.8 * (480 - 60) = 396 (position 0.9 * 2 = 1.8 between the 2nd and 3rd).
        var week = Week(w, "2026-06-08", HoursBasis.Business);
        Assert.Equal(3L, week["frt_n"]);
        Assert.Equal(60.0, (double)week["frt_median_min"]!, 9);
        Assert.Equal(180.0, (double)week["frt_mean_min"]!, 9);
        Assert.Equal(396.0, (double)week["frt_p90_min"]!, 9);
    }

    [Fact]
    public void An_overnight_window_counts_until_it_closes_the_next_morning()
    {
        using var w = new KpiWarehouse("""
            { "Reporting": { "TimeZone": "Europe/Berlin" },
              "BusinessHours": { "Week": { "Wed": ["22:00-06:00"] } } }
            """);
        w.Load(Header,
            "O1,2026-06-10T19:00:00Z,2026-06-11T05:00:00Z,,open,normal",  // Wed 10 Jun 21:00 -> Thu 07:00 CEST
            "O2,2026-06-10T21:00:00Z,2026-06-11T00:30:00Z,,open,normal",  // Wed 23:00 -> Thu 02:30 CEST
            "O3,2026-06-10T23:00:00Z,2026-06-11T03:00:00Z,,open,normal",  // Thu 01:00 -> Thu 05:00 CEST
            "O4,2026-06-11T19:00:00Z,2026-06-12T05:00:00Z,,open,normal",  // Thu 21:00 -> Fri 07:00 CEST
            "O5,2026-06-09T22:30:00Z,2026-06-10T03:00:00Z,,open,normal"); // Wed 00:30 -> Wed 05:00 CEST

        var t = Tickets(w);
        // O1: the whole window, 22:00-24:00 = 120 + 00:00-06:00 = 360 -> 480.
        Assert.Equal(480.0, Minutes(t["O1"], "frt_business_minutes"), 9);
        // O2: 23:00-24:00 = 60 + 00:00-02:30 = 150 -> 210.
        Assert.Equal(210.0, Minutes(t["O2"], "frt_business_minutes"), 9);
        // O3: only the after-midnight part, 01:00-05:00 -> 240.
        Assert.Equal(240.0, Minutes(t["O3"], "frt_business_minutes"), 9);
        // O4: no window opens on Thursday evening -> 0.
        Assert.Equal(0.0, Minutes(t["O4"], "frt_business_minutes"), 9);
        // O5: early Wednesday is the tail of a Tuesday window, and Tuesday has none -> 0.
        Assert.Equal(0.0, Minutes(t["O5"], "frt_business_minutes"), 9);
    }

    [Fact]
    public void A_window_may_close_at_24_00()
    {
        using var w = new KpiWarehouse("""
            { "Reporting": { "TimeZone": "Europe/Berlin" },
              "BusinessHours": { "Week": { "Wed": ["22:00-24:00"], "Thu": ["00:00-24:00"] } } }
            """);
        // Wed 10 Jun 21:00 CEST -> Fri 12 Jun 07:00 CEST.
        w.Load(Header, "E1,2026-06-10T19:00:00Z,2026-06-12T05:00:00Z,,open,normal");

        // Wed 22:00-24:00 = 120, Thu 00:00-24:00 = 1440, nothing on Friday morning -> 1560.
        Assert.Equal(1560.0, Minutes(Tickets(w)["E1"], "frt_business_minutes"), 9);
    }

    [Fact]
    public void A_holiday_closes_its_own_date_so_it_cuts_either_part_of_an_overnight_window()
    {
        using var w = new KpiWarehouse("""
            { "Reporting": { "TimeZone": "Europe/Berlin" },
              "BusinessHours": { "Week": { "Wed": ["22:00-06:00"] }, "Holidays": ["2026-06-11", "2026-06-17"] } }
            """);
        w.Load(Header,
            "N1,2026-06-10T19:00:00Z,2026-06-11T05:00:00Z,,open,normal",  // Wed 10 Jun 21:00 -> Thu 11 Jun 07:00 (Thu a holiday)
            "N2,2026-06-17T19:00:00Z,2026-06-18T05:00:00Z,,open,normal",  // Wed 17 Jun 21:00 -> Thu 18 Jun 07:00 (Wed a holiday)
            "N3,2026-06-24T19:00:00Z,2026-06-25T05:00:00Z,,open,normal"); // Wed 24 Jun 21:00 -> Thu 25 Jun 07:00 (no holiday)

        var t = Tickets(w);
        // N1: Wed 22:00-24:00 = 120; Thu 00:00-06:00 lies on the holiday -> 120.
        Assert.Equal(120.0, Minutes(t["N1"], "frt_business_minutes"), 9);
        // N2: Wed 22:00-24:00 lies on the holiday; Thu 00:00-06:00 = 360 -> 360.
        Assert.Equal(360.0, Minutes(t["N2"], "frt_business_minutes"), 9);
        // N3: 120 + 360 = 480.
        Assert.Equal(480.0, Minutes(t["N3"], "frt_business_minutes"), 9);
    }

    [Fact]
    public void A_calendar_in_another_zone_counts_its_own_wall_clock_while_periods_stay_in_the_reporting_zone()
    {
        using var w = new KpiWarehouse("""
            { "Reporting": { "TimeZone": "Europe/Berlin" },
              "BusinessHours": { "TimeZone": "America/New_York",
                                 "Week": { "Mon": ["09:00-17:00"], "Tue": ["09:00-17:00"], "Wed": ["09:00-17:00"],
                                           "Thu": ["09:00-17:00"], "Fri": ["09:00-17:00"] },
                                 "Holidays": ["2026-07-03"] } }
            """);
        w.Load(Header,
            // Mon 15 Jun 14:00Z -> 18:00Z = 10:00 -> 14:00 EDT (16:00 -> 20:00 CEST).
            "Z1,2026-06-15T14:00:00Z,2026-06-15T18:00:00Z,,open,normal",
            // Mon 16 Mar 13:00Z -> 15:00Z: New York is already on EDT (since 8 Mar), Berlin still on CET:
            // 09:00 -> 11:00 EDT (14:00 -> 16:00 CET).
            "Z2,2026-03-16T13:00:00Z,2026-03-16T15:00:00Z,,open,normal",
            // Fri 19 Jun 20:00Z = 16:00 EDT (22:00 CEST) -> Sun 21 Jun 23:30Z = Sun 19:30 EDT, but Mon 22 Jun 01:30 CEST.
            "Z3,2026-06-19T20:00:00Z,2026-06-21T23:30:00Z,,open,normal",
            // Thu 2 Jul 20:00Z = 16:00 EDT -> Mon 6 Jul 14:00Z = 10:00 EDT, over the New York holiday Fri 3 Jul.
            "Z4,2026-07-02T20:00:00Z,2026-07-06T14:00:00Z,,open,normal");

        var t = Tickets(w);
        // Z1: 10:00-14:00 New York time, all open -> 240 (with Berlin's clock it would be 16:00-17:00 = 60).
        Assert.Equal(240.0, Minutes(t["Z1"], "frt_business_minutes"), 9);
        // Z2: 09:00-11:00 EDT -> 120 (on winter time, UTC-5, it would read 08:00-10:00 -> 60).
        Assert.Equal(120.0, Minutes(t["Z2"], "frt_business_minutes"), 9);
        // Z3: Fri 16:00-17:00 EDT = 60, the New York weekend closed -> 60.
        Assert.Equal(60.0, Minutes(t["Z3"], "frt_business_minutes"), 9);
        // Z4: Thu 16:00-17:00 = 60, Fri holiday, weekend, Mon 09:00-10:00 = 60 -> 120 (without the holiday 600).
        Assert.Equal(120.0, Minutes(t["Z4"], "frt_business_minutes"), 9);

        // Z3's first response is Monday 01:30 in Berlin: it counts in the Berlin week of Mon 22 Jun,
        // though in New York it is still Sunday.
        var week = KpiWarehouse.Single(w.Kpi("2026-06-22", "2026-06-22", Grain.Week, hours: HoursBasis.Business));
        Assert.Equal(new DateTimeOffset(2026, 6, 22, 0, 0, 0, Cest), (DateTimeOffset)week["period_start"]!);
        Assert.Equal(1L, week["frt_n"]);
        Assert.Equal(60.0, (double)week["frt_median_min"]!, 9);
    }

    [Theory]
    // Office hours over the spring weekend: created Fri 27 Mar 17:00 CET (16:00Z), answered Mon 30 Mar
    // 10:00 CEST (08:00Z). Fri 17:00-18:00 = 60 + Mon 09:00-10:00 = 60 -> 120: Monday's 09:00 is 07:00Z,
    // the window moved with the clock.
    [InlineData(Office, "2026-03-27T16:00:00Z", "2026-03-30T08:00:00Z", 120.0)]
    // The same over the autumn weekend: Fri 23 Oct 17:00 CEST (15:00Z) -> Mon 26 Oct 10:00 CET (09:00Z): 60 + 60 -> 120.
    [InlineData(Office, "2026-10-23T15:00:00Z", "2026-10-26T09:00:00Z", 120.0)]
    // Open all Sunday, 00:00-24:00. Sun 29 Mar runs 28 Mar 23:00Z -> 29 Mar 22:00Z = 23 h = 1380 min.
    [InlineData(SundayAllDay, "2026-03-28T12:00:00Z", "2026-03-30T12:00:00Z", 1380.0)]
    // Sun 25 Oct runs 24 Oct 22:00Z -> 25 Oct 23:00Z = 25 h = 1500 min.
    [InlineData(SundayAllDay, "2026-10-24T12:00:00Z", "2026-10-26T12:00:00Z", 1500.0)]
    // Saturday night 22:00-06:00. Spring: Sat 28 Mar 22:00 CET (21:00Z) -> Sun 29 Mar 06:00 CEST (04:00Z) = 7 h = 420 min.
    [InlineData(SaturdayNight, "2026-03-28T12:00:00Z", "2026-03-29T12:00:00Z", 420.0)]
    // Autumn: Sat 24 Oct 22:00 CEST (20:00Z) -> Sun 25 Oct 06:00 CET (05:00Z) = 9 h = 540 min.
    [InlineData(SaturdayNight, "2026-10-24T12:00:00Z", "2026-10-25T12:00:00Z", 540.0)]
    public void A_clock_change_counts_the_time_that_really_elapsed_in_the_open_windows(string config, string created, string answered, double business)
    {
        using var w = new KpiWarehouse(config);
        w.Load(Header, $"D,{created},{answered},,open,normal");

        Assert.Equal(business, Minutes(Tickets(w)["D"], "frt_business_minutes"), 9);
    }

    private const string SundayAllDay = """
        { "Reporting": { "TimeZone": "Europe/Berlin" }, "BusinessHours": { "Week": { "Sun": ["00:00-24:00"] } } }
        """;

    private const string SaturdayNight = """
        { "Reporting": { "TimeZone": "Europe/Berlin" }, "BusinessHours": { "Week": { "Sat": ["22:00-06:00"] } } }
        """;

    [Fact]
    public void Business_durations_given_by_the_source_win_over_the_calendar()
    {
        using var w = new KpiWarehouse(Office);
        w.Load("ticket_id,created_at,first_response_at,solved_at,status,priority,frt_business_minutes,resolution_business_minutes",
            // The weekend ticket of A_weekend_has_no_business_minutes (calendar: 150 and 780 business minutes),
            // once with the help desk's own business values, once without.
            "G1,2026-06-12T15:00:00Z,2026-06-15T08:30:00Z,2026-06-16T10:00:00Z,solved,normal,45,300",
            "G2,2026-06-12T15:00:00Z,2026-06-15T08:30:00Z,2026-06-16T10:00:00Z,solved,normal,,");

        var t = Tickets(w);
        Assert.Equal(45.0, Minutes(t["G1"], "frt_business_minutes"), 9);
        Assert.Equal(300.0, Minutes(t["G1"], "resolution_business_minutes"), 9);
        Assert.Equal(3930.0, Minutes(t["G1"], "frt_minutes"), 9); // calendar still from the timestamps (see the weekend test)
        Assert.Equal(150.0, Minutes(t["G2"], "frt_business_minutes"), 9);
        Assert.Equal(780.0, Minutes(t["G2"], "resolution_business_minutes"), 9);

        // Week of Mon 15 Jun, business: FRT [45, 150] -> median = mean = (45 + 150) / 2 = 97.5;
        // resolution [300, 780] min -> mean 540 min = 9 h.
        var week = Week(w, "2026-06-15", HoursBasis.Business);
        Assert.Equal(97.5, (double)week["frt_median_min"]!, 9);
        Assert.Equal(97.5, (double)week["frt_mean_min"]!, 9);
        Assert.Equal(9.0, (double)week["mttr_hours"]!, 9);
    }

    [Theory]
    [InlineData("""{ "Reporting": { "TimeZone": "Europe/Berlin" } }""")]
    [InlineData("""{ "Reporting": { "TimeZone": "Europe/Berlin" }, "BusinessHours": { "TimeZone": "Europe/Berlin" } }""")]
    public void Without_business_hours_business_time_is_calendar_time(string config)
    {
        using var w = new KpiWarehouse(config);
        w.Load(Header, "C1,2026-06-12T15:00:00Z,2026-06-15T08:30:00Z,2026-06-16T10:00:00Z,solved,normal");

        var t = Tickets(w)["C1"];
        // Calendar, as in the weekend test: FRT 65.5 h = 3930 min, resolution 91 h = 5460 min; business the same.
        Assert.Equal(3930.0, Minutes(t, "frt_business_minutes"), 9);
        Assert.Equal(5460.0, Minutes(t, "resolution_business_minutes"), 9);

        var week = Week(w, "2026-06-15", HoursBasis.Business);
        Assert.Equal(3930.0, (double)week["frt_median_min"]!, 9);
        Assert.Equal(91.0, (double)week["mttr_hours"]!, 9);
    }

    [Fact]
    public void A_ticket_with_only_a_business_first_reply_time_counts_in_the_week_it_was_created()
    {
        using var w = new KpiWarehouse("""
            { "Reporting": { "TimeZone": "Europe/Berlin" },
              "BusinessHours": { "Week": { "Mon": ["09:00-18:00"] } },
              "Sla": { "FirstResponseMinutes": { "normal": 60 } } }
            """);
        w.Load("ticket_id,created_at,status,priority,frt_business_minutes",
            "K1,2026-06-14T21:30:00Z,open,normal,30",  // Sun 14 Jun 23:30 CEST -> week of Mon 8 Jun
            "K2,2026-06-14T22:30:00Z,open,normal,90"); // Mon 15 Jun 00:30 CEST -> week of Mon 15 Jun (UTC still says Sunday)

        var rows = KpiWarehouse.Rows(w.Kpi("2026-06-08", "2026-06-15", Grain.Week, hours: HoursBasis.Business));

        Assert.Equal(2, rows.Count);
        // Week of 8 Jun: K1 alone, 30 business minutes, within the 60-minute target -> 1 of 1 = 100 %.
        Assert.Equal(1L, rows[0]["frt_n"]);
        Assert.Equal(30.0, (double)rows[0]["frt_median_min"]!, 9);
        Assert.Equal(1L, rows[0]["frt_sla_n"]);
        Assert.Equal(100.0, (double)rows[0]["frt_sla_pct"]!, 9);
        // Week of 15 Jun: K2 alone, 90 > 60 -> 0 of 1 = 0 %.
        Assert.Equal(1L, rows[1]["frt_n"]);
        Assert.Equal(90.0, (double)rows[1]["frt_median_min"]!, 9);
        Assert.Equal(1L, rows[1]["frt_sla_n"]);
        Assert.Equal(0.0, (double)rows[1]["frt_sla_pct"]!, 9);
    }

    /// <summary>
    /// The ticket with only a business first reply time, under --hours calendar: the SLA columns keep the
    /// basis of the targets (kpis.md: "SLA attainment always uses the time basis of its targets"), so
    /// frt_sla_n is 1 as under --hours business; frt_sla_n is "of frt_n", and frt_n is "tickets whose first
    /// response falls in the period", which for this ticket is its created week: frt_n is 1 too. The
    /// calendar duration itself is unknown, so the ticket counts with the business one it has (30) in the
    /// median, and frt_basis says the row's first response times are business hours.
    /// </summary>
    [Fact]
    public void A_ticket_with_only_a_business_first_reply_time_stays_in_frt_n_under_calendar_hours()
    {
        using var w = new KpiWarehouse("""
            { "Reporting": { "TimeZone": "Europe/Berlin" },
              "BusinessHours": { "Week": { "Mon": ["09:00-18:00"] } },
              "Sla": { "FirstResponseMinutes": { "normal": 60 } } }
            """);
        w.Load("ticket_id,created_at,status,priority,frt_business_minutes",
            "K1,2026-06-14T21:30:00Z,open,normal,30"); // Sun 14 Jun 23:30 CEST -> week of Mon 8 Jun

        var week = Week(w, "2026-06-08", HoursBasis.Calendar);

        // 30 business minutes within the 60-minute business target: 1 of 1 = 100 %.
        Assert.Equal(1L, week["frt_sla_n"]);
        Assert.Equal(100.0, (double)week["frt_sla_pct"]!, 9);
        Assert.Equal(1L, week["frt_n"]);
        Assert.Equal(30.0, (double)week["frt_median_min"]!, 9);
        Assert.Equal(30.0, (double)week["frt_mean_min"]!, 9);
        Assert.Equal("business", week["frt_basis"]);
    }

    /// <summary>
    /// Six tickets answered in the week of Mon 15 Jun 2026 under the office calendar; target 120 minutes for
    /// normal, none for low. Business / calendar first reply times, and whether each meets 120:
    ///   T1 Fri 12 Jun 17:30 -> Mon 15 Jun 09:15 CEST: business 30 + 15 = 45 (met);
    ///      calendar Fri 15:30Z -> Mon 15:30Z = 72 h = 4320, less 8 h 15 min (495) to Mon 07:15Z = 3825 (missed)
    ///   T2 Mon 10:00 -> 11:00: 60 / 60 (met / met)
    ///   T3 Mon 17:00 -> 20:00: business 17:00-18:00 = 60 (met); calendar 180 (missed)
    ///   T4 Mon 10:00 -> 13:00: 180 / 180 (missed / missed)
    ///   T5 Mon 12:00 -> 14:00: 120 / 120, exactly on target (met / met: FRT &lt;= target)
    ///   T6 low, Mon 10:00 -> 10:30: no target, so in frt_n but not in frt_sla_n
    /// Business targets: met T1, T2, T3, T5 of 5 = 80 %. Calendar targets: met T2, T5 of 5 = 40 %.
    /// </summary>
    [Theory]
    [InlineData("", 80.0)] // Sla.BusinessHours defaults to true
    [InlineData(""", "BusinessHours": true""", 80.0)]
    [InlineData(""", "BusinessHours": false""", 40.0)]
    public void Sla_attainment_uses_the_time_basis_of_its_targets(string slaBasis, double expectedPct)
    {
        using var w = new KpiWarehouse($$"""
            {
              "Reporting": { "TimeZone": "Europe/Berlin" },
              "BusinessHours": {
                "Week": { "Mon": ["09:00-18:00"], "Tue": ["09:00-18:00"], "Wed": ["09:00-18:00"],
                          "Thu": ["09:00-18:00"], "Fri": ["09:00-13:00", "14:00-18:00"] }
              },
              "Sla": { "FirstResponseMinutes": { "normal": 120 }{{slaBasis}} }
            }
            """);
        w.Load(Header,
            "T1,2026-06-12T15:30:00Z,2026-06-15T07:15:00Z,,open,normal",
            "T2,2026-06-15T08:00:00Z,2026-06-15T09:00:00Z,,open,normal",
            "T3,2026-06-15T15:00:00Z,2026-06-15T18:00:00Z,,open,normal",
            "T4,2026-06-15T08:00:00Z,2026-06-15T11:00:00Z,,open,normal",
            "T5,2026-06-15T10:00:00Z,2026-06-15T12:00:00Z,,open,normal",
            "T6,2026-06-15T08:00:00Z,2026-06-15T08:30:00Z,,open,low");

        // The SLA columns do not depend on --hours: the same with either basis for the duration columns.
        foreach (var hours in Enum.GetValues<HoursBasis>())
        {
            var week = Week(w, "2026-06-15", hours);
            Assert.Equal(6L, week["frt_n"]);
            Assert.Equal(5L, week["frt_sla_n"]);
            Assert.Equal(expectedPct, (double)week["frt_sla_pct"]!, 9);
        }
    }
}
