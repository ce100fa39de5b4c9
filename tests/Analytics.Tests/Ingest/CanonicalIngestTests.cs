using Analytics.Tests.Support;
using static Analytics.Tests.Support.Fixtures;

namespace Analytics.Tests.Ingest;

/// <summary>Every row of the canonical fixtures, loaded or quarantined, checked against the fixture by hand.</summary>
public sealed class CanonicalIngestTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public void Tickets_csv_loads_valid_rows_and_quarantines_the_rest_with_line_and_reason()
    {
        var result = _w.Ingest(Fixtures.Path("canonical/tickets.csv"));

        // 9 data rows: T-1, T-2, T-6 (newer of two), T-7 load; the older T-6 is a duplicate;
        // T-3, T-4, T-5 and the row without id are quarantined.
        Assert.Equal(("tickets", "canonical", 9L, 4L, 1L, 4L),
            (result.Kind.Name, result.Vendor, result.RowsRead, result.RowsLoaded, result.Duplicates, result.Quarantined));

        var tickets = _w.Rows("SELECT * FROM tickets ORDER BY ticket_id");
        Assert.Equal(["T-1", "T-2", "T-6", "T-7"], tickets.Select(t => t["ticket_id"]));

        var t1 = tickets[0];
        Assert.Equal(Utc("2026-03-02T09:00:00Z"), t1["created_at"]);
        Assert.Equal(Utc("2026-03-02T09:30:00Z"), t1["first_response_at"]);
        Assert.Equal(Utc("2026-03-02T11:00:00Z"), t1["solved_at"]);
        Assert.Null(t1["closed_at"]);
        Assert.Equal("Invoice\nquestion", t1["subject"]); // a quoted field holding a line break
        Assert.Equal(new List<string> { "billing", "invoice" }, t1["tags"]);
        Assert.Equal("{\"region\":\"EU\"}", t1["extra"]); // unknown column kept, not dropped
        Assert.Equal((0, 1), (t1["reopens"], t1["agent_replies"]));

        var t2 = tickets[1];
        Assert.Equal(Utc("2026-03-02T10:00:00Z"), t2["created_at"]); // no offset: the source zone (UTC by default)
        Assert.Equal(("chat", "high", "open"), (t2["channel"], t2["priority"], t2["status"])); // case folded
        Assert.Null(t2["reopens"]);

        var t6 = tickets[2];
        Assert.Equal(("closed", "reopened", 1, 3, "Доставка"), (t6["status"], t6["subject"], t6["reopens"], t6["agent_replies"], t6["category"]));
        Assert.Equal(new List<string> { "vip" }, t6["tags"]);
        Assert.Equal("deleted", tickets[3]["status"]); // loaded; KPIs leave deleted tickets out

        var quarantine = _w.Rows("SELECT line, reason, raw->>'ticket_id' AS id FROM quarantine ORDER BY line");
        Assert.Equal(
        [
            (5L, "created_at: '2026-03-02T25:00:00Z' is not a timestamp", "T-3"),
            (6L, "solved_at is before created_at", "T-4"),
            (7L, "channel: 'fax' is not one of email, chat, phone, web, social, messaging, api, other; reopens is negative; agent_replies: 'x' is not a whole number", "T-5"),
            (8L, "ticket_id is missing", null),
        ], quarantine.Select(q => ((long)q["line"]!, (string)q["reason"]!, (string?)q["id"])));
    }

    [Fact]
    public void Tickets_json_lines_load_and_a_line_that_is_not_json_is_quarantined()
    {
        var result = _w.Ingest(Fixtures.Path("canonical/tickets.jsonl"));

        Assert.Equal((4L, 2L, 0L, 2L), (result.RowsRead, result.RowsLoaded, result.Duplicates, result.Quarantined));
        var tickets = _w.Rows("SELECT ticket_id, status, reopens, channel, priority FROM tickets ORDER BY ticket_id");
        Assert.Equal(("J-1", "solved", 0, "api"), (tickets[0]["ticket_id"], tickets[0]["status"], tickets[0]["reopens"], tickets[0]["channel"]));
        Assert.Equal(("J-2", "urgent"), (tickets[1]["ticket_id"], tickets[1]["priority"]));
        var quarantine = _w.Rows("SELECT line, reason, raw FROM quarantine ORDER BY line");
        Assert.Equal((4L, "not a JSON object", "this is not json"), ((long)quarantine[0]["line"]!, quarantine[0]["reason"], quarantine[0]["raw"]));
        Assert.Equal((5L, "created_at: 'yesterday' is not a timestamp"), ((long)quarantine[1]["line"]!, quarantine[1]["reason"]));
    }

    [Fact]
    public void Surveys_with_bom_and_semicolons_check_each_scale()
    {
        var result = _w.Ingest(Fixtures.Path("canonical/surveys.csv"));

        Assert.Equal((9L, 3L, 1L, 5L), (result.RowsRead, result.RowsLoaded, result.Duplicates, result.Quarantined));
        var surveys = _w.Rows("SELECT response_id, survey, score, scale_max, responded_at, comment FROM surveys ORDER BY response_id");
        Assert.Equal(("R1", "csat", 5.0, 5.0, "Great; fast"), (surveys[0]["response_id"], surveys[0]["survey"], surveys[0]["score"], surveys[0]["scale_max"], surveys[0]["comment"]));
        Assert.Equal(Utc("2026-03-02T12:00:00Z"), surveys[0]["responded_at"]); // the later of the two R1 rows
        Assert.Equal(("R2", "csat", 9.0, 10.0), (surveys[1]["response_id"], surveys[1]["survey"], surveys[1]["score"], surveys[1]["scale_max"]));
        Assert.Equal(("R3", "nps", 10.0, 10.0), (surveys[2]["response_id"], surveys[2]["survey"], surveys[2]["score"], surveys[2]["scale_max"]));

        Assert.Equal(
        [
            (5L, "score 11 is outside the nps scale 0-10"),
            (6L, "score 0 is outside the ces scale 1-7"),
            (7L, "responded_at is missing"),
            (8L, "survey: 'poll' is not one of csat, nps, ces"),
            (9L, "score: 'four' is not a number"),
        ], _w.Rows("SELECT line, reason FROM quarantine ORDER BY line").Select(q => ((long)q["line"]!, (string)q["reason"]!)));
    }

    [Fact]
    public void Customers_load_and_churn_before_signup_is_quarantined()
    {
        var result = _w.Ingest(Fixtures.Path("canonical/customers.csv"));

        Assert.Equal((5L, 2L, 0L, 3L), (result.RowsRead, result.RowsLoaded, result.Duplicates, result.Quarantined));
        var customers = _w.Rows("SELECT customer_id, churned_at, mrr FROM customers ORDER BY customer_id");
        Assert.Equal(("C1", null, 49.00m), (customers[0]["customer_id"], customers[0]["churned_at"], customers[0]["mrr"]));
        Assert.Equal(("C2", Utc("2026-02-01T00:00:00Z"), 199.50m), (customers[1]["customer_id"], customers[1]["churned_at"], customers[1]["mrr"]));
        Assert.Equal(
        [
            (4L, "churned_at is before created_at"),
            (5L, "created_at is missing"),
            (6L, "mrr is negative"),
        ], _w.Rows("SELECT line, reason FROM quarantine ORDER BY line").Select(q => ((long)q["line"]!, (string)q["reason"]!)));
    }

    [Fact]
    public void Ticket_events_load_once_each()
    {
        var result = _w.Ingest(Fixtures.Path("canonical/ticket_events.csv"));

        Assert.Equal(("ticket_events", 6L, 4L, 1L, 1L), (result.Kind.Name, result.RowsRead, result.RowsLoaded, result.Duplicates, result.Quarantined));
        var events = _w.Rows("SELECT actor, public, type, status FROM ticket_events ORDER BY \"at\"");
        Assert.Equal(
        [
            ("customer", (object?)true, "comment", (object?)null),
            ("bot", true, "comment", null),
            ("agent", true, "comment", null),
            ("agent", null, "status", "solved"),
        ], events.Select(e => ((string)e["actor"]!, e["public"], (string)e["type"]!, e["status"])));
        Assert.Equal(
            "type: 'reply' is not one of comment, status; actor: 'robot' is not one of customer, agent, bot, system; public: 'maybe' is not true or false",
            _w.Scalar<string>("SELECT reason FROM quarantine WHERE line = 7"));
    }
}
