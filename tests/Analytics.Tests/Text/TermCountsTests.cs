using Analytics.Pipeline.Text;

namespace Analytics.Tests.Text;

/// <summary>
/// What stands out (docs/voc.md, "What stands out"): documents counted once per term, the log-odds ratio with an
/// informative Dirichlet prior worked out by hand, rare noise not winning, the most frequent terms, and the alert
/// email's rule that a term another repeats is left out.
/// </summary>
public sealed class TermCountsTests
{
    private static TextDocument Period(string text) => new(text, InPeriod: true);

    private static TextDocument Baseline(string text) => new(text, InPeriod: false);

    [Fact]
    public void The_log_odds_z_score_is_the_hand_computed_one()
    {
        // y_i = 6 of n_i = 20 in the period, y_j = 4 of n_j = 80 in the baseline. Prior from both together:
        //   α_w = 6 + 4 = 10, α_0 = 20 + 80 = 100
        //   δ  = ln((6 + 10) / (20 + 100 − 6 − 10)) − ln((4 + 10) / (80 + 100 − 4 − 10))
        //      = ln(16 / 104) − ln(14 / 166) = ln(2656 / 1456) = ln(1.8241758…) = 0.6011283
        //   σ² = 1 / 16 + 1 / 14 = 0.0625 + 0.0714286 = 0.1339286
        //   z  = 0.6011283 / √0.1339286 = 0.6011283 / 0.3659632 = 1.6426
        var score = LogOddsRatio.Of(6, 20, 4, 80);

        Assert.Equal(Math.Log(2656.0 / 1456.0), score.Delta, 12);
        Assert.Equal(0.6011283, score.Delta, 6);
        Assert.Equal(1 / 16.0 + 1 / 14.0, score.Variance, 12);
        Assert.Equal(1.642595, score.Z, 5);
    }

    [Fact]
    public void A_term_never_used_or_the_only_term_has_no_score()
    {
        Assert.Equal(new LogOddsRatio(0, 0), LogOddsRatio.Of(0, 10, 0, 10));
        Assert.Equal(0, LogOddsRatio.Of(3, 3, 2, 2).Z); // the only term of both: nothing to compare it with
        Assert.Throws<ArgumentOutOfRangeException>(() => LogOddsRatio.Of(5, 4, 0, 10));
    }

    [Fact]
    public void Rare_noise_does_not_win_against_a_real_rise()
    {
        // Period 20 documents: 10 "refund", 8 "invoice", 2 "zebra"; baseline 100: 10 "refund", 90 "invoice".
        // n_i = 20, n_j = 100, α_0 = 120.
        //   refund: y 10 / 10, α 20: δ = ln(30 / 110) − ln(30 / 190) = ln(190 / 110) = 0.546544,
        //           σ² = 1/30 + 1/30 = 0.0666667, z = 0.546544 / 0.258199 = 2.1168 ≥ 1.96: stands out
        //   zebra:  y 2 / 0, α 2: δ = ln(4 / 136) − ln(2 / 218) = 1.164987, σ² = 1/4 + 1/2 = 0.75,
        //           z = 1.164987 / 0.866025 = 1.3452 < 1.96: noise, though its share went from 0 to 10%
        //           (a plain ratio of shares, 10% / 0%, would put it first)
        //   invoice: y 8 / 90: its share fell (δ < 0)
        var documents = Enumerable.Repeat(Baseline("refund"), 10).Concat(Enumerable.Repeat(Baseline("invoice"), 90))
            .Concat(Enumerable.Repeat(Period("refund"), 10)).Concat(Enumerable.Repeat(Period("invoice"), 8))
            .Concat(Enumerable.Repeat(Period("zebra"), 2));
        var counts = TermCountsOfTexts.Count(documents);

        Assert.Equal((20, 100), (counts.PeriodDocuments, counts.BaselineDocuments));
        Assert.Equal((20, 100), (counts.Total(TermKind.Word, true), counts.Total(TermKind.Word, false)));
        var standout = counts.Standout([TermKind.Word], minCount: 1, limit: 10);
        var refund = Assert.Single(standout);
        Assert.Equal(("refund", 10, 10), (refund.Term, refund.Count, refund.BaselineCount));
        Assert.Equal(2.1167547, refund.Score!.Value, 6);
        // Without the z-score's bar, zebra comes second, below refund, and invoice not at all.
        Assert.Equal(["refund", "zebra"], counts.Standout([TermKind.Word], minCount: 1, limit: 10, minZ: 0).Select(t => t.Term));
        Assert.Equal(1.3452115, counts.Standout([TermKind.Word], 1, 10, minZ: 0)[1].Score!.Value, 6);
    }

    [Fact]
    public void A_document_counts_once_per_term_shown_as_its_most_frequent_word_with_the_latest_example()
    {
        var counts = TermCountsOfTexts.Count(
        [
            Baseline("Refunds refunds"),
            Period("Refund refund refunds"), // "refund" once for the document, written "refund" twice and "refunds" once
            Period("Refund delayed"),
            Period("No refund yet"),
        ]);

        var top = counts.Top(TermKind.Word, 2);
        // "refund": 3 period documents, 1 baseline; written "refunds" 3 times, "refund" 4 times (with "Refund").
        Assert.Equal([("refund", "refund", 3, 1, "No refund yet"), ("delay", "delayed", 1, 0, "Refund delayed")],
            top.Select(t => (t.Key, t.Term, t.Count, t.BaselineCount, t.Example)));
        Assert.All(top, t => Assert.Null(t.Score));
        // Phrases by stems: "refund refund" twice in the second document (once) and in the baseline's; "refund delay";
        // "refund yet" ("no" is a stop word, "yet" is not). One document each, so by key.
        Assert.Equal([("refund delay", 1, 0), ("refund refund", 1, 1), ("refund yet", 1, 0)],
            counts.Top(TermKind.Phrase, 5).Select(t => (t.Key, t.Count, t.BaselineCount)));
    }

    [Fact]
    public void Nothing_stands_out_without_a_baseline_or_a_period()
    {
        Assert.Empty(TermCountsOfTexts.Count([Period("refund"), Period("refund")]).Standout([TermKind.Word], 1, 10, minZ: 0));
        Assert.Empty(TermCountsOfTexts.Count([Baseline("refund")]).Standout([TermKind.Word], 1, 10, minZ: 0));
    }

    [Fact]
    public void Tags_count_as_terms_when_given()
    {
        var counts = TermCountsOfTexts.Count([new TextDocument("Card declined", true, ["Card_Declined", "card_declined", " "])]);

        var tag = Assert.Single(counts.Top(TermKind.Tag, 5));
        Assert.Equal(("card_declined", 1), (tag.Term, tag.Count)); // twice on the ticket: once
    }

    [Fact]
    public void A_term_another_repeats_is_left_out()
    {
        static TermStat Stat(TermKind kind, string key, int count) => new(kind, key, key, count, 0, 3.0, null);
        var terms = new[]
        {
            Stat(TermKind.Word, "card", 5),              // the phrase "card declin" has fewer (4): stays
            Stat(TermKind.Word, "declin", 4),            // the phrase has as many: left out
            Stat(TermKind.Phrase, "card declin", 4),     // the tag has the same stems but fewer (3): the phrase stays
            Stat(TermKind.Tag, "card_declined", 3),      // left out for the phrase
            Stat(TermKind.Phrase, "chargeback open", 3), // the tag, same stems, as many: the tag is preferred
            Stat(TermKind.Tag, "chargeback_opened", 3),
            Stat(TermKind.Word, "chargeback", 3),        // in the tag, as many: left out
            Stat(TermKind.Word, "refund", 2),
        };

        Assert.Equal(["card", "card declin", "chargeback_opened", "refund"], TermCounts.WithoutRepeats(terms).Select(t => t.Key));
    }
}
