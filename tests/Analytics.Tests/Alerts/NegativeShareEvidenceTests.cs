using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Text;
using Analytics.Tests.Support;

namespace Analytics.Tests.Alerts;

/// <summary>
/// What the negative-share check reads from a real warehouse (docs/alerts.md, "Negative share"): the texts and negative
/// texts per local day and category (the KPI's negative_n by day, queries/alerts/daily_text_tones.sql), and the terms
/// that stand out in a category's negative texts of a day (<see cref="AlertEvidence.StandoutTerms"/>).
/// </summary>
/// <remarks>
/// Reporting zone Europe/Berlin (CEST, UTC+2). D = Tue 2026-10-20. The tone of every text is the lexicon's, checked in
/// the first test: negative "Card declined again terrible checkout", "Terrible checkout broken again", "Very bad
/// experience", "The checkout was terrible"; neutral "Question about my invoice"; positive "Great help".
/// </remarks>
public sealed class NegativeShareEvidenceTests : IDisposable
{
    private const string Tickets = "ticket_id,created_at,status,category,subject,tags";
    private const string Surveys = "response_id,survey,score,scale_max,responded_at,ticket_id,customer_id,agent_id,comment";
    private static readonly DateOnly D = new(2026, 10, 20);
    private readonly KpiWarehouse _wh = new("""{"Reporting":{"TimeZone":"Europe/Berlin"}}""");

    public NegativeShareEvidenceTests()
    {
        _wh.Load(Tickets,
            // D, Payments: P1 P2 P3 P5 negative, P4 neutral (P5 is 00:30 on D in Berlin).
            "P1,2026-10-20T08:00:00Z,open,Payments,Card declined again terrible checkout,card_declined",
            "P2,2026-10-20T09:00:00Z,open,Payments,Terrible checkout broken again,checkout_bug",
            "P3,2026-10-20T10:00:00Z,open,Payments,Terrible checkout broken again,checkout_bug",
            "P4,2026-10-20T11:00:00Z,open,Payments,Question about my invoice,checkout_bug",
            "P5,2026-10-19T22:30:00Z,open,Payments,Card declined again terrible checkout,",
            // A deleted ticket counts nowhere; another category's ticket not for Payments.
            "X1,2026-10-20T12:00:00Z,deleted,Payments,Terrible checkout broken again,",
            "S1,2026-10-20T12:00:00Z,open,Shipping,Terrible checkout broken again,",
            // Before D.
            "B1,2026-10-06T10:00:00Z,solved,Payments,Very bad experience,",
            "B2,2026-10-13T10:00:00Z,solved,Payments,Terrible checkout broken again,",
            "B3,2026-10-13T11:00:00Z,solved,Payments,Question about my invoice,");
        _wh.Load(Surveys,
            // Comments count on the day they were given, in their ticket's category: R1 negative, R2 positive on D;
            // R3 negative on 10-13; R4 has no comment (no text); R5 is about no ticket ("(no category)"); R6 about the deleted X1.
            "R1,csat,1,5,2026-10-20T13:00:00Z,P4,,,The checkout was terrible",
            "R2,csat,5,5,2026-10-20T14:00:00Z,P1,,,Great help",
            "R3,csat,1,5,2026-10-13T12:00:00Z,B3,,,The checkout was terrible",
            "R4,csat,2,5,2026-10-20T15:00:00Z,P2,,,",
            "R5,csat,1,5,2026-10-20T16:00:00Z,,,,Very bad experience",
            "R6,csat,1,5,2026-10-20T16:00:00Z,X1,,,The checkout was terrible");
        TextSentiments.Refresh(_wh.Warehouse.Db);
    }

    public void Dispose() => _wh.Dispose();

    [Fact]
    public void The_tones_of_the_fixture_are_the_lexicons()
    {
        Assert.Equal(SentimentLabel.Negative, LexiconSentiment.Score("Card declined again terrible checkout").Label);
        Assert.Equal(SentimentLabel.Negative, LexiconSentiment.Score("Terrible checkout broken again").Label);
        Assert.Equal(SentimentLabel.Negative, LexiconSentiment.Score("Very bad experience").Label);
        Assert.Equal(SentimentLabel.Negative, LexiconSentiment.Score("The checkout was terrible").Label);
        Assert.Equal(SentimentLabel.Neutral, LexiconSentiment.Score("Question about my invoice").Label);
        Assert.Equal(SentimentLabel.Positive, LexiconSentiment.Score("Great help").Label);
    }

    [Fact]
    public void The_daily_tones_are_the_KPIs_negative_share_by_day_and_category()
    {
        // A ticket loaded after the scoring has no tone yet: it is no text of its day until the next refresh.
        _wh.Load(Tickets, "P6,2026-10-20T17:00:00Z,open,Payments,Terrible checkout broken again,");

        var tones = DailyTextTones.Read(_wh.Warehouse.Db, D).ByCategory;

        // Payments on D: tickets P1-P5 (P6 not scored) and comments R1, R2 = 7 texts; P1 P2 P3 P5 R1 negative = 5.
        // 10-13: B2 (negative), B3 (neutral), R3 (negative) = 3, 2. 10-06: B1 = 1, 1.
        Assert.Equal(
            [(new DateOnly(2026, 10, 6), new TextTones(1, 1)), (new DateOnly(2026, 10, 13), new TextTones(3, 2)), (D, new TextTones(7, 5))],
            tones["Payments"].OrderBy(t => t.Key).Select(t => (t.Key, t.Value)));
        Assert.Equal(new TextTones(1, 1), tones["Shipping"][D]);
        // R5, about no ticket, counts under "(no category)"; R4 (no comment) and R6 (about a deleted ticket) nowhere.
        Assert.Equal(new TextTones(1, 1), tones[DailyCategoryCounts.NoCategory][D]);
        Assert.Equal(3, tones.Count);

        // The same figures as the KPI table's negative_n and negative_pct of the day, by category.
        var kpi = KpiWarehouse.Rows(_wh.Kpi("2026-10-20", "2026-10-20", Grain.Day, Dimension.Category))
            .Where(r => r["value"] is string)
            .ToDictionary(r => (string)r["value"]!, r => ((long)r["negative_n"]!, Convert.ToDouble(r["negative_pct"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(7L, kpi["Payments"].Item1);
        Assert.Equal(100.0 * 5 / 7, kpi["Payments"].Item2, 9);
        Assert.Equal((1L, 100.0), kpi["Shipping"]);
    }

    /// <summary>
    /// 300 negative Payments tickets "Very bad experience" over 10-01..10-12 (25 a day), so that the 8 weeks before D
    /// are a baseline large enough for a term of five texts to stand out (the log-odds z-score's prior is as large as
    /// the texts counted: docs/voc.md, "What stands out").
    /// </summary>
    private void LoadUsualWeeks()
    {
        _wh.Load(Tickets, [.. Enumerable.Range(0, 300).Select(i => $"U{i},2026-10-{1 + i / 25:00}T10:{i % 25:00}:00Z,solved,Payments,Very bad experience,")]);
        TextSentiments.Refresh(_wh.Warehouse.Db);
    }

    [Fact]
    public void The_standout_terms_of_the_negative_texts_count_negative_tickets_and_comments_only()
    {
        LoadUsualWeeks();
        var negative = AlertEvidence.StandoutTerms(_wh.Warehouse.Db, "Payments", D, StandoutTexts.Negative);

        // Negative texts of D: P1 P2 P3 P5 and the comment R1; "terrible" and "checkout" are in all five. Before D, the
        // negative texts B1, B2, R3 and the 300 usual ones: terrible and checkout in B2 and R3, 2 of them (2/56 a day).
        // Nothing of the neutral P4 ("invoice", its tag counts only with P2 P3: 2 negative texts, under the 3 a term
        // needs), the positive R2 ("help"), the deleted X1 or Shipping's S1 is counted.
        Assert.Equal([("checkout", 5), ("terrible", 5)], negative.Where(t => t.Term is "checkout" or "terrible").Select(t => (t.Term, t.Today)));
        Assert.All(negative.Where(t => t.Term is "checkout" or "terrible"), t => Assert.Equal(2 / 56.0, t.TypicalPerDay, 12));
        Assert.All(negative, t => Assert.InRange(t.Today, 3, 5));
        Assert.DoesNotContain(negative, t => t.Term is "invoice" or "help" or "great" or "question");
    }

    [Fact]
    public void The_standout_terms_of_the_tickets_are_of_all_the_days_tickets_without_comments()
    {
        LoadUsualWeeks();
        var tickets = AlertEvidence.StandoutTerms(_wh.Warehouse.Db, "Payments", D, StandoutTexts.Tickets);

        // All of D's Payments tickets, no comments: "terrible checkout" is a phrase of P1 P2 P3 P5 (4; before: B2 only,
        // 1/56 a day, R3 being a comment). Its words are in those four tickets only, so the phrase says them: the words
        // are left out (docs/alerts.md, "Evidence"), where among the negative texts above the comment R1 ("The checkout
        // was terrible", not the phrase) keeps them.
        Assert.Equal([("terrible checkout", 4)], tickets.Where(t => t.Term.Contains("checkout", StringComparison.Ordinal) || t.Term.Contains("terrible", StringComparison.Ordinal)).Select(t => (t.Term, t.Today)));
        Assert.Equal(1 / 56.0, tickets.Single(t => t.Term == "terrible checkout").TypicalPerDay, 12);
        // And the evidence of a volume spike reads them so.
        Assert.Equal(tickets, AlertEvidence.LoadCategory(_wh.Warehouse.Db, "Payments", D).Terms);
    }

    [Fact]
    public void A_notice_loads_the_negative_terms_for_its_negative_share_changes_only()
    {
        LoadUsualWeeks();
        var notice = new AlertNotice(D, "k",
        [
            new AlertRecord("Payments", D, AlertState.Firing, 5, 0.3, 2.4, 1e-5, 2, "Payments: 5 of 7 texts negative today (71.4%), typical 30% (2.4×)",
                Silenced: false, Held: null, Measure: AlertMeasure.NegativeShare, Texts: 7),
        ]);

        var evidence = AlertEvidence.Load(_wh.Warehouse.Db, notice);

        Assert.Empty(evidence.Categories);
        Assert.Equal(AlertEvidence.StandoutTerms(_wh.Warehouse.Db, "Payments", D, StandoutTexts.Negative), evidence.NegativeTermsFor("Payments"));
        Assert.Contains(evidence.NegativeTermsFor("Payments")!, t => t.Term == "checkout");
        Assert.Null(evidence.NegativeTermsFor("Shipping"));
    }
}
