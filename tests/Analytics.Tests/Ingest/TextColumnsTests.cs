using System.Text.Json;
using Analytics.Pipeline.Ingest;
using Analytics.Tests.Support;

namespace Analytics.Tests.Ingest;

/// <summary>
/// What customers write (docs/voc.md, "Text in the warehouse"): a ticket's description and a comment event's body, from
/// every format that carries them, loaded exactly as written whatever they hold; null where a format or file has none.
/// </summary>
public sealed class TextColumnsTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    /// <summary>Untrusted text as customers write it: quotes, separators, line breaks of both kinds, other scripts, SQL.</summary>
    private static readonly string[] Awkward =
    [
        "He said \"it's broken\", twice.",
        "line one\nline two\r\nline three\n",
        "Жду ответа уже третий день; заказ №12345 — где он?",
        "emoji 😡👍 and a tab\tinside, a backslash C:\\Users\\x\\n and a NUL-free \u00a0non-breaking space",
        "'); DROP TABLE tickets; --",
        "{\"json\": [1, 2], \"quote\": \"\\\"\"}",
        "- ? NA 1900-01-01 00:00:00",
        // Longer than DuckDB's default 2 MB line: the reader's buffer takes it whole.
        string.Concat(Enumerable.Repeat("A very long pasted log line, with commas; and \"quotes\".\n", 60_000)),
    ];

    /// <summary>RFC 4180: every field quoted, quotes doubled, rows ending in a line feed.</summary>
    private static string Csv(IEnumerable<IEnumerable<string>> rows) =>
        string.Concat(rows.Select(r => string.Join(',', r.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\n"));

    private List<(string Id, string? Text)> Texts(string sql) =>
        [.. _w.Rows(sql).Select(r => ((string)r["id"]!, (string?)r["text"]))];

    private static List<(string, string?)> Numbered(IEnumerable<string?> texts, Func<int, string> id) =>
        [.. texts.Select((t, i) => (id(i + 1), t))];

    [Fact]
    public void Canonical_descriptions_load_exactly_as_written_and_a_blank_one_is_null()
    {
        var rows = Awkward.Append("").Append("   ")
            .Select((text, i) => new[] { $"T{i + 1}", "2026-03-02T09:00:00Z", "Subject", text });
        var path = _w.Write("tickets.csv", Csv(rows.Prepend(["ticket_id", "created_at", "subject", "description"])));

        var result = _w.Ingest(path);

        Assert.Equal((10L, 10L, 0L), (result.RowsRead, result.RowsLoaded, result.Quarantined));
        Assert.Equal(Numbered(Awkward.Append(null).Append(null), i => $"T{i}"),
            Texts("SELECT ticket_id AS id, description AS text FROM tickets ORDER BY length(ticket_id), ticket_id"));
        Assert.Equal(0L, _w.Scalar<long>("SELECT count(*) FROM tickets WHERE extra IS NOT NULL")); // a known column, not extra
    }

    [Fact]
    public void Canonical_json_lines_descriptions_load_exactly_as_written()
    {
        var lines = Awkward.Select((text, i) => JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["ticket_id"] = $"J{i + 1}",
            ["created_at"] = "2026-03-02T09:00:00Z",
            ["description"] = text,
        }));
        var path = _w.Write("tickets.jsonl", string.Join('\n', lines) + "\n");

        Assert.Equal(8L, _w.Ingest(path).RowsLoaded);
        Assert.Equal(Numbered(Awkward, i => $"J{i}"), Texts("SELECT ticket_id AS id, description AS text FROM tickets ORDER BY ticket_id"));
    }

    [Fact]
    public void A_later_version_of_a_ticket_brings_its_description_and_an_older_one_does_not()
    {
        string File(string name, string header, params string[] rows) => _w.Write(name, header + "\n" + string.Join("\n", rows) + "\n");

        // A file without the column: null, as any optional column missing from a file.
        _w.Ingest(File("a.csv", "ticket_id,created_at,updated_at,subject", "T1,2026-03-02T09:00:00Z,2026-03-02T09:00:00Z,Refund"));
        Assert.Null(_w.Scalar<string?>("SELECT description FROM tickets"));

        _w.Ingest(File("b.csv", "ticket_id,created_at,updated_at,subject,description",
            "T1,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,Refund,\"I was charged twice, please refund.\""));
        Assert.Equal("I was charged twice, please refund.", _w.Scalar<string?>("SELECT description FROM tickets"));

        // An older version (earlier updated_at) does not replace it.
        _w.Ingest(File("c.csv", "ticket_id,created_at,updated_at,subject,description",
            "T1,2026-03-02T09:00:00Z,2026-03-02T09:30:00Z,Refund,An older text"));
        Assert.Equal("I was charged twice, please refund.", _w.Scalar<string?>("SELECT description FROM tickets"));

        // A newer one replaces the row whole, its description with it.
        _w.Ingest(File("d.csv", "ticket_id,created_at,updated_at,subject,description",
            "T1,2026-03-02T09:00:00Z,2026-03-02T11:00:00Z,Refund,\"Still not refunded.\nSecond time I write!\""));
        Assert.Equal(("Still not refunded.\nSecond time I write!", 1L),
            (_w.Scalar<string?>("SELECT description FROM tickets"), _w.Scalar<long>("SELECT count(*) FROM tickets")));
    }

    [Fact]
    public void Zendesk_description_is_the_ticket_description()
    {
        var rows = Awkward.Select((text, i) => new[] { $"{i + 1}", "2026-03-02 09:00:00", "Solved", "Subject", text, "Not Offered" });
        var path = _w.Write("zendesk.csv", Csv(rows.Prepend(["Id", "Created at", "Status", "Subject", "Description", "Satisfaction Score"])));

        var result = _w.Ingest(path);

        Assert.Equal(("zendesk", 8L), (result.Vendor, result.RowsLoaded));
        Assert.Equal(Numbered(Awkward, i => $"{i}"), Texts("SELECT ticket_id AS id, description AS text FROM tickets ORDER BY length(ticket_id), ticket_id"));
        Assert.Equal(0L, _w.Scalar<long>("SELECT count(*) FROM tickets WHERE extra->>'Description' IS NOT NULL"));
    }

    [Fact]
    public void Freshdesk_description_is_the_ticket_description()
    {
        var rows = Awkward.Select((text, i) => new[] { $"{i + 1}", "02/03/2026 09:00", "02/03/2026 10:00", "Resolved", "Subject", text });
        var path = _w.Write("freshdesk.csv", Csv(rows.Prepend(["Ticket ID", "Created time", "Resolved time", "Status", "Subject", "Description"])));

        var result = _w.Ingest(path);

        Assert.Equal(("freshdesk", 8L), (result.Vendor, result.RowsLoaded));
        Assert.Equal(Numbered(Awkward, i => $"{i}"), Texts("SELECT ticket_id AS id, description AS text FROM tickets ORDER BY length(ticket_id), ticket_id"));
    }

    [Fact]
    public void Vendor_files_without_a_description_and_servicenow_leave_it_null()
    {
        _w.Ingest(Fixtures.Path("zendesk/tickets.csv"), new IngestOptions { TimeZone = "Europe/Berlin" });
        _w.Ingest(Fixtures.Path("freshdesk/tickets.csv"));
        _w.Ingest(Fixtures.Path("servicenow/incident_event_log.csv"));

        Assert.Equal(
            [("freshdesk", 0L), ("servicenow", 0L), ("zendesk", 0L)],
            _w.Rows("SELECT source, count(description) AS n FROM tickets GROUP BY source ORDER BY source").Select(r => ((string)r["source"]!, (long)r["n"]!)));
        Assert.Equal(0L, _w.Scalar<long>("SELECT count(body) FROM ticket_events")); // ServiceNow's status events
    }

    [Fact]
    public void Comment_events_carry_their_body_as_written()
    {
        var rows = Awkward.Select((text, i) => new[] { "T1", $"2026-03-02T09:{i:D2}:00Z", i % 2 == 0 ? "customer" : "agent", "true", "comment", "", text })
            .Append(["T1", "2026-03-02T10:00:00Z", "system", "", "status", "solved", ""]);
        var path = _w.Write("events.csv", Csv(rows.Prepend(["ticket_id", "at", "actor", "public", "type", "status", "body"])));

        Assert.Equal(9L, _w.Ingest(path).RowsLoaded);

        Assert.Equal(Numbered(Awkward.Append(null), i => $"{i}"),
            Texts("SELECT CAST(row_number() OVER (ORDER BY \"at\") AS VARCHAR) AS id, body AS text FROM ticket_events ORDER BY \"at\""));
    }

    [Fact]
    public void Events_without_a_body_column_load_with_a_null_body()
    {
        var loaded = _w.Ingest(Fixtures.Path("canonical/ticket_events.csv")).RowsLoaded;

        Assert.Equal(loaded, _w.Scalar<long>("SELECT count(*) FROM ticket_events WHERE body IS NULL"));
        Assert.True(loaded > 0);
    }

    [Fact]
    public void A_record_longer_than_the_reader_takes_refuses_the_file_with_a_message_naming_it()
    {
        var text = new string('a', 33 << 20);
        var path = _w.Write("huge.csv", "ticket_id,created_at,description\nT1,2026-03-02T09:00:00Z,ok\nT2,2026-03-02T09:00:00Z," + text + "\n");

        var ex = Assert.Throws<UserInputException>(() => _w.Ingest(path));

        Assert.Equal($"{path}: a record is longer than the 32 MiB the reader takes (the one starting 'T2,2026-03-02T09:00:00Z,{new string('a', 36)}...'); " +
            "nothing was loaded. Shorten its text or split the file.", ex.Message);
        Assert.Equal(0L, _w.Scalar<long>("SELECT count(*) FROM tickets"));
    }

    [Fact]
    public void The_text_columns_are_documented_in_the_warehouse()
    {
        var comments = _w.Rows(
            "SELECT table_name || '.' || column_name AS name, comment FROM duckdb_columns() " +
            "WHERE (table_name, column_name) IN (('tickets', 'description'), ('ticket_events', 'body')) ORDER BY name");

        Assert.Equal(["ticket_events.body", "tickets.description"], comments.Select(c => (string)c["name"]!));
        Assert.All(comments, c => Assert.Contains("untrusted text", (string)c["comment"]!, StringComparison.Ordinal));
    }
}
