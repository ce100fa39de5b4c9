using Analytics.Pipeline.Text;
using Analytics.Pipeline.Warehouse;
using Analytics.Tests.Support;

namespace Analytics.Tests.Text;

/// <summary>
/// A ticket's sentiment is of its subject and its description (docs/voc.md): both are read, and a ticket whose
/// description changes is scored again. Scores as worked out in <see cref="LexiconSentimentTests"/> and
/// <see cref="TextSentimentsTests"/>: "Invoice question" has no word of the lexicon; "The agent was rude." is −0.6;
/// "Thanks" 0.351123.
/// </summary>
public sealed class TicketTextTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    private string Tickets(string name, params string[] rows)
    {
        var path = Path.Combine(_w.Folder, name);
        File.WriteAllLines(path, ["ticket_id,created_at,updated_at,subject,description", .. rows]);
        return path;
    }

    private List<(string, double, string)> Scores() =>
        [.. _w.Rows("SELECT ticket_id, round(score, 6) AS score, label FROM ticket_sentiment ORDER BY ticket_id")
            .Select(r => ((string)r["ticket_id"]!, (double)r["score"]!, (string)r["label"]!))];

    [Fact]
    public void The_text_scored_is_the_subject_a_line_break_and_the_description()
    {
        _w.Ingest(Tickets("t.csv",
            "T1,2026-03-02T09:00:00Z,,Invoice question,The agent was rude.",
            "T2,2026-03-02T09:00:00Z,,,The agent was rude.",
            "T3,2026-03-02T09:00:00Z,,Invoice question,",
            "T4,2026-03-02T09:00:00Z,,,"));

        var pending = _w.Rows(SqlFiles.Read("text/pending_tickets.sql"), new { limit = 100, model = LexiconSentiment.Model })
            .Select(r => ((string)r["id"]!, (string)r["text"]!, (ulong)r["text_hash"]!)).OrderBy(r => r.Item1).ToList();
        Assert.Equal(
            [("T1", "Invoice question\nThe agent was rude."), ("T2", "The agent was rude."), ("T3", "Invoice question"), ("T4", "")],
            pending.Select(r => (r.Item1, r.Item2)));
        Assert.All(pending, r => Assert.Equal(_w.Scalar<ulong>("SELECT hash($text)", new { text = r.Item2 }), r.Item3)); // hashed over the same text

        Assert.Equal(4, TextSentiments.Refresh(_w.Db));
        // The description carries the tone the subject lacks; a ticket with neither is neutral.
        Assert.Equal([("T1", -0.6, "negative"), ("T2", -0.6, "negative"), ("T3", 0.0, "neutral"), ("T4", 0.0, "neutral")], Scores());
    }

    [Fact]
    public void A_changed_description_is_scored_again_and_only_that_ticket()
    {
        _w.Ingest(Tickets("v1.csv",
            "T1,2026-03-02T09:00:00Z,2026-03-02T09:00:00Z,Invoice question,Thanks",
            "T2,2026-03-02T09:00:00Z,2026-03-02T09:00:00Z,Invoice question,Thanks"));
        Assert.Equal(2, TextSentiments.Refresh(_w.Db));
        Assert.Equal([("T1", 0.351123, "positive"), ("T2", 0.351123, "positive")], Scores());

        // A later version of T1 with the same subject and another description; T2 comes again unchanged.
        _w.Ingest(Tickets("v2.csv",
            "T1,2026-03-02T09:00:00Z,2026-03-03T09:00:00Z,Invoice question,The agent was rude.",
            "T2,2026-03-02T09:00:00Z,2026-03-03T09:00:00Z,Invoice question,Thanks"));

        Assert.Equal(1, TextSentiments.Refresh(_w.Db));
        Assert.Equal([("T1", -0.6, "negative"), ("T2", 0.351123, "positive")], Scores());
        Assert.Equal(0, TextSentiments.Refresh(_w.Db));
    }

    [Fact]
    public void A_ticket_without_a_description_keeps_the_hash_of_its_subject_so_an_upgraded_warehouse_scores_nothing_again()
    {
        _w.Ingest(Tickets("t.csv", "T1,2026-03-02T09:00:00Z,,Invoice question,", "T2,2026-03-02T09:00:00Z,,,"));
        TextSentiments.Refresh(_w.Db);

        // What the scores of the subject alone were stored with (queries/text/pending_tickets.sql before descriptions).
        Assert.Equal(2L, _w.Scalar<long>(
            "SELECT count(*) FROM ticket_sentiments s JOIN tickets t USING (source, ticket_id) WHERE s.text_hash = hash(coalesce(t.subject, ''))"));
    }
}
