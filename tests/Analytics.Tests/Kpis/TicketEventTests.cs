using Analytics.Tests.Support;

namespace Analytics.Tests.Kpis;

/// <summary>
/// Sources that send ticket events: the first public agent comment is the first response (a bot's or an
/// internal reply is not), and reopen cycles are counted from status events when the ticket row has none.
/// </summary>
public sealed class TicketEventTests
{
    private const string Tickets = "ticket_id,created_at,first_response_at,solved_at,status,agent_replies,reopens";
    private const string Events = "ticket_id,at,actor,public,type,status";

    [Fact]
    public void First_response_skips_bot_and_internal_replies()
    {
        using var k = new KpiWarehouse();
        // T1: created 09:00; the export's first_response_at (09:05) is a bot's reply. Events: bot 09:05,
        //     internal agent note 09:20, public agent reply 09:45 -> FRT = 45 min.
        // T2: no events -> the ticket's own first_response_at, 09:00 -> 10:00 = 60 min.
        k.Load(Tickets,
            "T1,2026-03-02T09:00:00Z,2026-03-02T09:05:00Z,2026-03-02T12:00:00Z,solved,1,0",
            "T2,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,2026-03-02T12:00:00Z,solved,1,0");
        k.Load(Events,
            "T1,2026-03-02T09:00:00Z,customer,true,comment,",
            "T1,2026-03-02T09:05:00Z,bot,true,comment,",
            "T1,2026-03-02T09:20:00Z,agent,false,comment,",
            "T1,2026-03-02T09:45:00Z,agent,true,comment,",
            "T1,2026-03-02T12:00:00Z,agent,,status,solved");

        var row = KpiWarehouse.Single(k.Kpi("2026-03-02", "2026-03-02"));

        // FRTs {45, 60}: n = 2, mean 52.5, median (45 + 60) / 2 = 52.5, p90 at position 0.9 -> 45 + 0.9 * 15 = 58.5.
        Assert.Equal(2L, row["frt_n"]);
        Assert.Equal(52.5, (double)row["frt_mean_min"]!, 9);
        Assert.Equal(52.5, (double)row["frt_median_min"]!, 9);
        Assert.Equal(58.5, (double)row["frt_p90_min"]!, 9);
    }

    [Fact]
    public void Reopen_cycles_come_from_status_events_when_the_ticket_row_has_no_count()
    {
        using var k = new KpiWarehouse();
        // T1 (no reopens, no solved_at given, status solved): solved Mon 2 Mar 10:00, reopened Tue 3 Mar,
        // solved again Mon 9 Mar 09:00 -> one reopen; latest solve in the week of 9 Mar;
        // resolution = 2 Mar 09:00 -> 9 Mar 09:00 = 168 h.
        k.Load("ticket_id,created_at,status,agent_replies",
            "T1,2026-03-02T09:00:00Z,solved,2");
        k.Load(Events,
            "T1,2026-03-02T10:00:00Z,agent,,status,solved",
            "T1,2026-03-03T08:00:00Z,customer,,status,open",
            "T1,2026-03-09T09:00:00Z,agent,,status,solved");

        var weeks = KpiWarehouse.Rows(k.Kpi("2026-03-02", "2026-03-09"));

        Assert.Equal([0L, 1L], weeks.Select(w => (long)w["tickets_solved"]!));
        Assert.Equal(168.0, (double)weeks[1]["mttr_hours"]!, 9);
        Assert.Equal(100.0, (double)weeks[1]["reopen_pct"]!, 9);
        Assert.Equal(0.0, (double)weeks[1]["fcr_pct"]!, 9);
        // Backlog: open at the end of the first week (its solve then was undone), closed at the end of the second.
        Assert.Equal([1L, 0L], weeks.Select(w => (long)w["backlog_end"]!));
    }
}
