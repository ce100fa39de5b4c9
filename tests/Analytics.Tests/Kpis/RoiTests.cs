using System.Globalization;
using Analytics.Tests.Support;

namespace Analytics.Tests.Kpis;

/// <summary>
/// The ROI model per initiative (docs: kpis.md, "ROI"): window B = the window_weeks weeks before the
/// start, A = as many weeks from it; every input and intermediate figure is checked, each worked out by
/// hand. Reporting zone UTC; the initiative starts on Monday 2026-03-02.
/// </summary>
public sealed class RoiTests
{
    private const string Customers = "customer_id,created_at,churned_at,segment,plan,mrr";
    private const string Tickets = "ticket_id,created_at,status";

    [Fact]
    public void Cost_10000_and_benefit_15000_give_an_roi_of_50_percent_on_raw_ticket_counts()
    {
        // WindowWeeks left out: the default 8 weeks.
        using var w = new KpiWarehouse("""
            {"Reporting":{"TimeZone":"UTC"},
             "Roi":{"CostPerTicket":12.5,"RevenuePerCustomerMonth":40,
                    "Initiatives":[{"Name":"Help centre","Start":"2026-03-02","Cost":10000}]}}
            """);
        // B = [2026-03-02 - 56 days, 2026-03-02) = [2026-01-05, 2026-03-02), 56 days = 80640 minutes:
        // 1500 tickets, one every 53 minutes from 01-05 00:00 (the window's first instant), the last at
        // 1499 * 53 = 79447 minutes < 80640.
        // A = [2026-03-02, 2026-03-02 + 56 days) = [2026-03-02, 2026-04-27): 300 tickets, one every 268 minutes
        // from 03-02 00:00, the last at 299 * 268 = 80132 minutes < 80640.
        // Outside both: one a second before B, one at A's end (exclusive); a deleted one inside B.
        var rows = Generate("B", At("2026-01-05T00:00:00Z"), 1500, 53)
            .Concat(Generate("A", At("2026-03-02T00:00:00Z"), 300, 268))
            .Append("before,2026-01-04T23:59:59Z,open")
            .Append("after,2026-04-27T00:00:00Z,open")
            .Append("gone,2026-02-10T10:00:00Z,deleted")
            .ToArray();
        w.Load(Tickets, rows);

        var roi = KpiWarehouse.Single(w.Roi());

        Assert.Equal("Help centre", roi["initiative"]);
        Assert.Equal(new DateOnly(2026, 3, 2), roi["start_date"]);
        Assert.Equal(8L, roi["window_weeks"]);
        Assert.Equal(new DateOnly(2026, 1, 5), roi["window_b_start"]);
        Assert.Equal(new DateOnly(2026, 4, 27), roi["window_a_end"]);
        // No customer data: the model uses raw ticket counts and says so.
        Assert.StartsWith("raw ticket counts", Assert.IsType<string>(roi["basis"]), StringComparison.Ordinal);
        Assert.Equal((1500L, 300L), (roi["tickets_b"], roi["tickets_a"]));
        Assert.Equal(1500.0, Number(roi["tickets_per_customer_b"]), 9);
        Assert.Equal(300.0, Number(roi["tickets_per_customer_a"]), 9);
        // deflection = (1500 - 300) * 12.5 = 1200 * 12.5 = 15000
        Assert.Equal(15000.0, Number(roi["deflection_benefit"]), 9);
        // no customers: no retention benefit
        Assert.Equal(0.0, Number(roi["retention_benefit"]), 9);
        // benefit = 15000 + 0 = 15000; roi_pct = 100 * (15000 - 10000) / 10000 = 50
        Assert.Equal(10000.0, Number(roi["cost"]), 9);
        Assert.Equal(15000.0, Number(roi["benefit"]), 9);
        Assert.Equal(50.0, Number(roi["roi_pct"]), 9);
    }

    [Fact]
    public void Every_figure_with_customer_data_over_one_week_windows()
    {
        using var w = new KpiWarehouse("""
            {"Reporting":{"TimeZone":"UTC"},
             "Roi":{"CostPerTicket":12.5,"RevenuePerCustomerMonth":40,"WindowWeeks":1,
                    "Initiatives":[{"Name":"Chatbot","Start":"2026-03-02","Cost":500}]}}
            """);
        // B = [02-23, 03-02): days 02-23 .. 03-01; A = [03-02, 03-09): days 03-02 .. 03-08.
        w.Load(Customers,
            "C1,2026-01-01T00:00:00Z,,smb,basic,49",
            "C2,2026-01-01T00:00:00Z,,smb,basic,49",
            "C3,2026-01-01T00:00:00Z,,smb,basic,49",
            "C4,2026-01-01T00:00:00Z,,smb,basic,49",
            "C5,2026-01-01T00:00:00Z,2026-02-25T12:00:00Z,smb,basic,49",  // churns inside B
            "C6,2026-02-26T08:00:00Z,,smb,basic,49",                      // joins inside B
            "C7,2026-01-01T00:00:00Z,2026-03-02T00:00:00Z,smb,basic,49",  // churns at A's first instant
            "C8,2026-01-01T00:00:00Z,2026-02-23T00:00:00Z,smb,basic,49",  // churns at B's first instant
            "C9,2026-03-04T00:00:00Z,,smb,basic,49",                      // joins at a day's first instant in A
            "C10,2026-03-03T09:00:00Z,2026-03-06T09:00:00Z,smb,basic,49", // joins and churns inside A
            "C11,2025-12-01T00:00:00Z,2026-02-20T00:00:00Z,smb,basic,49", // gone before B
            "C12,2026-01-01T00:00:00Z,2026-02-28T18:00:00Z,smb,basic,49", // churns inside B
            "C13,2026-03-09T00:00:00Z,,smb,basic,49");                    // joins at A's end
        // 96 tickets in B (one every 100 minutes from 02-23 00:00: last at 95 * 100 = 9500 min < 7 days = 10080),
        // 43 in A (one every 200 minutes from 03-02 00:00: last at 42 * 200 = 8400 min < 10080);
        // outside: a second before B and at A's end; a deleted one inside B.
        w.Load(Tickets, Generate("B", At("2026-02-23T00:00:00Z"), 96, 100)
            .Concat(Generate("A", At("2026-03-02T00:00:00Z"), 43, 200))
            .Append("before,2026-02-22T23:59:59Z,open")
            .Append("after,2026-03-09T00:00:00Z,open")
            .Append("gone,2026-02-24T10:00:00Z,deleted")
            .ToArray());

        var roi = KpiWarehouse.Single(w.Roi());

        Assert.Equal(1L, roi["window_weeks"]);
        Assert.Equal(new DateOnly(2026, 2, 23), roi["window_b_start"]);
        Assert.Equal(new DateOnly(2026, 3, 9), roi["window_a_end"]);
        Assert.Equal("tickets per active customer", roi["basis"]);
        Assert.Equal((96L, 43L), (roi["tickets_b"], roi["tickets_a"]));

        // Active on a day = created before the day began and not churned before it.
        // B:  02-23: C1-C4, C5, C7, C8 (churned at 02-23 00:00, not before the day), C12 = 8
        //     02-24: C1-C4, C5, C7, C12 = 7      02-25: C1-C4, C5 (churned 12:00 that day), C7, C12 = 7
        //     02-26: C1-C4, C7, C12 = 6 (C6 joined at 08:00, after the day began)
        //     02-27: C1-C4, C6, C7, C12 = 7      02-28: C1-C4, C6, C7, C12 (churned 18:00) = 7
        //     03-01: C1-C4, C6, C7 = 6
        //     sum 8 + 7 + 7 + 6 + 7 + 7 + 6 = 48 -> mean 48 / 7 = 6.857...
        Assert.Equal(48.0 / 7, Number(roi["mean_active_customers_b"]), 9);
        // A:  03-02: C1-C4, C6, C7 (churned at 03-02 00:00) = 6
        //     03-03: C1-C4, C6 = 5 (C10 joined 09:00)
        //     03-04: C1-C4, C6, C10 = 6 (C9 joined at 03-04 00:00, not before the day began)
        //     03-05: C1-C4, C6, C9, C10 = 7     03-06: C1-C4, C6, C9, C10 (churned 09:00) = 7
        //     03-07: C1-C4, C6, C9 = 6          03-08: C1-C4, C6, C9 = 6 (C13 joins 03-09)
        //     sum 6 + 5 + 6 + 7 + 7 + 6 + 6 = 43 -> mean 43 / 7 = 6.142...
        Assert.Equal(43.0 / 7, Number(roi["mean_active_customers_a"]), 9);

        // tickets_per_customer_b = 96 / (48 / 7) = 96 * 7 / 48 = 14; tickets_per_customer_a = 43 / (43 / 7) = 7
        Assert.Equal(14.0, Number(roi["tickets_per_customer_b"]), 9);
        Assert.Equal(7.0, Number(roi["tickets_per_customer_a"]), 9);
        // deflection = (14 - 7) * (43 / 7) * 12.5 = 43 * 12.5 = 537.5
        Assert.Equal(12.5, Number(roi["cost_per_ticket"]), 9);
        Assert.Equal(537.5, Number(roi["deflection_benefit"]), 9);

        // At B's start (02-23 00:00): created before, not churned before: C1-C4, C5, C7, C8, C12 = 8
        // (C11 churned 02-20). Churned in B [02-23, 03-02): C5, C8 (02-23 00:00), C12 = 3 (C7 at 03-02 is in A).
        // churn_rate_b = 3 / 8 = 0.375
        Assert.Equal((8L, 3L), (roi["customers_at_start_b"], roi["churned_b"]));
        Assert.Equal(0.375, Number(roi["churn_rate_b"]), 9);
        // At A's start (03-02 00:00): C1-C4, C6, C7 (churns at that instant, not before it) = 6.
        // Churned in A [03-02, 03-09): C7, C10 = 2 (customers churned in the window, as the spec words it).
        // churn_rate_a = 2 / 6 = 1/3
        Assert.Equal((6L, 2L), (roi["customers_at_start_a"], roi["churned_a"]));
        Assert.Equal(1.0 / 3, Number(roi["churn_rate_a"]), 9);

        // months_a = 7 days / 30.4375 = 0.22997...
        Assert.Equal(7 / 30.4375, Number(roi["months_a"]), 9);
        // retention = (3/8 - 1/3) * 6 * 40 * 7 / 30.4375 = (9/24 - 8/24) * 240 * 7 / 30.4375
        //           = 10 * 7 / 30.4375 = 70 / 30.4375 = 2.29979...
        Assert.Equal(40.0, Number(roi["revenue_per_customer_month"]), 9);
        Assert.Equal(70 / 30.4375, Number(roi["retention_benefit"]), 9);
        // benefit = 537.5 + 70 / 30.4375 = 539.79979...
        Assert.Equal(537.5 + 70 / 30.4375, Number(roi["benefit"]), 9);
        // roi_pct = 100 * (539.79979... - 500) / 500 = (37.5 + 70 / 30.4375) / 5 = 7.95995...
        Assert.Equal((37.5 + 70 / 30.4375) / 5, Number(roi["roi_pct"]), 9);
    }

    [Fact]
    public void Only_sources_that_cover_both_windows_are_counted_and_the_others_are_named()
    {
        using var w = new KpiWarehouse("""
            {"Reporting":{"TimeZone":"UTC"},
             "Roi":{"CostPerTicket":10,"Initiatives":[{"Name":"Bot","Start":"2026-03-02","Cost":1000}]}}
            """);
        // B = [2026-01-05, 2026-03-02), A = [2026-03-02, 2026-04-27), 56 days each.
        // desk: a ticket every 12 hours from 2026-01-01 00:00 to 2026-05-01 00:00, so it covers both windows:
        // 56 * 2 = 112 tickets in B and 112 in A.
        w.LoadAs("desk", Tickets, [.. Generate("D", At("2026-01-01T00:00:00Z"), 241, 720)]);
        // new: joins inside A (50 tickets every 6 hours from 2026-03-16 10:00, the last 49 * 6 h = 12 days 6 h
        // later, 03-28 16:00), so it is left out: counting it would read as 50 more tickets after the initiative.
        w.LoadAs("new", Tickets, [.. Generate("N", At("2026-03-16T10:00:00Z"), 50, 360)]);

        var roi = KpiWarehouse.Single(w.Roi());

        Assert.Equal(("desk", "new started 2026-03-16 10:00 and stopped 2026-03-28 16:00"), (roi["sources"], roi["left_out"]));
        Assert.Equal((112L, 112L), (roi["tickets_b"], roi["tickets_a"]));
        // deflection = (112 - 112) * 10 = 0; roi_pct = 100 * (0 - 1000) / 1000 = -100
        Assert.Equal(0.0, Number(roi["deflection_benefit"]), 9);
        Assert.Equal(-100.0, Number(roi["roi_pct"]), 9);
    }

    [Fact]
    public void When_no_source_covers_both_windows_there_is_no_roi_and_it_says_why()
    {
        using var w = new KpiWarehouse("""
            {"Reporting":{"TimeZone":"UTC"},
             "Roi":{"CostPerTicket":10,"Initiatives":[{"Name":"Bot","Start":"2026-03-02","Cost":1000}]}}
            """);
        // The only source starts inside B (2026-02-01) and stops inside A (2026-04-01 00:00, 2 tickets a day).
        w.LoadAs("desk", Tickets, [.. Generate("D", At("2026-02-01T00:00:00Z"), 119, 720)]);

        var roi = KpiWarehouse.Single(w.Roi());

        Assert.Null(roi["sources"]);
        Assert.Equal("desk started 2026-02-01 00:00 and stopped 2026-04-01 00:00", roi["left_out"]);
        Assert.Equal((null, null, null, null), (roi["tickets_b"], roi["tickets_a"], roi["deflection_benefit"], roi["roi_pct"]));
    }

    [Fact]
    public void No_initiatives_configured_gives_no_rows()
    {
        using var w = new KpiWarehouse("""{"Roi":{"CostPerTicket":12.5,"RevenuePerCustomerMonth":40,"WindowWeeks":1}}""")
            .Load(Customers, "C1,2026-01-01T00:00:00Z,,smb,basic,49")
            .Load(Tickets, "T1,2026-02-24T10:00:00Z,open", "T2,2026-03-03T10:00:00Z,open");

        var frame = w.Roi();

        Assert.Contains(frame.Columns, c => c.Name == "roi_pct");
        Assert.Equal(0, frame.Rows.Count);
    }

    /// <summary>Ticket rows (id, created_at, status open) named prefix-1.., <paramref name="everyMinutes"/> apart from <paramref name="first"/>.</summary>
    private static IEnumerable<string> Generate(string prefix, DateTimeOffset first, int count, int everyMinutes) =>
        Enumerable.Range(0, count).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i + 1},{first.AddMinutes(i * everyMinutes).UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'},open"));

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    private static double Number(object? value) => Assert.IsType<double>(value);
}
