using System.Globalization;
using Analytics.Tests.Support;

namespace Analytics.Tests.Kpis;

/// <summary>
/// retention_pct of the KPI table (docs: kpis.md): S = customers created before the period's start and not
/// churned before it, E = the same at its end, N = customers created in it; 100 * (E - N) / S, null when
/// S = 0 or with a dimension. Weeks are ISO weeks; every expected figure is worked out by hand.
/// </summary>
public sealed class RetentionTests
{
    private const string Customers = "customer_id,created_at,churned_at,segment,plan,mrr";
    private const string Tickets = "ticket_id,created_at,solved_at,status,channel,category,agent_id";

    [Fact]
    public void Retention_over_three_consecutive_weeks()
    {
        using var w = new KpiWarehouse().Load(Customers,
            "A1,2026-01-15T00:00:00Z,,smb,basic,49",
            "A2,2026-01-15T00:00:00Z,,smb,basic,49",
            "A3,2026-01-15T00:00:00Z,,smb,basic,49",
            "A4,2026-01-15T00:00:00Z,,smb,basic,49",
            "A5,2026-01-15T00:00:00Z,2026-03-04T10:00:00Z,smb,basic,49",
            "A6,2026-03-03T12:00:00Z,,smb,basic,49",
            "A7,2026-01-15T00:00:00Z,2026-03-09T00:00:00Z,smb,basic,49",
            "A8,2026-03-10T08:00:00Z,2026-03-12T08:00:00Z,smb,basic,49",
            "A9,2026-03-16T00:00:00Z,,smb,basic,49",
            "A10,2026-02-01T00:00:00Z,2026-02-20T00:00:00Z,smb,basic,49",
            "A11,2026-01-15T00:00:00Z,2026-03-20T00:00:00Z,smb,basic,49");

        var rows = KpiWarehouse.Rows(w.Kpi("2026-03-02", "2026-03-22"));
        Assert.Equal(3, rows.Count);

        // Week [03-02, 03-09):
        //   S = created < 03-02, not churned before 03-02: A1-A4, A5, A7, A11 = 7 (A10 churned 02-20)
        //   E = created < 03-09, not churned before 03-09: A1-A4, A6, A7 (churned at 03-09 = end, not before), A11 = 7
        //   N = created in the week: A6 = 1
        //   100 * (7 - 1) / 7 = 600 / 7 = 85.714...
        Assert.Equal(600.0 / 7, Number(Week(rows, "2026-03-02")["retention_pct"]), 9);

        // Week [03-09, 03-16):
        //   S = 7 (the E above: A1-A4, A6, A7, A11)
        //   E = created < 03-16, not churned before 03-16: A1-A4, A6, A11 = 6 (A7 churned 03-09, A8 03-12)
        //   N = A8 = 1 (created and churned in the week)
        //   100 * (6 - 1) / 7 = 500 / 7 = 71.428...
        Assert.Equal(500.0 / 7, Number(Week(rows, "2026-03-09")["retention_pct"]), 9);

        // Week [03-16, 03-23):
        //   S = 6 (A1-A4, A6, A11; A9 created at exactly 03-16 is not created before the start)
        //   E = created < 03-23, not churned before 03-23: A1-A4, A6, A9 = 6 (A11 churned 03-20)
        //   N = A9 = 1
        //   100 * (6 - 1) / 6 = 500 / 6 = 83.333...
        Assert.Equal(500.0 / 6, Number(Week(rows, "2026-03-16")["retention_pct"]), 9);
    }

    [Theory]
    // The week of Monday 2026-03-09 starts at 2026-03-09T00:00Z in UTC ...
    [InlineData("UTC", "2026-03-09T00:00:00Z")]
    // ... and at 2026-03-09 00:00 CET = 2026-03-08T23:00Z in Berlin (summer time begins only on 03-29).
    [InlineData("Europe/Berlin", "2026-03-08T23:00:00Z")]
    public void A_customer_churned_at_the_first_instant_of_a_period_is_lost_in_that_period(string zone, string weekStart)
    {
        using var w = new KpiWarehouse($$$"""{"Reporting":{"TimeZone":"{{{zone}}}"}}""").Load(Customers,
            "B1,2026-01-15T00:00:00Z,,smb,basic,49",
            "B2,2026-01-15T00:00:00Z,,smb,basic,49",
            "B3,2026-01-15T00:00:00Z,,smb,basic,49",
            $"B4,2026-01-15T00:00:00Z,{weekStart},smb,basic,49");

        var rows = KpiWarehouse.Rows(w.Kpi("2026-03-02", "2026-03-15"));
        Assert.Equal(2, rows.Count);

        // Week of 03-02: S = B1-B4 = 4; E = 4 (B4 churned at the week's end instant, not before it); N = 0.
        // 100 * (4 - 0) / 4 = 100.
        Assert.Equal(100.0, Number(Week(rows, "2026-03-02")["retention_pct"]), 9);

        // Week of 03-09: S = 4 (B4 is not churned before the start: it churned at it); E = B1-B3 = 3; N = 0.
        // 100 * (3 - 0) / 4 = 75.
        Assert.Equal(75.0, Number(Week(rows, "2026-03-09")["retention_pct"]), 9);
    }

    [Fact]
    public void A_customer_created_and_churned_in_the_same_period_is_in_N_but_not_in_S_or_E()
    {
        using var w = new KpiWarehouse().Load(Customers,
            "C1,2026-01-15T00:00:00Z,,smb,basic,49",
            "C2,2026-01-15T00:00:00Z,,smb,basic,49",
            "C3,2026-01-15T00:00:00Z,,smb,basic,49",
            "X,2026-03-10T08:00:00Z,2026-03-12T08:00:00Z,smb,basic,49");

        var rows = KpiWarehouse.Rows(w.Kpi("2026-03-02", "2026-03-15"));

        // Week of 03-02: S = C1-C3 = 3, E = 3, N = 0 -> 100 * 3 / 3 = 100.
        Assert.Equal(100.0, Number(Week(rows, "2026-03-02")["retention_pct"]), 9);

        // Week of 03-09: S = 3 (X not yet created); E = created < 03-16 and not churned before 03-16 = C1-C3 = 3
        // (X churned 03-12); N = X = 1. 100 * (3 - 1) / 3 = 200 / 3 = 66.666...
        Assert.Equal(200.0 / 3, Number(Week(rows, "2026-03-09")["retention_pct"]), 9);
    }

    [Fact]
    public void Retention_is_null_when_no_customer_was_there_at_the_start()
    {
        using var w = new KpiWarehouse().Load(Customers,
            "D1,2026-03-03T10:00:00Z,,smb,basic,49");

        var rows = KpiWarehouse.Rows(w.Kpi("2026-03-02", "2026-03-15"));

        // Week of 03-02: S = 0 (D1 created 03-03, inside the week) -> null, not 0 or NaN.
        Assert.Null(Week(rows, "2026-03-02")["retention_pct"]);
        // Week of 03-09: S = 1 (D1), E = 1, N = 0 -> 100 * (1 - 0) / 1 = 100.
        Assert.Equal(100.0, Number(Week(rows, "2026-03-09")["retention_pct"]), 9);
    }

    [Fact]
    public void Retention_is_null_without_customer_data()
    {
        using var w = new KpiWarehouse().Load(Tickets,
            "T1,2026-03-03T09:00:00Z,,open,email,Billing,a1");

        var rows = KpiWarehouse.Rows(w.Kpi("2026-03-02", "2026-03-15"));

        // No customers at all: S = 0 in both weeks -> null.
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Null(r["retention_pct"]));
    }

    [Fact]
    public void Retention_is_null_with_a_dimension()
    {
        using var w = new KpiWarehouse()
            .Load(Customers,
                "C1,2026-01-15T00:00:00Z,,smb,basic,49",
                "C2,2026-01-15T00:00:00Z,,smb,basic,49")
            .Load(Tickets,
                "T1,2026-03-03T09:00:00Z,,open,email,Billing,a1",
                "T2,2026-03-10T09:00:00Z,,open,chat,Billing,a1");

        // Without a dimension: week of 03-02, S = 2, E = 2, N = 0 -> 100 * 2 / 2 = 100.
        var overall = KpiWarehouse.Rows(w.Kpi("2026-03-02", "2026-03-15"));
        Assert.Equal(100.0, Number(Week(overall, "2026-03-02")["retention_pct"]), 9);

        // With --dim channel: rows for email and chat exist, and retention is not split by a ticket
        // dimension: null on every row.
        var split = KpiWarehouse.Rows(w.Kpi("2026-03-02", "2026-03-15", dim: Dimension.Channel));
        Assert.Contains(split, r => Equals(r["value"], "email"));
        Assert.Contains(split, r => Equals(r["value"], "chat"));
        Assert.All(split, r => Assert.Null(r["retention_pct"]));
    }

    /// <summary>The row of the period that starts on the given local date.</summary>
    private static Dictionary<string, object?> Week(List<Dictionary<string, object?>> rows, string monday) =>
        Assert.Single(rows, r => DateOnly.FromDateTime(Assert.IsType<DateTimeOffset>(r["period_start"]).DateTime)
                                 == DateOnly.Parse(monday, CultureInfo.InvariantCulture));

    private static double Number(object? value) => Assert.IsType<double>(value);
}
