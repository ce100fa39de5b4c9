using Analytics.Pipeline.Alerts;
using Analytics.Tests.Support;

namespace Analytics.Tests.Alerts;

/// <summary>
/// What the alert email shows of a spike, read from a real warehouse: the 8-week daily series, against counts worked
/// out by hand from a few tickets (the standout terms: <see cref="AlertStandoutTermsTests"/>).
/// </summary>
/// <remarks>
/// Reporting zone Europe/Berlin (CEST, UTC+2, until 2026-10-25). Judged day D = Tue 2026-10-20. The chart's 56 days
/// run 2026-08-26..2026-10-20 (Aug 26-31: 6, September: 30, Oct 1-20: 20). The terms' baseline is the 56 days
/// before D: 2026-08-25..2026-10-19.
/// </remarks>
public sealed class AlertEvidenceTests : IDisposable
{
    private const string Header = "ticket_id,created_at,status,category,subject,tags";
    private static readonly DateOnly D = new(2026, 10, 20);
    private readonly KpiWarehouse _wh = new("""{"Reporting":{"TimeZone":"Europe/Berlin"}}""");

    public AlertEvidenceTests()
    {
        _wh.Load(Header,
            // The judged day, Payments: 10 tickets.
            "P1,2026-10-20T08:00:00Z,open,Payments,Card declined at checkout,payments;card_declined",
            "P2,2026-10-20T09:00:00Z,open,Payments,Card declined again,card_declined",
            "P3,2026-10-20T10:00:00Z,open,Payments,\"Card declined, card cards 3\",card_declined",
            "P4,2026-10-20T11:00:00Z,open,Payments,Refund not received,refund",
            "P5,2026-10-20T12:00:00Z,open,Payments,Invoice question,",
            "P6,2026-10-19T22:30:00Z,open,Payments,Card declined,", // 00:30 on D in Berlin
            "P7,2026-10-20T13:00:00Z,open,Payments,,Card",
            "P8,2026-10-20T14:00:00Z,open,Payments,Chargeback opened,chargeback_opened",
            "P9,2026-10-20T15:00:00Z,open,Payments,Chargeback opened,chargeback_opened",
            "P10,2026-10-20T16:00:00Z,open,Payments,Chargeback opened,chargeback_opened",
            // Earlier Payments tickets.
            "B1,2026-09-01T10:00:00Z,solved,Payments,Refund not received,refund",
            "B2,2026-09-15T10:00:00Z,solved,Payments,Card declined,card_declined",
            "B3,2026-10-13T10:00:00Z,solved,Payments,Invoice copy,",
            "B4,2026-08-25T10:00:00Z,solved,Payments,Card declined,card_declined", // D-56: in the baseline, before the chart
            "B5,2026-08-24T10:00:00Z,solved,Payments,Card declined,card_declined", // D-57: in neither
            "B6,2026-10-20T22:30:00Z,open,Payments,Card declined,card_declined",   // 00:30 on D+1 in Berlin: after D
            "B7,2026-10-06T10:00:00Z,solved,Payments,Payment declined,",
            // Another category's tickets never count for Payments.
            "S1,2026-10-20T08:00:00Z,open,Shipping,Card declined,card_declined",
            "S2,2026-10-20T09:00:00Z,open,Shipping,Card declined,card_declined",
            "S3,2026-10-20T10:00:00Z,open,Shipping,Card declined,card_declined");
    }

    public void Dispose() => _wh.Dispose();

    [Fact]
    public void The_series_is_the_56_days_up_to_the_judged_day_zero_filled_in_the_reporting_zone()
    {
        var evidence = AlertEvidence.LoadCategory(_wh.Warehouse.Db, "Payments", D);

        Assert.Equal(56, evidence.Days.Count);
        Assert.Equal(new DateOnly(2026, 8, 26), evidence.Days[0]);
        Assert.Equal(D, evidence.Days[^1]);
        Assert.Equal(Enumerable.Range(0, 56).Select(i => new DateOnly(2026, 8, 26).AddDays(i)), evidence.Days);
        // D: P1-P10 (P6 is 00:30 local on D) = 10; 09-01 B1, 09-15 B2, 10-06 B7, 10-13 B3 one each; B4 (08-25)
        // is before the chart, B5 before that, B6 after D; every other day 0. Total 10 + 4 = 14.
        var expected = new Dictionary<DateOnly, int>
        {
            [new(2026, 9, 1)] = 1,
            [new(2026, 9, 15)] = 1,
            [new(2026, 10, 6)] = 1,
            [new(2026, 10, 13)] = 1,
            [D] = 10,
        };
        Assert.Equal(evidence.Days.Select(d => expected.GetValueOrDefault(d)), evidence.Counts);
        Assert.Equal(14, evidence.Counts.Sum());
    }

    [Fact]
    public void The_notice_loads_evidence_for_spiking_categories_only()
    {
        var notice = new AlertNotice(D, "run-1",
        [
            new AlertRecord("Payments", D, AlertState.Firing, 10, 1, 10, 1e-9, 3, "Payments: 10 tickets today, typical Tuesday 1 (10.0×)", Silenced: false, Held: null),
            new AlertRecord("Shipping", D, AlertState.Resolved, 3, 2, 1.5, 0.2, 0, "Shipping: 3 tickets today, typical Tuesday 2 (1.5×)", Silenced: false, Held: null),
        ]);

        var evidence = AlertEvidence.Load(_wh.Warehouse.Db, notice);

        Assert.Equal(["Payments"], evidence.Categories.Keys);
        Assert.Equal(10, evidence.For("Payments")!.Counts[^1]);
        Assert.Null(evidence.For("Shipping"));
    }
}
