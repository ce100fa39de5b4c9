using System.Globalization;
using Analytics.Tests.Support;

namespace Analytics.Tests.Kpis;

/// <summary>
/// The ticket KPIs of kpis.md (volume, backlog, first response, SLA, resolution, FCR, zero-touch, reopen rate), each checked
/// against numbers worked out by hand from a few tickets loaded through the real ingest.
/// </summary>
/// <remarks>
/// All tickets are in March 2026. Times are written "MM-dd HH:mm" and loaded as UTC instants
/// ("03-02 09:00" is 2026-03-02T09:00:00Z). ISO weeks used below (UTC unless a test sets a zone):
/// W1 = [Mon 03-02, Mon 03-09), W2 = [Mon 03-09, Mon 03-16), W3 = [Mon 03-16, Mon 03-23), W4 = [Mon 03-23, Mon 03-30).
/// Percentiles are continuous: for n sorted values x[0..n-1] the p-quantile sits at position (n-1)*p, and a
/// fractional position i + f gives x[i] + f*(x[i+1] - x[i]).
/// </remarks>
public sealed class TicketKpiTests
{
    private const string Header =
        "ticket_id,created_at,first_response_at,solved_at,first_solved_at,status,channel,category,priority,reopens,agent_replies,frt_minutes";

    private const string SurveyHeader = "response_id,survey,score,responded_at,ticket_id";

    private const string SlaCalendar = """{"Sla":{"FirstResponseMinutes":{"urgent":60,"high":240},"BusinessHours":false}}""";

    [Fact]
    public void First_response_median_p90_and_mean_with_an_odd_number_of_tickets()
    {
        using var wh = new KpiWarehouse();
        wh.Load(Header,
            Ticket("A1", "03-02 09:00", response: "03-02 09:40"), // 40 min
            Ticket("A2", "03-03 10:00", response: "03-03 10:10"), // 10 min
            Ticket("A3", "03-04 11:00", response: "03-04 12:40"), // 100 min
            Ticket("A4", "03-05 12:00", response: "03-05 12:20"), // 20 min
            Ticket("A5", "03-06 13:00", response: "03-06 14:00"), // 60 min
            Ticket("A6", "03-07 08:00")); // not answered yet: no first response time

        var row = KpiWarehouse.Single(wh.Kpi("2026-03-02", "2026-03-08"));

        // Answered in W1: sorted 10, 20, 40, 60, 100 (n = 5; A6 has no first response).
        // median: position (5-1)*0.5 = 2 -> x[2] = 40
        // p90:    position (5-1)*0.9 = 3.6 -> x[3] + 0.6*(x[4]-x[3]) = 60 + 0.6*40 = 84
        // mean:   (10+20+40+60+100)/5 = 230/5 = 46
        // created: 6 (A1..A6), all still open: backlog 6.
        Expect(row, new()
        {
            ["period_start"] = Utc("2026-03-02"),
            ["period_end"] = Utc("2026-03-09"),
            ["tickets_created"] = 6L,
            ["tickets_solved"] = 0L,
            ["backlog_end"] = 6L,
            ["frt_n"] = 5L,
            ["frt_median_min"] = 40.0,
            ["frt_p90_min"] = 84.0,
            ["frt_mean_min"] = 46.0,
        });
    }

    [Fact]
    public void First_response_median_p90_and_mean_with_an_even_number_of_tickets_interpolate()
    {
        using var wh = new KpiWarehouse();
        wh.Load(Header,
            Ticket("E1", "03-09 08:00", response: "03-09 08:45"), // 45 min
            Ticket("E2", "03-10 09:00", response: "03-10 10:45"), // 105 min
            Ticket("E3", "03-11 14:00", response: "03-11 14:15"), // 15 min
            Ticket("E4", "03-13 16:00", response: "03-13 16:25")); // 25 min

        var row = KpiWarehouse.Single(wh.Kpi("2026-03-09", "2026-03-15"));

        // W2: sorted 15, 25, 45, 105 (n = 4).
        // median: position (4-1)*0.5 = 1.5 -> x[1] + 0.5*(x[2]-x[1]) = 25 + 0.5*20 = 35 (not 25 or 45: interpolated)
        // p90:    position (4-1)*0.9 = 2.7 -> x[2] + 0.7*(x[3]-x[2]) = 45 + 0.7*60 = 87 (nearest rank would give 105)
        // mean:   (15+25+45+105)/4 = 190/4 = 47.5
        Expect(row, new()
        {
            ["period_start"] = Utc("2026-03-09"),
            ["tickets_created"] = 4L,
            ["frt_n"] = 4L,
            ["frt_median_min"] = 35.0,
            ["frt_p90_min"] = 87.0,
            ["frt_mean_min"] = 47.5,
        });
    }

    [Fact]
    public void Resolution_counts_a_reopened_ticket_once_in_the_week_of_its_latest_solve_with_its_full_duration()
    {
        using var wh = new KpiWarehouse();
        wh.Load(Header,
            Ticket("R1", "03-09 08:00", solved: "03-09 10:00", replies: "1"), // 2 h
            Ticket("R2", "03-10 09:00", solved: "03-11 09:00", replies: "3"), // 24 h
                                                                              // created in W1, solved in W1, reopened, solved again in W2: 03-03 12:00 -> 03-12 12:00 = 9 days = 216 h
            Ticket("R3", "03-03 12:00", firstSolved: "03-04 12:00", solved: "03-12 12:00", reopens: "1", replies: "1"),
            Ticket("R4", "03-13 06:00", solved: "03-13 12:00", replies: "0")); // 6 h

        var rows = KpiWarehouse.Rows(wh.Kpi("2026-03-02", "2026-03-15"));
        Assert.Equal([Utc("2026-03-02"), Utc("2026-03-09")], rows.Select(r => (DateTimeOffset)r["period_start"]!));

        // W1: R3 was created here and first solved here, but solved_at is its latest solve (W2), so nothing is
        // solved in W1; R3 is still open at the end of W1 (solved_at 03-12 >= end 03-09): backlog 1.
        Expect(rows[0], new()
        {
            ["tickets_created"] = 1L,
            ["tickets_solved"] = 0L,
            ["backlog_end"] = 1L,
            ["resolution_n"] = 0L,
            ["mttr_hours"] = null,
            ["resolution_median_hours"] = null,
            ["resolution_p90_hours"] = null,
            ["fcr_n"] = 0L,
            ["fcr_pct"] = null,
            ["zero_touch_n"] = 0L,
            ["zero_touch_pct"] = null,
            ["reopen_pct"] = null,
        });

        // W2: solved R1, R2, R3, R4 (R3 once). Hours sorted 2, 6, 24, 216 (n = 4).
        // mttr:   (2+6+24+216)/4 = 248/4 = 62
        // median: position 3*0.5 = 1.5 -> 6 + 0.5*(24-6) = 15
        // p90:    position 3*0.9 = 2.7 -> 24 + 0.7*(216-24) = 24 + 134.4 = 158.4
        // FCR: over the three with at least one agent reply (R1, R2, R3; R4 had none): R1 (1 reply, 0 reopens)
        //      qualifies, R2 (3 replies) and R3 (reopened) do not -> 1/3 = 33.33%
        // zero-touch: all four have agent_replies; R4 (0 replies) -> 1/4 = 25%
        // reopen: R3 only -> 1/4 = 25%
        // created in W2: R1, R2, R4 = 3; backlog at end of W2: 0.
        Expect(rows[1], new()
        {
            ["tickets_created"] = 3L,
            ["tickets_solved"] = 4L,
            ["backlog_end"] = 0L,
            ["resolution_n"] = 4L,
            ["mttr_hours"] = 62.0,
            ["resolution_median_hours"] = 15.0,
            ["resolution_p90_hours"] = 158.4,
            ["fcr_n"] = 3L,
            ["fcr_pct"] = 100.0 / 3,
            ["zero_touch_n"] = 4L,
            ["zero_touch_pct"] = 25.0,
            ["reopen_pct"] = 25.0,
        });
    }

    [Fact]
    public void A_week_with_tickets_but_nothing_answered_or_solved_has_null_rates_and_zero_counts()
    {
        using var wh = new KpiWarehouse(SlaCalendar);
        wh.Load(Header,
            Ticket("Z1", "03-02 09:00", priority: "urgent"),
            Ticket("Z2", "03-04 15:00", status: "pending", priority: "high"));

        var rows = KpiWarehouse.Rows(wh.Kpi("2026-03-02", "2026-03-15"));
        Assert.Equal([Utc("2026-03-02"), Utc("2026-03-09")], rows.Select(r => (DateTimeOffset)r["period_start"]!));

        // W1: 2 created, none answered or solved: every *_n is 0 and every rate, mean and percentile over
        // nothing is null (not 0, not NaN). No surveys and no customers either (retention: S = 0 -> null).
        // W2: nothing at all happens; both tickets are still open, so only backlog_end (2) is non-zero.
        var expected = new Dictionary<string, object?>
        {
            ["tickets_solved"] = 0L,
            ["backlog_end"] = 2L,
            ["frt_n"] = 0L,
            ["frt_median_min"] = null,
            ["frt_p90_min"] = null,
            ["frt_mean_min"] = null,
            ["frt_sla_n"] = 0L,
            ["frt_sla_pct"] = null,
            ["resolution_n"] = 0L,
            ["mttr_hours"] = null,
            ["resolution_median_hours"] = null,
            ["resolution_p90_hours"] = null,
            ["fcr_n"] = 0L,
            ["fcr_pct"] = null,
            ["zero_touch_n"] = 0L,
            ["zero_touch_pct"] = null,
            ["reopen_pct"] = null,
            ["csat_n"] = 0L,
            ["csat_pct"] = null,
            ["nps_n"] = 0L,
            ["nps"] = null,
            ["ces_n"] = 0L,
            ["ces_mean"] = null,
            ["ces_easy_pct"] = null,
            ["negative_n"] = 0L, // no sentiment scored in this warehouse: no text counts
            ["negative_pct"] = null,
            ["retention_pct"] = null,
        };
        Expect(rows[0], new(expected) { ["tickets_created"] = 2L });
        Expect(rows[1], new(expected) { ["tickets_created"] = 0L });
    }

    [Fact]
    public void A_deleted_ticket_and_surveys_about_it_count_nowhere()
    {
        using var wh = new KpiWarehouse(SlaCalendar);
        wh.Load(Header,
            Ticket("N1", "03-02 09:00", response: "03-02 09:30", solved: "03-02 11:00", priority: "urgent", category: "Billing"),
            // would add 1 created, 1 solved (24 h, reopened, 3 replies) and a 60 min first response (SLA met)
            Ticket("D1", "03-03 09:00", response: "03-03 10:00", solved: "03-04 09:00", status: "deleted",
                priority: "urgent", category: "Spam", reopens: "1", replies: "3"),
            // would add 1 created and 1 to the backlog
            Ticket("D2", "03-04 09:00", status: "deleted", priority: "urgent", category: "Spam"));
        wh.Load(SurveyHeader,
            "S1,csat,1,2026-03-05T10:00:00Z,D1",
            "S2,csat,5,2026-03-03T10:00:00Z,N1",
            "S3,nps,0,2026-03-05T11:00:00Z,D2");

        // Only N1 and its survey count: created 1, solved 1 (2 h, one reply, never reopened: FCR 1/1 = 100%,
        // zero-touch 0/1 = 0%, reopen 0/1 = 0%), first response 30 min (urgent target 60: met, 1/1 = 100%), backlog 0;
        // CSAT: S2 only, score 5 >= 5-1 -> 1/1 = 100%; NPS: S3 is about D2 -> no response, null.
        var expected = new Dictionary<string, object?>
        {
            ["tickets_created"] = 1L,
            ["tickets_solved"] = 1L,
            ["backlog_end"] = 0L,
            ["frt_n"] = 1L,
            ["frt_median_min"] = 30.0,
            ["frt_p90_min"] = 30.0,
            ["frt_mean_min"] = 30.0,
            ["frt_sla_n"] = 1L,
            ["frt_sla_pct"] = 100.0,
            ["resolution_n"] = 1L,
            ["mttr_hours"] = 2.0,
            ["resolution_median_hours"] = 2.0,
            ["resolution_p90_hours"] = 2.0,
            ["fcr_n"] = 1L,
            ["fcr_pct"] = 100.0,
            ["zero_touch_n"] = 1L,
            ["zero_touch_pct"] = 0.0,
            ["reopen_pct"] = 0.0,
            ["csat_n"] = 1L,
            ["csat_pct"] = 100.0,
            ["nps_n"] = 0L,
            ["nps"] = null,
        };
        Expect(KpiWarehouse.Single(wh.Kpi("2026-03-02", "2026-03-08")), expected);

        // By category: the deleted tickets' category (Spam) has no row at all; Billing has N1's numbers.
        var byCategory = KpiWarehouse.Single(wh.Kpi("2026-03-02", "2026-03-08", dim: Dimension.Category));
        Expect(byCategory, new(expected) { ["dimension"] = "category", ["value"] = "Billing" });
    }

    [Fact]
    public void A_first_response_in_a_later_week_counts_there_while_volume_stays_in_the_week_of_creation()
    {
        using var wh = new KpiWarehouse();
        wh.Load(Header,
            Ticket("X1", "03-08 21:50", response: "03-09 01:00"), // Sun W1 -> Mon W2: 2 h 10 min + 1 h = 190 min
            Ticket("X2", "03-08 23:00", response: "03-09 00:00"), // answered exactly at W2's start: 60 min, in W2
            Ticket("X3", "03-10 09:00", response: "03-10 09:20")); // 20 min

        var rows = KpiWarehouse.Rows(wh.Kpi("2026-03-02", "2026-03-15"));
        Assert.Equal([Utc("2026-03-02"), Utc("2026-03-09")], rows.Select(r => (DateTimeOffset)r["period_start"]!));

        // W1: X1 and X2 created, neither answered within W1.
        Expect(rows[0], new()
        {
            ["tickets_created"] = 2L,
            ["frt_n"] = 0L,
            ["frt_median_min"] = null,
            ["frt_mean_min"] = null,
        });

        // W2: X3 created; first responses of X1, X2, X3: sorted 20, 60, 190 (n = 3).
        // median: position 2*0.5 = 1 -> 60
        // p90:    position 2*0.9 = 1.8 -> 60 + 0.8*(190-60) = 60 + 104 = 164
        // mean:   (20+60+190)/3 = 270/3 = 90
        Expect(rows[1], new()
        {
            ["tickets_created"] = 1L,
            ["frt_n"] = 3L,
            ["frt_median_min"] = 60.0,
            ["frt_p90_min"] = 164.0,
            ["frt_mean_min"] = 90.0,
        });
    }

    [Fact]
    public void Weeks_are_cut_at_local_midnight_of_the_reporting_time_zone()
    {
        using var wh = new KpiWarehouse("""{"Reporting":{"TimeZone":"Europe/Berlin"}}""");
        wh.Load(Header,
            // Berlin is UTC+1 in early March 2026 (summer time starts 03-29).
            // created Sun 03-08 21:00 local (W1); answered Mon 03-09 00:30 local (W2), though still Sunday in UTC: 210 min
            Ticket("K1", "03-08 20:00", response: "03-08 23:30"),
            Ticket("K2", "03-09 08:00", response: "03-09 08:30")); // 30 min, W2

        var rows = KpiWarehouse.Rows(wh.Kpi("2026-03-02", "2026-03-15"));
        var cet = TimeSpan.FromHours(1);
        Assert.Equal([(Local("2026-03-02", cet), cet), (Local("2026-03-09", cet), cet)],
            rows.Select(r => ((DateTimeOffset)r["period_start"]!, ((DateTimeOffset)r["period_start"]!).Offset)));

        // W1 (local): K1 created, not answered in W1.
        Expect(rows[0], new() { ["tickets_created"] = 1L, ["frt_n"] = 0L, ["frt_median_min"] = null });

        // W2 (local): K2 created; answered K1, K2: sorted 30, 210 (n = 2).
        // median: position 0.5 -> 30 + 0.5*180 = 120; p90: position 0.9 -> 30 + 0.9*180 = 192; mean 240/2 = 120
        Expect(rows[1], new()
        {
            ["period_end"] = Local("2026-03-16", cet),
            ["tickets_created"] = 1L,
            ["frt_n"] = 2L,
            ["frt_median_min"] = 120.0,
            ["frt_p90_min"] = 192.0,
            ["frt_mean_min"] = 120.0,
        });
    }

    [Fact]
    public void Fcr_is_over_tickets_solved_with_at_least_one_agent_reply_and_a_ticket_solved_without_one_is_zero_touch()
    {
        using var wh = new KpiWarehouse();
        wh.Load(Header,
            Ticket("F1", "03-02 09:00", solved: "03-02 12:00", replies: "1"), // one reply, never reopened: FCR
            Ticket("F2", "03-03 09:00", solved: "03-03 10:00", replies: "0"), // no agent reply: zero-touch, not FCR
            Ticket("F3", "03-04 09:00", solved: "03-05 09:00", replies: "2"), // two replies: not FCR
            Ticket("F4", "03-05 09:00", firstSolved: "03-05 10:00", solved: "03-06 09:00", replies: "1", reopens: "2"), // reopened: not FCR
            Ticket("F5", "03-06 09:00", solved: "03-07 09:00", replies: ""), // replies unknown: in neither rate
            Ticket("F6", "03-06 11:00", solved: "03-06 12:00", replies: "1", reopens: ""), // reopens unknown = never: FCR
            Ticket("F7", "03-07 09:00", solved: "03-07 09:05", replies: "0"), // auto-closed: zero-touch
            Ticket("O1", "03-04 10:00", replies: "0"), // open, not solved: counts in neither
            Ticket("G1", "03-06 10:00", solved: "03-10 10:00", replies: ""), // solved in W2, replies unknown
            Ticket("G2", "03-10 11:00", solved: "03-11 11:00", replies: "0")); // solved in W2 with no agent reply

        var rows = KpiWarehouse.Rows(wh.Kpi("2026-03-02", "2026-03-15"));
        Assert.Equal([Utc("2026-03-02"), Utc("2026-03-09")], rows.Select(r => (DateTimeOffset)r["period_start"]!));

        // W1: solved F1..F7 = 7 (O1 is open).
        //   zero-touch: known replies F1, F2, F3, F4, F6, F7 = 6 (F5 unknown); no reply: F2, F7 -> 2/6 = 33.33%.
        //   FCR: at least one reply F1, F3, F4, F6 = 4; exactly one and never reopened: F1, F6 -> 2/4 = 50%
        //   (counting the two zero-touch tickets as first contact resolutions would give 4/6 = 66.67%).
        //   reopen: F4 of the 7 solved -> 1/7.
        Expect(rows[0], new()
        {
            ["tickets_solved"] = 7L,
            ["fcr_n"] = 4L,
            ["fcr_pct"] = 50.0,
            ["zero_touch_n"] = 6L,
            ["zero_touch_pct"] = 100.0 * 2 / 6,
            ["reopen_pct"] = 100.0 / 7,
        });

        // W2: solved G1 (replies unknown) and G2 (no reply): no ticket with a reply -> fcr_n 0, fcr_pct null;
        //   zero-touch over G2 alone -> 1/1 = 100%; reopen 0/2 = 0% (not null).
        Expect(rows[1], new()
        {
            ["tickets_solved"] = 2L,
            ["fcr_n"] = 0L,
            ["fcr_pct"] = null,
            ["zero_touch_n"] = 1L,
            ["zero_touch_pct"] = 100.0,
            ["reopen_pct"] = 0.0,
        });
    }

    [Fact]
    public void Reopen_rate_is_over_the_tickets_solved_in_the_period()
    {
        using var wh = new KpiWarehouse();
        wh.Load(Header,
            Ticket("S1", "03-02 09:00", solved: "03-02 10:00"),
            Ticket("S2", "03-03 09:00", solved: "03-04 09:00"),
            Ticket("S3", "03-04 09:00", firstSolved: "03-04 10:00", solved: "03-06 09:00", reopens: "1"),
            Ticket("S4", "03-05 09:00", solved: "03-05 15:00", replies: ""), // in the reopen rate, not in FCR
                                                                             // reopened twice and open now: not solved, so in neither numerator nor denominator
            Ticket("O1", "03-02 11:00", firstSolved: "03-03 11:00", status: "open", reopens: "2"),
            // created in W1, solved in W2 after 3 reopens: counts in W2
            Ticket("S5", "03-06 09:00", firstSolved: "03-06 12:00", solved: "03-11 09:00", reopens: "3", replies: "2"));

        var rows = KpiWarehouse.Rows(wh.Kpi("2026-03-02", "2026-03-15"));
        Assert.Equal([Utc("2026-03-02"), Utc("2026-03-09")], rows.Select(r => (DateTimeOffset)r["period_start"]!));

        // W1: solved S1..S4 = 4, reopened among them S3 -> 1/4 = 25%.
        // FCR over the 3 with known replies (S1, S2, S3): S1, S2 -> 2/3 = 66.67%; the denominators differ.
        // backlog at end of W1: O1 (open) and S5 (solved 03-11 >= 03-09) = 2.
        Expect(rows[0], new()
        {
            ["tickets_created"] = 6L,
            ["tickets_solved"] = 4L,
            ["reopen_pct"] = 25.0,
            ["fcr_n"] = 3L,
            ["fcr_pct"] = 100.0 * 2 / 3,
            ["backlog_end"] = 2L,
        });

        // W2: solved S5 only, reopened -> 1/1 = 100%; FCR 0/1 = 0%.
        Expect(rows[1], new()
        {
            ["tickets_solved"] = 1L,
            ["reopen_pct"] = 100.0,
            ["fcr_n"] = 1L,
            ["fcr_pct"] = 0.0,
            ["backlog_end"] = 1L,
        });
    }

    [Fact]
    public void Backlog_is_the_state_at_each_period_end_and_carries_across_quiet_weeks()
    {
        using var wh = new KpiWarehouse();
        wh.Load(Header,
            Ticket("B0", "02-20 09:00", status: "hold"), // before the range, never solved
            Ticket("B1", "03-02 09:00", solved: "03-04 09:00"), // solved within W1
            Ticket("B2", "03-03 09:00"), // open, never solved
            Ticket("B3", "03-04 09:00", solved: "03-17 09:00"), // solved in W3
            Ticket("B4", "03-05 09:00", status: "solved"), // solved without solved_at: never backlog
            Ticket("B7", "03-06 09:00", solved: "03-16 00:00", status: "closed"), // solved exactly at W2's end
            Ticket("B5", "03-10 09:00", status: "closed"), // closed without solved_at: never backlog
            Ticket("B6", "03-14 09:00", status: "pending"),
            Ticket("B8", "03-09 00:00", status: "new")); // created exactly at W1's end: not before it

        var rows = KpiWarehouse.Rows(wh.Kpi("2026-03-02", "2026-03-29"));
        Assert.Equal([Utc("2026-03-02"), Utc("2026-03-09"), Utc("2026-03-16"), Utc("2026-03-23")],
            rows.Select(r => (DateTimeOffset)r["period_start"]!));

        // end of W1 (03-09 00:00): created before it: B0, B1, B2, B3, B4, B7.
        //   B1 solved 03-04 < end: no; B4 solved, no solved_at: no; B0, B2 open: yes;
        //   B3 (03-17) and B7 (03-16) solved_at >= end: yes -> backlog 4.
        //   created in W1: B1, B2, B3, B4, B7 = 5 (B0 is in February); solved in W1: B1 = 1.
        Expect(rows[0], new() { ["tickets_created"] = 5L, ["tickets_solved"] = 1L, ["backlog_end"] = 4L });

        // end of W2 (03-16 00:00): add B5 (closed, no solved_at: no), B6 (pending: yes), B8 (new: yes);
        //   B7's solved_at 03-16 00:00 is not before the end: still open -> B0, B2, B3, B7, B6, B8 = 6.
        //   created in W2: B5, B6, B8 = 3; solved: 0.
        Expect(rows[1], new() { ["tickets_created"] = 3L, ["tickets_solved"] = 0L, ["backlog_end"] = 6L });

        // end of W3 (03-23): B7 (03-16 00:00) and B3 (03-17) solved in W3 -> 6 - 2 = 4 (B0, B2, B6, B8).
        Expect(rows[2], new() { ["tickets_created"] = 0L, ["tickets_solved"] = 2L, ["backlog_end"] = 4L });

        // W4: nothing happens; the backlog carries over unchanged: 4.
        Expect(rows[3], new() { ["tickets_created"] = 0L, ["tickets_solved"] = 0L, ["backlog_end"] = 4L });
    }

    [Fact]
    public void Sla_attainment_is_over_tickets_with_a_target_for_their_priority_and_equal_to_target_is_met()
    {
        using var wh = new KpiWarehouse(SlaCalendar); // urgent 60, high 240 calendar minutes; low and normal: none
        wh.Load(Header,
            Ticket("U1", "03-02 09:00", response: "03-02 09:30", priority: "urgent"), // 30 <= 60: met
            Ticket("U2", "03-02 14:00", response: "03-02 15:00", priority: "urgent"), // 60 <= 60: met (boundary)
            Ticket("U3", "03-03 10:00", response: "03-03 11:01", priority: "urgent"), // 61 > 60: missed
            Ticket("H1", "03-04 08:00", response: "03-04 12:00", priority: "high"), // 240 <= 240: met (boundary)
            Ticket("H2", "03-05 09:00", response: "03-05 14:00", priority: "high"), // 300 > 240: missed
            Ticket("N1", "03-05 10:00", response: "03-05 18:20", priority: "normal"), // 500, no target
            Ticket("L1", "03-06 11:00", response: "03-06 11:05", priority: "low"), // 5, no target
            Ticket("U4", "03-06 12:00", priority: "urgent"), // not answered: in neither frt_n nor frt_sla_n
            Ticket("N2", "03-10 09:00", response: "03-10 09:10", priority: "normal")); // W2: 10, no target

        var rows = KpiWarehouse.Rows(wh.Kpi("2026-03-02", "2026-03-15"));
        Assert.Equal([Utc("2026-03-02"), Utc("2026-03-09")], rows.Select(r => (DateTimeOffset)r["period_start"]!));

        // W1: answered U1, U2, U3, H1, H2, N1, L1 -> frt_n 7; with a target: U1, U2, U3, H1, H2 -> frt_sla_n 5;
        //   met: U1, U2, H1 -> 3/5 = 60%.
        //   FRT sorted 5, 30, 60, 61, 240, 300, 500 (n = 7):
        //   median position 6*0.5 = 3 -> 61; p90 position 6*0.9 = 5.4 -> 300 + 0.4*(500-300) = 380;
        //   mean (5+30+60+61+240+300+500)/7 = 1196/7 = 170.857...
        Expect(rows[0], new()
        {
            ["frt_n"] = 7L,
            ["frt_sla_n"] = 5L,
            ["frt_sla_pct"] = 60.0,
            ["frt_median_min"] = 61.0,
            ["frt_p90_min"] = 380.0,
            ["frt_mean_min"] = 1196.0 / 7,
        });

        // W2: N2 answered, but normal has no target: frt_sla_n 0 -> frt_sla_pct null.
        Expect(rows[1], new() { ["frt_n"] = 1L, ["frt_sla_n"] = 0L, ["frt_sla_pct"] = null, ["frt_median_min"] = 10.0 });
    }

    [Fact]
    public void A_source_giving_only_frt_minutes_answers_at_created_plus_those_minutes()
    {
        using var wh = new KpiWarehouse(SlaCalendar);
        wh.Load(Header,
            // created Sun 03-08 23:00 (W1) + 90 min = Mon 03-09 00:30 (W2); urgent target 60: missed
            Ticket("Q1", "03-08 23:00", frtMinutes: "90", priority: "urgent"),
            Ticket("Q2", "03-03 10:00", frtMinutes: "45", priority: "normal"), // W1, no target
            Ticket("Q3", "03-11 12:00", frtMinutes: "30", priority: "urgent")); // W2, 30 <= 60: met

        var rows = KpiWarehouse.Rows(wh.Kpi("2026-03-02", "2026-03-15"));
        Assert.Equal([Utc("2026-03-02"), Utc("2026-03-09")], rows.Select(r => (DateTimeOffset)r["period_start"]!));

        // W1: created Q1, Q2; answered Q2 only (45): median = p90 = mean = 45; no target -> sla n 0, null.
        Expect(rows[0], new()
        {
            ["tickets_created"] = 2L,
            ["frt_n"] = 1L,
            ["frt_median_min"] = 45.0,
            ["frt_p90_min"] = 45.0,
            ["frt_mean_min"] = 45.0,
            ["frt_sla_n"] = 0L,
            ["frt_sla_pct"] = null,
        });

        // W2: created Q3; answered Q1 (90) and Q3 (30): sorted 30, 90 (n = 2).
        // median position 0.5 -> 30 + 0.5*60 = 60; p90 position 0.9 -> 30 + 0.9*60 = 84; mean 120/2 = 60.
        // SLA: both urgent, Q3 met, Q1 missed -> 1/2 = 50%.
        Expect(rows[1], new()
        {
            ["tickets_created"] = 1L,
            ["frt_n"] = 2L,
            ["frt_median_min"] = 60.0,
            ["frt_p90_min"] = 84.0,
            ["frt_mean_min"] = 60.0,
            ["frt_sla_n"] = 2L,
            ["frt_sla_pct"] = 50.0,
        });
    }

    private static readonly string[] DimensionTickets =
    [
        Ticket("C1", "03-02 09:00", response: "03-02 09:10", solved: "03-02 11:00", category: "Billing", channel: "email", replies: "1"),
        Ticket("C2", "03-03 09:00", response: "03-03 09:30", solved: "03-05 09:00", category: "Billing", channel: "chat", replies: "2"),
        Ticket("C3", "03-04 12:00", response: "03-04 13:00", category: "Login", channel: "chat"),
        Ticket("C4", "03-10 08:00", response: "03-10 08:20", firstSolved: "03-10 09:00", solved: "03-10 12:00",
            category: "Login", channel: "email", replies: "1", reopens: "1"),
        Ticket("C5", "03-05 10:00", response: "03-05 10:40", solved: "03-06 10:00", category: "Shipping", channel: "phone", replies: "1"),
    ];

    // Per ticket: first response (min), resolution (h), FCR
    //   C1 Billing/email  W1: 10, 2 h (03-02 09:00 -> 11:00), 1 reply, never reopened: FCR
    //   C2 Billing/chat   W1: 30, 48 h (03-03 09:00 -> 03-05 09:00), 2 replies: not FCR
    //   C3 Login/chat     W1: 60, still open
    //   C4 Login/email    W2: 20, 4 h (03-10 08:00 -> 12:00), reopened: not FCR
    //   C5 Shipping/phone W1: 40, 24 h (03-05 10:00 -> 03-06 10:00), 1 reply: FCR
    [Fact]
    public void By_category_each_value_has_its_own_numbers_and_values_without_activity_have_no_row()
    {
        using var wh = new KpiWarehouse();
        wh.Load(Header, DimensionTickets);

        var rows = KpiWarehouse.Rows(wh.Kpi("2026-03-02", "2026-03-15", dim: Dimension.Category));
        // Billing and Shipping have nothing in W2 (nothing created, answered or solved, nothing open): no rows.
        Assert.Equal(
            [(Utc("2026-03-02"), "Billing"), (Utc("2026-03-02"), "Login"), (Utc("2026-03-02"), "Shipping"), (Utc("2026-03-09"), "Login")],
            rows.Select(r => ((DateTimeOffset)r["period_start"]!, (string)r["value"]!)));
        Assert.All(rows, r => Assert.Equal("category", r["dimension"]));

        // W1 Billing: C1, C2. FRT sorted 10, 30: median 10 + 0.5*20 = 20, p90 10 + 0.9*20 = 28, mean 20.
        //   Resolution 2, 48 h: mean 50/2 = 25, median 2 + 0.5*46 = 25, p90 2 + 0.9*46 = 43.4.
        //   FCR: C1 -> 1/2 = 50%; reopen 0/2 = 0%; both solved in W1: backlog 0.
        Expect(rows[0], new()
        {
            ["tickets_created"] = 2L,
            ["tickets_solved"] = 2L,
            ["backlog_end"] = 0L,
            ["frt_n"] = 2L,
            ["frt_median_min"] = 20.0,
            ["frt_p90_min"] = 28.0,
            ["frt_mean_min"] = 20.0,
            ["resolution_n"] = 2L,
            ["mttr_hours"] = 25.0,
            ["resolution_median_hours"] = 25.0,
            ["resolution_p90_hours"] = 43.4,
            ["fcr_n"] = 2L,
            ["fcr_pct"] = 50.0,
            ["reopen_pct"] = 0.0,
        });

        // W1 Login: C3 created and answered (60), not solved: backlog 1, nothing solved -> resolution/FCR/reopen null.
        Expect(rows[1], new()
        {
            ["tickets_created"] = 1L,
            ["tickets_solved"] = 0L,
            ["backlog_end"] = 1L,
            ["frt_n"] = 1L,
            ["frt_median_min"] = 60.0,
            ["frt_p90_min"] = 60.0,
            ["frt_mean_min"] = 60.0,
            ["resolution_n"] = 0L,
            ["mttr_hours"] = null,
            ["fcr_n"] = 0L,
            ["fcr_pct"] = null,
            ["reopen_pct"] = null,
        });

        // W1 Shipping: C5: FRT 40, resolution 24 h, FCR 1/1 = 100%, reopen 0%.
        Expect(rows[2], new()
        {
            ["tickets_created"] = 1L,
            ["tickets_solved"] = 1L,
            ["backlog_end"] = 0L,
            ["frt_n"] = 1L,
            ["frt_median_min"] = 40.0,
            ["resolution_n"] = 1L,
            ["mttr_hours"] = 24.0,
            ["resolution_p90_hours"] = 24.0,
            ["fcr_n"] = 1L,
            ["fcr_pct"] = 100.0,
            ["reopen_pct"] = 0.0,
        });

        // W2 Login: C4 created, answered (20) and solved (4 h, reopened: FCR 0/1 = 0%, reopen 1/1 = 100%);
        //   C3 still open: backlog 1.
        Expect(rows[3], new()
        {
            ["tickets_created"] = 1L,
            ["tickets_solved"] = 1L,
            ["backlog_end"] = 1L,
            ["frt_n"] = 1L,
            ["frt_median_min"] = 20.0,
            ["resolution_n"] = 1L,
            ["mttr_hours"] = 4.0,
            ["fcr_n"] = 1L,
            ["fcr_pct"] = 0.0,
            ["reopen_pct"] = 100.0,
        });

        AssertCountsAddUpToTotals(rows, KpiWarehouse.Rows(wh.Kpi("2026-03-02", "2026-03-15")));
    }

    [Fact]
    public void By_channel_each_value_has_its_own_numbers_and_an_open_ticket_keeps_its_value_in_the_backlog()
    {
        using var wh = new KpiWarehouse();
        wh.Load(Header, DimensionTickets);

        var rows = KpiWarehouse.Rows(wh.Kpi("2026-03-02", "2026-03-15", dim: Dimension.Channel));
        // W2: phone has nothing (no row); chat has nothing created, answered or solved, but C3 is still open, so
        // its row carries backlog_end 1 (the values' backlogs add up to the total's).
        Assert.Equal(
            [(Utc("2026-03-02"), "chat"), (Utc("2026-03-02"), "email"), (Utc("2026-03-02"), "phone"), (Utc("2026-03-09"), "chat"), (Utc("2026-03-09"), "email")],
            rows.Select(r => ((DateTimeOffset)r["period_start"]!, (string)r["value"]!)));
        Assert.All(rows, r => Assert.Equal("channel", r["dimension"]));

        // W1 chat: C2, C3 created; FRT sorted 30, 60: median 30 + 0.5*30 = 45, p90 30 + 0.9*30 = 57, mean 45;
        //   solved C2 (48 h, 2 replies: FCR 0/1 = 0%); C3 open: backlog 1.
        Expect(rows[0], new()
        {
            ["tickets_created"] = 2L,
            ["tickets_solved"] = 1L,
            ["backlog_end"] = 1L,
            ["frt_n"] = 2L,
            ["frt_median_min"] = 45.0,
            ["frt_p90_min"] = 57.0,
            ["frt_mean_min"] = 45.0,
            ["resolution_n"] = 1L,
            ["mttr_hours"] = 48.0,
            ["fcr_n"] = 1L,
            ["fcr_pct"] = 0.0,
            ["reopen_pct"] = 0.0,
        });

        // W1 email: C1: FRT 10, 2 h, FCR 100%.
        Expect(rows[1], new()
        {
            ["tickets_created"] = 1L,
            ["tickets_solved"] = 1L,
            ["backlog_end"] = 0L,
            ["frt_n"] = 1L,
            ["frt_median_min"] = 10.0,
            ["resolution_n"] = 1L,
            ["mttr_hours"] = 2.0,
            ["fcr_n"] = 1L,
            ["fcr_pct"] = 100.0,
        });

        // W1 phone: C5: FRT 40, 24 h, FCR 100%.
        Expect(rows[2], new()
        {
            ["tickets_created"] = 1L,
            ["tickets_solved"] = 1L,
            ["backlog_end"] = 0L,
            ["frt_n"] = 1L,
            ["frt_median_min"] = 40.0,
            ["resolution_n"] = 1L,
            ["mttr_hours"] = 24.0,
            ["fcr_n"] = 1L,
            ["fcr_pct"] = 100.0,
        });

        // W2 chat: only C3's backlog.
        Expect(rows[3], new()
        {
            ["tickets_created"] = 0L,
            ["tickets_solved"] = 0L,
            ["backlog_end"] = 1L,
            ["frt_n"] = 0L,
            ["frt_median_min"] = null,
            ["resolution_n"] = 0L,
            ["mttr_hours"] = null,
            ["fcr_n"] = 0L,
            ["fcr_pct"] = null,
            ["reopen_pct"] = null,
        });

        // W2 email: C4: FRT 20, 4 h, reopened: FCR 0%, reopen 100%.
        Expect(rows[4], new()
        {
            ["tickets_created"] = 1L,
            ["tickets_solved"] = 1L,
            ["backlog_end"] = 0L,
            ["frt_n"] = 1L,
            ["frt_median_min"] = 20.0,
            ["resolution_n"] = 1L,
            ["mttr_hours"] = 4.0,
            ["fcr_n"] = 1L,
            ["fcr_pct"] = 0.0,
            ["reopen_pct"] = 100.0,
        });

        AssertCountsAddUpToTotals(rows, KpiWarehouse.Rows(wh.Kpi("2026-03-02", "2026-03-15")));
    }

    /// <summary>
    /// Every ticket has exactly one value of a dimension, so per period the values' counts add up to the total
    /// row's. Totals of <see cref="DimensionTickets"/>: W1 created 4 (C1, C2, C3, C5), solved 3, backlog 1 (C3),
    /// answered 4, solved with a reply 3 (fcr_n; C1, C2, C5 also zero_touch_n: every reply count is known and
    /// none is 0); W2 created 1 (C4), solved 1, backlog 1 (C3), answered 1, fcr_n and zero_touch_n 1.
    /// </summary>
    private static void AssertCountsAddUpToTotals(List<Dictionary<string, object?>> byValue, List<Dictionary<string, object?>> totals)
    {
        Expect(totals[0], new() { ["tickets_created"] = 4L, ["tickets_solved"] = 3L, ["backlog_end"] = 1L, ["frt_n"] = 4L, ["fcr_n"] = 3L, ["zero_touch_n"] = 3L, ["zero_touch_pct"] = 0.0 });
        Expect(totals[1], new() { ["tickets_created"] = 1L, ["tickets_solved"] = 1L, ["backlog_end"] = 1L, ["frt_n"] = 1L, ["fcr_n"] = 1L, ["zero_touch_n"] = 1L, ["zero_touch_pct"] = 0.0 });
        string[] counts = ["tickets_created", "tickets_solved", "backlog_end", "frt_n", "resolution_n", "fcr_n", "zero_touch_n"];
        foreach (var total in totals)
        {
            var start = (DateTimeOffset)total["period_start"]!;
            var values = byValue.Where(r => (DateTimeOffset)r["period_start"]! == start).ToList();
            foreach (var column in counts)
            {
                Assert.Equal((column, (long)total[column]!), (column, values.Sum(r => (long)r[column]!)));
            }
        }
    }

    /// <summary>One canonical ticket row; times "MM-dd HH:mm" in March 2026 UTC; status solved when solved_at is given, else open.</summary>
    private static string Ticket(string id, string created, string? response = null, string? solved = null, string? status = null,
        string? firstSolved = null, string channel = "email", string category = "Billing", string priority = "normal",
        string reopens = "0", string replies = "1", string frtMinutes = "") =>
        string.Join(',', id, At(created), At(response), At(solved), At(firstSolved), status ?? (solved is null ? "open" : "solved"),
            channel, category, priority, reopens, replies, frtMinutes);

    /// <summary>"03-02 09:00" -> "2026-03-02T09:00:00Z".</summary>
    private static string At(string? time) => time is null ? "" : "2026-" + time.Replace(' ', 'T') + ":00Z";

    private static DateTimeOffset Utc(string date) => Local(date, TimeSpan.Zero);

    private static DateTimeOffset Local(string date, TimeSpan offset) =>
        new(DateOnly.Parse(date, CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), offset);

    /// <summary>
    /// The named columns of a KPI row are the expected values: integers as long, other numbers as double (to 1e-9
    /// relative), null as a missing value (a NaN or 0 is not null), instants with their offset.
    /// </summary>
    private static void Expect(Dictionary<string, object?> row, Dictionary<string, object?> expected) =>
        Assert.Equal<KeyValuePair<string, object?>>(
            expected,
            expected.Keys.Select(column => KeyValuePair.Create(column, row.TryGetValue(column, out var value) ? value : NoSuchColumn)),
            SameColumnValue);

    private const string NoSuchColumn = "(no such column)";

    private static bool SameColumnValue(KeyValuePair<string, object?> expected, KeyValuePair<string, object?> actual) =>
        expected.Key == actual.Key && expected.Value switch
        {
            null => actual.Value is null,
            double d => actual.Value is double g && Math.Abs(g - d) <= 1e-9 * Math.Max(1, Math.Abs(d)),
            DateTimeOffset t => actual.Value is DateTimeOffset g && g == t && g.Offset == t.Offset,
            var want => Equals(want, actual.Value),
        };
}
