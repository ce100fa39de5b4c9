using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Text;
using Analytics.Tests.Support;

namespace Analytics.Tests.Alerts;

/// <summary>
/// The words, phrases and tags the alert email shows for a spiking category, read from a real warehouse: the
/// category's tickets of the judged day against the 56 days before, scored by the log-odds z-score of
/// docs/voc.md ("What stands out"), worked out by hand.
/// </summary>
/// <remarks>
/// Reporting zone Europe/Berlin (CEST, UTC+2, until 2026-10-25). Judged day D = Tue 2026-10-20; the baseline is
/// 2026-08-25..2026-10-19.
/// </remarks>
public sealed class AlertStandoutTermsTests : IDisposable
{
    private const string Header = "ticket_id,created_at,status,category,subject,tags";
    private static readonly DateOnly D = new(2026, 10, 20);
    private readonly KpiWarehouse _wh = new("""{"Reporting":{"TimeZone":"Europe/Berlin"}}""");

    public AlertStandoutTermsTests()
    {
        static string At(DateOnly day, int hour) => $"{day:yyyy-MM-dd}T{hour:00}:00:00Z";
        var rows = new List<string>();
        // The judged day, Payments: 18 tickets.
        rows.AddRange(Enumerable.Range(1, 6).Select(i => $"P{i},{At(D, 7 + i)},open,Payments,Card declined at checkout{(i == 6 ? "!" : "")},payments;card_declined"));
        rows.Add("P7,2026-10-19T22:30:00Z,open,Payments,Card declined,"); // 00:30 on D in Berlin
        rows.AddRange(Enumerable.Range(8, 8).Select(i => $"P{i},{At(D, i)},open,Payments,Chargeback opened,chargeback_opened"));
        rows.Add($"P16,{At(D, 16)},open,Payments,Refund not received,refund");
        rows.Add($"P17,{At(D, 17)},open,Payments,Invoice question,");
        rows.Add($"P18,{At(D, 18)},open,Payments,,Card");
        // The baseline, Payments: 56 tickets.
        rows.AddRange(Enumerable.Range(7, 50).Select(i => $"B{i},{At(D.AddDays(-i), 10)},solved,Payments,Invoice copy,invoice")); // D-7..D-56
        rows.AddRange(new[] { 10, 20, 30, 40 }.Select(i => $"R{i},{At(D.AddDays(-i), 11)},solved,Payments,Refund not received,refund"));
        rows.AddRange(new[] { 5, 15 }.Select(i => $"C{i},{At(D.AddDays(-i), 12)},solved,Payments,Card declined,card_declined"));
        // In neither: the day before the baseline, the day after D (00:30 local), another category.
        rows.Add("X1,2026-08-24T10:00:00Z,solved,Payments,Chargeback opened,chargeback_opened");
        rows.Add("X2,2026-10-20T22:30:00Z,open,Payments,Chargeback opened,chargeback_opened");
        rows.AddRange(Enumerable.Range(1, 3).Select(i => $"S{i},{At(D, 8 + i)},open,Shipping,Chargeback opened,chargeback_opened"));
        _wh.Load(Header, [.. rows]);
        // As the ingest does after its files: the texts scored, their terms stored (docs/voc.md, "Words and phrases").
        TextSentiments.Refresh(_wh.Warehouse.Db);
    }

    public void Dispose() => _wh.Dispose();

    [Fact]
    public void The_words_phrases_and_tags_whose_share_rose_most_are_shown_without_repeats()
    {
        var terms = AlertEvidence.LoadCategory(_wh.Warehouse.Db, "Payments", D).Terms;

        // Terms per ticket (stems; "at", "not" are stop words and part phrases; a ticket counts once per term):
        //   "Card declined at checkout" ×6  card, declin, checkout; phrase card declin; tags payments, card_declined
        //   "Card declined" (P7, 00:30 on D) card, declin; card declin
        //   "Chargeback opened" ×8          chargeback, open; chargeback open; tag chargeback_opened
        //   "Refund not received"            refund, receiv; tag refund
        //   "Invoice question"               invoic, question; invoic question
        //   P18 (no subject)                 tag card
        // Baseline: "Invoice copy" ×50 (invoic, copi; invoic copi; tag invoice), "Refund not received" ×4 (refund,
        // receiv; tag refund), "Card declined" ×2 (card, declin; card declin; tag card_declined).
        // Totals n (document-term pairs) per kind, period / baseline:
        //   words   n_i = 7+7+6+8+8+1+1+1+1 = 40   n_j = 50+50+4+4+2+2 = 112   α_0 = 152
        //   phrases n_i = 7+8+1 = 16               n_j = 50+2 = 52             α_0 = 68
        //   tags    n_i = 6+6+8+1+1 = 22           n_j = 50+4+2 = 56           α_0 = 78
        // δ = ln((y_i + α) / (n_i + α_0 − y_i − α)) − ln((y_j + α) / (n_j + α_0 − y_j − α)), α = y_i + y_j,
        // σ² = 1 / (y_i + α) + 1 / (y_j + α), z = δ / σ; a term stands out from z ≥ 1.96 with 3 tickets on D:
        //   phrase chargeback open  8/0, α 8:  ln(16/68) − ln(8/112)   = 1.192138, σ² = 1/16 + 1/8 = 0.1875, z = 2.7531
        //   tag chargeback_opened   8/0, α 8:  ln(16/84) − ln(8/126)   = 1.098612, σ² = 0.1875,             z = 2.5371
        //   word chargeback, open   8/0, α 8:  ln(16/176) − ln(8/256)  = 1.067841, σ² = 0.1875,             z = 2.4661
        //   phrase card declin      7/2, α 9:  ln(16/68) − ln(11/109)  = 0.846534, σ² = 1/16 + 1/11,        z = 2.1613
        //   tag payments            6/0, α 6:  ln(12/88) − ln(6/128)   = 1.067841, σ² = 1/12 + 1/6 = 0.25,  z = 2.1357
        //   word checkout           6/0, α 6:  ln(12/180) − ln(6/258)  = 1.053150, σ² = 0.25,               z = 2.1063
        // and do not: word card, declin 7/2 (z 1.8832), tag card_declined 6/2 (z 1.6965), "question" 1/0 (under 3
        // tickets); invoic, copi, refund, receiv, invoice fell.
        // Left out: the tag "payments" (the category's own name); "chargeback open" (the tag chargeback_opened has its
        // stems, as many tickets, and a tag is preferred); "chargeback", "open" (in the tag, as many tickets).
        Assert.Equal([("chargeback_opened", 8, 0.0), ("card declined", 7, 2 / 56.0), ("checkout", 6, 0.0)],
            terms.Select(t => (t.Term, t.Today, t.TypicalPerDay)));
        // The example is the latest of the day's tickets with the term, as stored.
        Assert.Equal(["Chargeback opened", "Card declined at checkout!", "Card declined at checkout!"], terms.Select(t => t.Example));
    }

    [Fact]
    public void A_quiet_day_has_nothing_that_stands_out()
    {
        // 2026-10-13 (D-7) has one Payments ticket, "Invoice copy": under 3 tickets, nothing can stand out.
        Assert.Empty(AlertEvidence.LoadCategory(_wh.Warehouse.Db, "Payments", D.AddDays(-7)).Terms);
    }
}
