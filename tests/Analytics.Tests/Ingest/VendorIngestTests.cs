using Analytics.Pipeline.Ingest;
using Analytics.Tests.Support;
using static Analytics.Tests.Support.Fixtures;

namespace Analytics.Tests.Ingest;

/// <summary>Vendor exports with their real-world quirks, every row's fate checked.</summary>
public sealed class VendorIngestTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public void Zendesk_export_with_its_quirks_loads_tickets_and_csat()
    {
        // Account time zone Europe/Berlin; March 2026 before the DST change is UTC+1.
        var result = _w.Ingest(Fixtures.Path("zendesk/tickets.csv"), new IngestOptions { TimeZone = "Europe/Berlin" });

        Assert.Equal(("zendesk", "tickets", 6L, 4L, 0L, 2L), (result.Vendor, result.Kind.Name, result.RowsRead, result.RowsLoaded, result.Duplicates, result.Quarantined));
        var t = _w.Rows("SELECT * FROM tickets ORDER BY ticket_id").ToDictionary(r => (string)r["ticket_id"]!);
        Assert.Equal(["101", "102", "103", "104"], t.Keys);

        Assert.Equal(Utc("2026-03-02T08:00:00Z"), t["101"]["created_at"]);
        Assert.Equal(Utc("2026-03-02T13:00:00Z"), t["101"]["solved_at"]);
        Assert.Equal(("solved", "email", "normal", "Billing", "5001", "Anna", "Billing Team"),
            (t["101"]["status"], t["101"]["channel"], t["101"]["priority"], t["101"]["category"], t["101"]["customer_id"], t["101"]["agent_id"], t["101"]["team"]));
        Assert.Equal(new List<string> { "refund", "billing" }, t["101"]["tags"]); // space-separated in Zendesk
        // Only the business-hours variants are in this export: kept as given, calendar ones stay unknown.
        Assert.Equal((30.0, 300.0, null, null), (t["101"]["frt_business_minutes"], t["101"]["resolution_business_minutes"], t["101"]["frt_minutes"], t["101"]["resolution_minutes"]));
        Assert.Equal("{\"Ticket type\":\"Question\",\"Satisfaction Score\":\"Good\",\"Product [list]\":\"Pro\"}", t["101"]["extra"]);

        Assert.Null(t["102"]["solved_at"]);          // 1900-01-01 00:00:00 = never solved
        Assert.Null(t["102"]["agent_id"]);           // '-' = no value
        Assert.Equal(("open", "web", "high", "Login & Access"), (t["102"]["status"], t["102"]["channel"], t["102"]["priority"], t["102"]["category"]));

        Assert.Null(t["103"]["priority"]);           // '-'
        Assert.Null(t["103"]["category"]);           // '-'
        Assert.Equal(("closed", "phone", 1, 3), (t["103"]["status"], t["103"]["channel"], t["103"]["reopens"], t["103"]["agent_replies"]));
        Assert.Equal(("chat", "urgent", "Payments"), (t["104"]["channel"], t["104"]["priority"], t["104"]["category"]));

        Assert.Equal(
        [
            (6L, "frt_business_minutes is a negative duration"),
            (7L, "created_at: '2026-02-30 09:00:00' is not a timestamp"),
        ], _w.Rows("SELECT line, reason FROM quarantine ORDER BY line").Select(q => ((long)q["line"]!, (string)q["reason"]!)));

        // Good = 5, Bad = 1, a number as given; Offered / Not Offered are not responses. Dated at Solved at.
        var csat = Assert.Single(result.Derived);
        Assert.Equal(("surveys", 4L, 4L, 0L), (csat.Kind.Name, csat.RowsRead, csat.RowsLoaded, csat.Quarantined));
        Assert.Equal(
        [
            ("csat-101", 5.0, Utc("2026-03-02T13:00:00Z"), "101"),
            ("csat-103", 1.0, Utc("2026-03-03T17:00:00Z"), "103"),
            ("csat-104", 4.0, Utc("2026-03-03T10:30:00Z"), "104"),
            ("csat-106", 5.0, Utc("2026-03-04T08:00:00Z"), "106"),
        ], _w.Rows("SELECT response_id, score, responded_at, ticket_id FROM surveys WHERE survey = 'csat' AND scale_max = 5 ORDER BY response_id")
            .Select(s => ((string)s["response_id"]!, (double)s["score"]!, (DateTime)s["responded_at"]!, (string)s["ticket_id"]!)));
    }

    [Fact]
    public void Zendesk_requester_wait_times_load_as_given_and_a_negative_one_is_quarantined()
    {
        var path = _w.Write("zendesk-wait.csv",
            "Id,Created at,Updated at,Solved at,Status,Requester wait time in minutes,Requester wait time in minutes within business hours\n" +
            "1,2026-03-02 09:00:00,2026-03-02 15:00:00,2026-03-02 14:00:00,Solved,125.5,65\n" +
            "2,2026-03-02 10:00:00,2026-03-02 10:30:00,1900-01-01 00:00:00,Open,-,-\n" +
            "3,2026-03-02 11:00:00,2026-03-02 12:00:00,2026-03-02 12:00:00,Solved,-5,10\n" +
            "4,2026-03-02 12:00:00,2026-03-02 13:00:00,2026-03-02 13:00:00,Solved,soon,10\n");

        var result = _w.Ingest(path);

        Assert.Equal(("zendesk", 4L, 2L, 2L), (result.Vendor, result.RowsRead, result.RowsLoaded, result.Quarantined));
        Assert.Equal([("1", 125.5, 65.0), ("2", (double?)null, (double?)null)],
            _w.Rows("SELECT ticket_id, requester_wait_minutes, requester_wait_business_minutes FROM tickets ORDER BY ticket_id")
                .Select(t => ((string)t["ticket_id"]!, (double?)t["requester_wait_minutes"], (double?)t["requester_wait_business_minutes"])));
        Assert.Equal(
        [
            (4L, "requester_wait_minutes is a negative duration"),
            (5L, "requester_wait_minutes: 'soon' is not a number of minutes"),
        ], _w.Rows("SELECT line, reason FROM quarantine ORDER BY line").Select(q => ((long)q["line"]!, (string)q["reason"]!)));
    }

    [Fact]
    public void Freshdesk_export_reads_day_first_dates_and_business_hour_durations()
    {
        var result = _w.Ingest(Fixtures.Path("freshdesk/tickets.csv"));

        Assert.Equal(("freshdesk", 4L, 3L, 1L), (result.Vendor, result.RowsRead, result.RowsLoaded, result.Quarantined));
        var t = _w.Rows("SELECT * FROM tickets ORDER BY ticket_id").ToDictionary(r => (string)r["ticket_id"]!);
        Assert.Equal(Utc("2026-03-02T09:00:00Z"), t["1"]["created_at"]);   // 02/03/2026 is 2 March
        Assert.Equal(Utc("2026-03-02T09:30:00Z"), t["1"]["first_response_at"]);
        Assert.Equal(Utc("2026-03-02T14:00:00Z"), t["1"]["solved_at"]);
        Assert.Equal(Utc("2026-03-03T09:00:00Z"), t["1"]["closed_at"]);
        Assert.Equal(("closed", "email", "normal", "Billing", "C1", 1, 30.0, 300.0),
            (t["1"]["status"], t["1"]["channel"], t["1"]["priority"], t["1"]["category"], t["1"]["customer_id"], t["1"]["agent_replies"], t["1"]["frt_business_minutes"], t["1"]["resolution_business_minutes"]));
        Assert.Equal(new List<string> { "refund", "billing" }, t["1"]["tags"]);
        Assert.Equal(Utc("2026-03-13T10:00:00Z"), t["2"]["created_at"]);   // 13/03: day first
        Assert.Equal(("open", "web", "high", null), (t["2"]["status"], t["2"]["channel"], t["2"]["priority"], t["2"]["agent_id"]));
        Assert.Equal(("solved", "phone", "urgent", 27 * 60 + 5.0), (t["3"]["status"], t["3"]["channel"], t["3"]["priority"], t["3"]["resolution_business_minutes"]));
        Assert.Equal("created_at: '31/02/2026 08:00' is not a timestamp", _w.Scalar<string>("SELECT reason FROM quarantine WHERE line = 5"));

        Assert.Equal([("csat-1", 5.0), ("csat-3", 2.0)],
            _w.Rows("SELECT response_id, score FROM surveys ORDER BY response_id").Select(s => ((string)s["response_id"]!, (double)s["score"]!)));
    }

    [Fact]
    public void ServiceNow_event_log_keeps_the_latest_row_per_incident_and_every_status_event()
    {
        var result = _w.Ingest(Fixtures.Path("servicenow/incident_event_log.csv"));

        // INC001: 3 rows, the last wins (2 superseded); INC002: the -100 row is quarantined, the Active row loads;
        // INC003: resolved before opened.
        Assert.Equal(("servicenow", 6L, 2L, 2L, 2L), (result.Vendor, result.RowsRead, result.RowsLoaded, result.Duplicates, result.Quarantined));
        var t = _w.Rows("SELECT * FROM tickets ORDER BY ticket_id").ToDictionary(r => (string)r["ticket_id"]!);
        Assert.Equal(("closed", "phone", "normal", "Category 55", "Group 56", "Resolver 3", "Caller 1", 0),
            (t["INC001"]["status"], t["INC001"]["channel"], t["INC001"]["priority"], t["INC001"]["category"], t["INC001"]["team"], t["INC001"]["agent_id"], t["INC001"]["customer_id"], t["INC001"]["reopens"]));
        Assert.Equal(Utc("2016-02-29T01:16:00Z"), t["INC001"]["created_at"]);
        Assert.Equal(Utc("2016-02-29T11:29:00Z"), t["INC001"]["solved_at"]);
        Assert.Equal(Utc("2016-03-05T12:00:00Z"), t["INC001"]["closed_at"]);
        Assert.Equal(("open", "email", "urgent"), (t["INC002"]["status"], t["INC002"]["channel"], t["INC002"]["priority"]));

        Assert.Equal(
        [
            (6L, "tickets", "status: '-100' is not one of new, open, pending, hold, solved, closed, deleted"),
            (6L, "ticket_events", "status: '-100' is not one of new, open, pending, hold, solved, closed, deleted"),
            (7L, "tickets", "solved_at is before created_at"),
        ], _w.Rows("SELECT line, kind, reason FROM quarantine ORDER BY line, kind DESC").Select(q => ((long)q["line"]!, (string)q["kind"]!, (string)q["reason"]!)));

        var events = Assert.Single(result.Derived);
        Assert.Equal(("ticket_events", 6L, 5L, 1L), (events.Kind.Name, events.RowsRead, events.RowsLoaded, events.Quarantined));
        Assert.Equal(["new", "solved", "closed"], _w.Rows("SELECT status FROM ticket_events WHERE ticket_id = 'INC001' ORDER BY \"at\"").Select(e => e["status"]));
    }
}
