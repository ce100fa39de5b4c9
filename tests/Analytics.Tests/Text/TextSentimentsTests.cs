using Analytics.Pipeline.Text;
using Analytics.Tests.Support;

namespace Analytics.Tests.Text;

/// <summary>
/// The sentiment of loaded texts in the warehouse (views ticket_sentiment, comment_sentiment): scored after the
/// ingest, again only for texts that are new or changed. Scores as worked out in <see cref="LexiconSentimentTests"/>.
/// </summary>
public sealed class TextSentimentsTests : IDisposable
{
    private readonly TempWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    private string Surveys(string name, params string[] rows)
    {
        var path = Path.Combine(_w.Folder, name);
        File.WriteAllLines(path, ["response_id,survey,score,scale_max,responded_at,ticket_id,customer_id,agent_id,comment", .. rows]);
        return path;
    }

    private List<(string, double, string, string)> Comments() =>
        [.. _w.Rows("SELECT response_id, round(score, 6) AS score, label, model FROM comment_sentiment ORDER BY response_id")
            .Select(r => ((string)r["response_id"]!, (double)r["score"]!, (string)r["label"]!, (string)r["model"]!))];

    [Fact]
    public void Comments_are_scored_once_and_again_only_when_their_text_changes()
    {
        _w.Ingest(Surveys("s1.csv",
            "R1,csat,1,5,2026-03-02T12:00:00Z,,C1,,The agent was rude.",
            "R2,csat,2,5,2026-03-02T12:00:00Z,,C2,,Очень долгая доставка",
            "R3,csat,5,5,2026-03-02T12:00:00Z,,C3,,Thanks",
            "R4,csat,4,5,2026-03-02T12:00:00Z,,C4,,"));

        Assert.Equal(3, TextSentiments.Refresh(_w.Db)); // R4 has no comment: nothing to score
        // Thanks: thank 0.375 → 0.375 / √1.140625
        Assert.Equal(
            [("R1", -0.6, "negative", "lexicon"), ("R2", -0.668965, "negative", "lexicon"), ("R3", 0.351123, "positive", "lexicon")],
            Comments());

        Assert.Equal(0, TextSentiments.Refresh(_w.Db)); // nothing new

        // A later answer replaces R1's; only it is scored again.
        _w.Ingest(Surveys("s2.csv", "R1,csat,1,5,2026-03-03T12:00:00Z,,C1,,The agent was very rude"));
        Assert.Equal(1, TextSentiments.Refresh(_w.Db));
        Assert.Equal(("R1", -0.707107, "negative", "lexicon"), Comments()[0]);
    }

    [Fact]
    public void A_first_load_is_scored_in_batches_and_every_text_gets_its_score()
    {
        _w.Ingest(Surveys("s1.csv",
            "R1,csat,1,5,2026-03-02T12:00:00Z,,C1,,The agent was rude.",
            "R2,csat,2,5,2026-03-02T12:00:00Z,,C2,,Очень долгая доставка",
            "R3,csat,5,5,2026-03-02T12:00:00Z,,C3,,Thanks"));

        Assert.Equal(3, TextSentiments.Refresh(_w.Db, batchSize: 2));
        Assert.Equal([-0.6, -0.668965, 0.351123], Comments().Select(c => c.Item2));
    }

    [Fact]
    public void Every_ticket_has_the_sentiment_of_its_subject()
    {
        _w.Ingest(Path.Combine(AppContext.BaseDirectory, "Fixtures", "canonical", "tickets.csv"));

        var scored = TextSentiments.Refresh(_w.Db);

        Assert.Equal(_w.Scalar<long>("SELECT count(*) FROM tickets"), scored);
        Assert.Equal(0L, _w.Scalar<long>("SELECT count(*) FROM tickets t ANTI JOIN ticket_sentiment s USING (source, ticket_id)"));
        // T-1's subject "Invoice question" has no word of the lexicon: neutral.
        Assert.Equal(("neutral", 0.0), _w.Rows("SELECT label, score FROM ticket_sentiment WHERE ticket_id = 'T-1'").Select(r => ((string)r["label"]!, (double)r["score"]!)).Single());
    }
}
