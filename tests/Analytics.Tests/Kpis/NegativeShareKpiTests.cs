using Analytics.Pipeline.Text;
using Analytics.Pipeline.Warehouse;
using Analytics.Tests.Support;

namespace Analytics.Tests.Kpis;

/// <summary>
/// negative_n and negative_pct of the KPI table (docs: kpis.md, voc.md): the texts of a period whose tone is known
/// (tickets at their creation, survey comments at their response) and the share of them labelled negative. The
/// tone of each text is worked out by hand from the lexicon in the comment beside it; the reporting zone is UTC.
/// </summary>
public sealed class NegativeShareKpiTests
{
    private const string Tickets = "ticket_id,created_at,solved_at,status,category,subject";
    private const string Surveys = "response_id,survey,score,scale_max,responded_at,ticket_id,customer_id,agent_id,comment";

    private static KpiWarehouse Loaded()
    {
        // Tones by the lexicon (checked in the first test): T1 negative, T2 positive, T3 neutral, T4 deleted (counts
        // nowhere), T5 negative; R1 negative, R2 no comment, R3 about the deleted T4 (counts nowhere), R4 positive.
        // T1-T4 and R1-R2 fall in the week of 2026-03-02, T5 and R3-R4 in the week of 2026-03-09.
        var w = new KpiWarehouse()
            .Load(Tickets,
                "T1,2026-03-02T09:00:00Z,,open,Billing,Terrible service and still no refund",
                "T2,2026-03-03T09:00:00Z,,open,Billing,Thank you for the great help",
                "T3,2026-03-04T09:00:00Z,,open,Shipping,Invoice 1234",
                "T4,2026-03-05T09:00:00Z,,deleted,Shipping,Awful awful awful",
                "T5,2026-03-09T09:00:00Z,,open,Shipping,The courier was rude and the box broken")
            .Load(Surveys,
                "R1,csat,1,5,2026-03-06T10:00:00Z,T3,,,Very bad experience",
                "R2,csat,5,5,2026-03-06T11:00:00Z,T2,,,",
                "R3,csat,1,5,2026-03-10T10:00:00Z,T4,,,Horrible",
                "R4,nps,10,,2026-03-10T11:00:00Z,,,,\"Excellent, thanks\"");
        TextSentiments.Refresh(w.Warehouse.Db);
        return w;
    }

    [Fact]
    public void The_labels_the_figures_rest_on_are_those_of_the_lexicon()
    {
        Assert.Equal(SentimentLabel.Negative, LexiconSentiment.Score("Terrible service and still no refund").Label);
        Assert.Equal(SentimentLabel.Positive, LexiconSentiment.Score("Thank you for the great help").Label);
        Assert.Equal(SentimentLabel.Neutral, LexiconSentiment.Score("Invoice 1234").Label);
        Assert.Equal(SentimentLabel.Negative, LexiconSentiment.Score("The courier was rude and the box broken").Label);
        Assert.Equal(SentimentLabel.Negative, LexiconSentiment.Score("Very bad experience").Label);
        Assert.Equal(SentimentLabel.Positive, LexiconSentiment.Score("Excellent, thanks").Label);
    }

    [Fact]
    public void The_share_is_of_the_tickets_created_and_the_comments_given_in_the_period()
    {
        using var w = Loaded();
        var rows = KpiWarehouse.Rows(w.Kpi("2026-03-02", "2026-03-15"));

        // W1: tickets T1 (neg), T2 (pos), T3 (neutral); T4 deleted. Comments: R1 (neg); R2 has none.
        // negative_n = 3 + 1 = 4, negative = T1, R1 = 2: negative_pct = 100 * 2 / 4 = 50.
        Assert.Equal(4L, rows[0]["negative_n"]);
        Assert.Equal(50.0, Number(rows[0]["negative_pct"]), 9);
        // W2: ticket T5 (neg); comments R3 (about deleted T4: not counted) and R4 (pos).
        // negative_n = 1 + 1 = 2, negative = T5 = 1: negative_pct = 100 * 1 / 2 = 50.
        Assert.Equal(2L, rows[1]["negative_n"]);
        Assert.Equal(50.0, Number(rows[1]["negative_pct"]), 9);
    }

    [Fact]
    public void By_category_a_comment_counts_in_its_tickets_category()
    {
        using var w = Loaded();
        var rows = KpiWarehouse.Rows(w.Kpi("2026-03-02", "2026-03-08", dim: Dimension.Category));
        var billing = rows.Single(r => (string?)r["value"] == "Billing");
        var shipping = rows.Single(r => (string?)r["value"] == "Shipping");

        // Billing: T1 (neg), T2 (pos) = 2 texts, 1 negative: 50%.
        Assert.Equal(2L, billing["negative_n"]);
        Assert.Equal(50.0, Number(billing["negative_pct"]), 9);
        // Shipping: T3 (neutral) and R1 about T3 (neg) = 2 texts, 1 negative: 50%.
        Assert.Equal(2L, shipping["negative_n"]);
        Assert.Equal(50.0, Number(shipping["negative_pct"]), 9);
    }

    [Fact]
    public void Before_the_texts_are_scored_nothing_counts_and_the_share_is_missing()
    {
        using var w = new KpiWarehouse().Load(Tickets, "T1,2026-03-02T09:00:00Z,,open,Billing,Terrible service");
        var week = KpiWarehouse.Single(w.Kpi("2026-03-02", "2026-03-08"));

        Assert.Equal(0L, week["negative_n"]);
        Assert.Null(week["negative_pct"]);
    }

    [Fact]
    public void A_ticket_whose_text_changes_counts_with_its_new_tone()
    {
        const string Header = "ticket_id,created_at,updated_at,status,category,subject";
        using var w = new KpiWarehouse().Load(Header, "T1,2026-03-02T09:00:00Z,2026-03-02T09:00:00Z,open,Billing,Thank you for the great help");
        TextSentiments.Refresh(w.Warehouse.Db);
        Assert.Equal(0.0, Number(KpiWarehouse.Single(w.Kpi("2026-03-02", "2026-03-08"))["negative_pct"]), 9);

        // The help desk's later export (a later updated_at) has the subject changed: the ingest keeps the stored KPI row with the old tone
        // until the scoring right after it reads the new text (negative): 1 text, 1 negative = 100%.
        w.Load(Header, "T1,2026-03-02T09:00:00Z,2026-03-03T09:00:00Z,open,Billing,Terrible service and still no refund");
        TextSentiments.Refresh(w.Warehouse.Db);
        var week = KpiWarehouse.Single(w.Kpi("2026-03-02", "2026-03-08"));
        Assert.Equal(1L, week["negative_n"]);
        Assert.Equal(100.0, Number(week["negative_pct"]), 9);
    }

    [Fact]
    public void Rows_computed_again_for_other_settings_keep_the_tones()
    {
        using var w = Loaded();
        // The stored KPI rows are computed again whole when the settings change (here the reporting zone, and back):
        // the tones come with them from the stored scores, so W1 is still 4 texts, 2 negative.
        KpiFacts.Ensure(w.Warehouse.Db, KpiWarehouse.Settings("""{ "Reporting": { "TimeZone": "Asia/Tokyo" } }"""), persistent: true);
        KpiFacts.Ensure(w.Warehouse.Db, w.Config, persistent: true);

        var rows = KpiWarehouse.Rows(w.Kpi("2026-03-02", "2026-03-15"));
        Assert.Equal(4L, rows[0]["negative_n"]);
        Assert.Equal(50.0, Number(rows[0]["negative_pct"]), 9);
    }

    private static double Number(object? value) => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
}
