using Analytics.Pipeline.Text;
using Analytics.Tests.Support;

namespace Analytics.Tests.Text;

/// <summary>
/// The sample's texts read by the sentiment as their story says (sample-data/README.md, "What customers write"): a
/// reopened ticket's description is negative far more often than that of a ticket solved at once, in English and in
/// Russian, and a low CSAT's comment far more often than a high one's. Read in the committed sample's warehouse,
/// scored as an ingest scores it.
/// </summary>
public sealed class SampleSentimentTests(SampleSentimentTests.ScoredSample sample) : IClassFixture<SampleSentimentTests.ScoredSample>
{
    /// <summary>A copy of the sample's warehouse with its texts scored.</summary>
    public sealed class ScoredSample : IDisposable
    {
        public ScoredSample() => TextSentiments.Refresh(Warehouse.Db);

        public TempWarehouse Warehouse { get; } = SampleWarehouse.Canonical.Copy();

        public void Dispose() => Warehouse.Dispose();
    }

    /// <summary>The share of negative tickets by story (as docs/kpis.md counts reopens, FCR and first response) and language.</summary>
    private Dictionary<(string Story, bool Russian), double> NegativeShareByStory() =>
        sample.Warehouse.Rows("""
            SELECT CASE WHEN k.reopens > 0 THEN 'reopened'
                        WHEN k.solved_at IS NOT NULL AND k.agent_replies = 1 AND k.frt_business_minutes <= 120 THEN 'quick fcr'
                        WHEN k.frt_business_minutes > 540 OR k.resolution_business_minutes > 1620 THEN 'slow'
                        ELSE 'other' END AS story,
                   regexp_matches(t.description, '\p{Cyrillic}') AS russian,
                   avg(CASE WHEN s.label = 'negative' THEN 1.0 ELSE 0.0 END) AS negative
            FROM kpi_tickets k JOIN tickets t USING (source, ticket_id) JOIN ticket_sentiment s USING (source, ticket_id)
            GROUP BY ALL
            """).ToDictionary(r => ((string)r["story"]!, (bool)r["russian"]!), r => (double)r["negative"]!);

    [Fact]
    public void A_reopened_or_slow_ticket_reads_negative_far_more_often_than_one_solved_at_once_in_both_languages()
    {
        var negative = NegativeShareByStory();

        foreach (var russian in new[] { false, true })
        {
            var quick = negative[("quick fcr", russian)];
            Assert.InRange(quick, 0.01, 0.25);
            Assert.True(negative[("reopened", russian)] > 2.5 * quick, $"reopened {negative[("reopened", russian)]:F3} vs quick {quick:F3} (russian: {russian})");
            Assert.True(negative[("slow", russian)] > 1.5 * quick, $"slow {negative[("slow", russian)]:F3} vs quick {quick:F3} (russian: {russian})");
        }
    }

    [Fact]
    public void A_low_csat_comment_reads_negative_and_a_high_one_does_not()
    {
        var negative = sample.Warehouse.Rows("""
            SELECT CASE WHEN r.score >= 4 THEN 'high' WHEN r.score <= 2 THEN 'low' ELSE 'middle' END AS bucket,
                   avg(CASE WHEN c.label = 'negative' THEN 1.0 ELSE 0.0 END) AS negative
            FROM surveys r JOIN comment_sentiment c USING (source, response_id)
            WHERE r.survey = 'csat'
            GROUP BY ALL
            """).ToDictionary(r => (string)r["bucket"]!, r => (double)r["negative"]!);

        Assert.True(negative["low"] > 0.5, $"low CSAT: {negative["low"]:F3} negative");
        Assert.True(negative["high"] < 0.05, $"high CSAT: {negative["high"]:F3} negative");
    }
}
