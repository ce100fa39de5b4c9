using Analytics.Tests.Support;

namespace Analytics.Tests.Kpis;

/// <summary>
/// CSAT, NPS and CES columns of the KPI table (docs: kpis.md), loaded through the real ingest. Every
/// expected figure is worked out by hand in the comment above its assertion. The reporting zone is UTC;
/// unless a test says otherwise every response falls in the ISO week of Monday 2026-03-02.
/// </summary>
public sealed class SurveyKpiTests
{
    private const string Surveys = "response_id,survey,score,scale_max,responded_at,ticket_id,customer_id,agent_id,comment";
    private const string Tickets = "ticket_id,created_at,solved_at,status,channel,category,agent_id";

    [Fact]
    public void Csat_on_a_five_point_scale_counts_4_and_5_as_satisfied()
    {
        using var w = new KpiWarehouse().Load(Surveys,
            "R1,csat,5,,2026-03-02T10:00:00Z,,,,",
            "R2,csat,4,,2026-03-03T10:00:00Z,,,,",
            "R3,csat,3,,2026-03-04T10:00:00Z,,,,",
            "R4,csat,2,,2026-03-05T10:00:00Z,,,,",
            "R5,csat,1,5,2026-03-06T10:00:00Z,,,,",
            "R6,csat,4,5,2026-03-08T23:59:59Z,,,,");

        var week = KpiWarehouse.Single(w.Kpi("2026-03-02", "2026-03-08"));

        // 6 responses; scale_max 5 (default or given), satisfied = score >= 5 - 1 = 4: R1 (5), R2 (4), R6 (4) = 3.
        // csat_pct = 100 * 3 / 6 = 50.
        Assert.Equal(6L, week["csat_n"]);
        Assert.Equal(50.0, Number(week["csat_pct"]), 9);
    }

    [Fact]
    public void Csat_on_a_ten_point_scale_counts_the_top_two_boxes_9_and_10()
    {
        using var w = new KpiWarehouse().Load(Surveys,
            "R1,csat,10,10,2026-03-02T10:00:00Z,,,,",
            "R2,csat,9,10,2026-03-03T10:00:00Z,,,,",
            "R3,csat,8,10,2026-03-04T10:00:00Z,,,,",
            "R4,csat,7,10,2026-03-05T10:00:00Z,,,,",
            "R5,csat,1,10,2026-03-06T10:00:00Z,,,,");

        var week = KpiWarehouse.Single(w.Kpi("2026-03-02", "2026-03-08"));

        // 5 responses on 1-10; satisfied = score >= 10 - 1 = 9: R1 (10), R2 (9) = 2 (8 is not, as it would be
        // with a fixed "4 or more"). csat_pct = 100 * 2 / 5 = 40.
        Assert.Equal(5L, week["csat_n"]);
        Assert.Equal(40.0, Number(week["csat_pct"]), 9);
    }

    [Fact]
    public void Nps_is_promoters_minus_detractors_over_all_responses()
    {
        using var w = new KpiWarehouse().Load(Surveys,
            "R1,nps,10,,2026-03-02T10:00:00Z,,,,",
            "R2,nps,9,,2026-03-02T11:00:00Z,,,,",
            "R3,nps,9,,2026-03-03T10:00:00Z,,,,",
            "R4,nps,9,,2026-03-04T10:00:00Z,,,,",
            "R5,nps,8,,2026-03-05T10:00:00Z,,,,",
            "R6,nps,6,,2026-03-06T10:00:00Z,,,,",
            "R7,nps,0,,2026-03-07T10:00:00Z,,,,");

        var week = KpiWarehouse.Single(w.Kpi("2026-03-02", "2026-03-08"));

        // 7 responses: promoters (>= 9) R1 10, R2 9, R3 9, R4 9 = 4; passive (7-8) R5 8 = 1;
        // detractors (<= 6) R6 6, R7 0 = 2. nps = 100 * (4 - 2) / 7 = 200 / 7 = 28.5714...
        Assert.Equal(7L, week["nps_n"]);
        Assert.Equal(200.0 / 7, Number(week["nps"]), 9);
    }

    [Fact]
    public void Nps_with_only_passives_is_zero_not_null()
    {
        using var w = new KpiWarehouse().Load(Surveys,
            "R1,nps,7,,2026-03-02T10:00:00Z,,,,",
            "R2,nps,8,,2026-03-03T10:00:00Z,,,,",
            "R3,nps,8,,2026-03-04T10:00:00Z,,,,");

        var week = KpiWarehouse.Single(w.Kpi("2026-03-02", "2026-03-08"));

        // 3 passives: 0 promoters, 0 detractors; nps = 100 * (0 - 0) / 3 = 0, a real score of a real sample.
        Assert.Equal(3L, week["nps_n"]);
        Assert.Equal(0.0, Number(week["nps"]), 9);
    }

    [Fact]
    public void Nps_and_ces_without_responses_are_null_with_n_zero()
    {
        using var w = new KpiWarehouse().Load(Surveys,
            "R1,csat,5,,2026-03-03T10:00:00Z,,,,");

        var week = KpiWarehouse.Single(w.Kpi("2026-03-02", "2026-03-08"));

        // Only a csat response in the week: csat_n 1 (100 %); no nps and no ces response, so n = 0 and the
        // rates and the mean of nothing are null (never 0 or NaN).
        Assert.Equal(1L, week["csat_n"]);
        Assert.Equal(100.0, Number(week["csat_pct"]), 9);
        Assert.Equal(0L, week["nps_n"]);
        Assert.Null(week["nps"]);
        Assert.Equal(0L, week["ces_n"]);
        Assert.Null(week["ces_mean"]);
        Assert.Null(week["ces_easy_pct"]);
    }

    [Fact]
    public void Ces_is_the_mean_score_and_the_share_of_scores_of_5_or_more()
    {
        using var w = new KpiWarehouse().Load(Surveys,
            "R1,ces,7,,2026-03-02T10:00:00Z,,,,",
            "R2,ces,6,,2026-03-03T10:00:00Z,,,,",
            "R3,ces,5,,2026-03-03T11:00:00Z,,,,",
            "R4,ces,4,,2026-03-04T10:00:00Z,,,,",
            "R5,ces,3,,2026-03-05T10:00:00Z,,,,",
            "R6,ces,1,,2026-03-06T10:00:00Z,,,,",
            "R7,ces,5,7,2026-03-07T10:00:00Z,,,,");

        var week = KpiWarehouse.Single(w.Kpi("2026-03-02", "2026-03-08"));

        // 7 responses; sum 7 + 6 + 5 + 4 + 3 + 1 + 5 = 31, mean = 31 / 7 = 4.428571...
        // easy (>= 5): R1 7, R2 6, R3 5, R7 5 = 4; ces_easy_pct = 100 * 4 / 7 = 57.142857...
        Assert.Equal(7L, week["ces_n"]);
        Assert.Equal(31.0 / 7, Number(week["ces_mean"]), 9);
        Assert.Equal(400.0 / 7, Number(week["ces_easy_pct"]), 9);
    }

    [Fact]
    public void A_response_counts_in_the_period_of_responded_at_not_of_its_ticket()
    {
        using var w = new KpiWarehouse()
            .Load(Tickets,
                // created and solved in the week of 2026-02-23
                "T1,2026-02-24T09:00:00Z,2026-02-25T09:00:00Z,solved,email,Billing,a1")
            .Load(Surveys,
                "R1,csat,5,,2026-03-03T10:00:00Z,T1,,,",
                "R2,csat,1,,2026-03-08T23:59:59Z,T1,,,",
                "R3,nps,10,,2026-03-09T00:00:00Z,T1,,,");

        var weeks = KpiWarehouse.Rows(w.Kpi("2026-02-23", "2026-03-15"));

        // Weeks [02-23, 03-02), [03-02, 03-09), [03-09, 03-16).
        // Week of 02-23 (the ticket's created and solved week): no response was given in it -> 0, 0.
        // Week of 03-02: R1 (03-03) and R2 (03-08 23:59:59, the last second) -> csat_n 2, 1 of 2 satisfied = 50 %.
        // Week of 03-09: R3 at exactly 03-09 00:00 (the week's first instant) -> nps_n 1, csat_n 0.
        Assert.Equal(3, weeks.Count);
        Assert.Equal((0L, 0L), (weeks[0]["csat_n"], weeks[0]["nps_n"]));
        Assert.Equal((2L, 0L), (weeks[1]["csat_n"], weeks[1]["nps_n"]));
        Assert.Equal(50.0, Number(weeks[1]["csat_pct"]), 9);
        Assert.Equal((0L, 1L), (weeks[2]["csat_n"], weeks[2]["nps_n"]));
        Assert.Equal(1L, weeks[0]["tickets_created"]); // the ticket itself stays in its own week
    }

    [Fact]
    public void A_response_about_a_deleted_ticket_does_not_count()
    {
        using var w = new KpiWarehouse()
            .Load(Tickets,
                "T1,2026-03-02T09:00:00Z,,deleted,email,Billing,a1",
                "T2,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,solved,email,Billing,a1")
            .Load(Surveys,
                "R1,csat,1,,2026-03-03T10:00:00Z,T1,,,",
                "R2,csat,5,,2026-03-03T11:00:00Z,T2,,,",
                "R3,csat,4,,2026-03-03T12:00:00Z,,C1,,",
                "R4,nps,0,,2026-03-03T13:00:00Z,T1,,,");

        var week = KpiWarehouse.Single(w.Kpi("2026-03-02", "2026-03-08"));

        // R1 and R4 are about the deleted T1: left out. R2 (about T2) and R3 (no ticket) count:
        // csat_n 2, both satisfied (5, 4) -> 100 %; nps_n 0 -> nps null.
        Assert.Equal(2L, week["csat_n"]);
        Assert.Equal(100.0, Number(week["csat_pct"]), 9);
        Assert.Equal(0L, week["nps_n"]);
        Assert.Null(week["nps"]);
    }

    [Fact]
    public void Dim_category_splits_survey_kpis_by_the_category_of_the_ticket_the_response_is_about()
    {
        using var w = new KpiWarehouse()
            .Load(Tickets,
                "T1,2026-03-02T08:00:00Z,,open,email,Billing,a1",
                "T2,2026-03-02T09:00:00Z,,open,email,Billing,a1",
                // a ticket of the week before: its response still splits by its category
                "T3,2026-02-24T09:00:00Z,2026-02-25T09:00:00Z,solved,chat,Shipping,a2")
            .Load(Surveys,
                "R1,csat,5,,2026-03-03T10:00:00Z,T1,,,",
                "R2,csat,2,,2026-03-03T11:00:00Z,T2,,,",
                "R3,csat,4,,2026-03-04T10:00:00Z,T3,,,",
                "R4,nps,10,,2026-03-04T11:00:00Z,T1,,,",
                "R5,nps,3,,2026-03-05T10:00:00Z,T3,,,",
                "R6,ces,6,,2026-03-05T11:00:00Z,T3,,,",
                "R7,csat,1,,2026-03-06T10:00:00Z,,C9,,");

        var rows = KpiWarehouse.Rows(w.Kpi("2026-03-02", "2026-03-08", dim: Dimension.Category));
        Assert.All(rows, r => Assert.Equal("category", r["dimension"]));

        // Billing = T1, T2: csat R1 5 (satisfied), R2 2 -> n 2, 100 * 1 / 2 = 50;
        // nps R4 10 (promoter) -> n 1, 100 * (1 - 0) / 1 = 100; no ces -> n 0, null.
        var billing = Value(rows, "Billing");
        Assert.Equal((2L, 1L, 0L), (billing["csat_n"], billing["nps_n"], billing["ces_n"]));
        Assert.Equal(50.0, Number(billing["csat_pct"]), 9);
        Assert.Equal(100.0, Number(billing["nps"]), 9);
        Assert.Null(billing["ces_mean"]);

        // Shipping = T3: csat R3 4 (satisfied) -> n 1, 100 %; nps R5 3 (detractor) -> 100 * (0 - 1) / 1 = -100;
        // ces R6 6 -> n 1, mean 6, easy (>= 5) 100 %.
        var shipping = Value(rows, "Shipping");
        Assert.Equal((1L, 1L, 1L), (shipping["csat_n"], shipping["nps_n"], shipping["ces_n"]));
        Assert.Equal(100.0, Number(shipping["csat_pct"]), 9);
        Assert.Equal(-100.0, Number(shipping["nps"]), 9);
        Assert.Equal(6.0, Number(shipping["ces_mean"]), 9);
        Assert.Equal(100.0, Number(shipping["ces_easy_pct"]), 9);

        // R7 has no ticket, so no category: its own row with value null, csat n 1, score 1 -> 0 %.
        var none = Value(rows, null);
        Assert.Equal((1L, 0L, 0L), (none["csat_n"], none["nps_n"], none["ces_n"]));
        Assert.Equal(0.0, Number(none["csat_pct"]), 9);
    }

    [Fact]
    public void Dim_agent_uses_the_agent_of_the_response_else_the_agent_of_its_ticket()
    {
        using var w = new KpiWarehouse()
            .Load(Tickets,
                "T1,2026-03-02T08:00:00Z,,open,email,Billing,a1",
                "T2,2026-03-02T09:00:00Z,,open,email,Billing,a2")
            .Load(Surveys,
                "R1,csat,5,,2026-03-03T10:00:00Z,T1,,a9,",
                "R2,csat,1,,2026-03-03T11:00:00Z,T2,,,",
                "R3,csat,4,,2026-03-04T10:00:00Z,T1,,,",
                "R4,csat,2,,2026-03-04T11:00:00Z,,C1,a1,");

        var rows = KpiWarehouse.Rows(w.Kpi("2026-03-02", "2026-03-08", dim: Dimension.Agent));

        // R1 names a9 (not T1's a1) -> a9; R2 names none -> T2's a2; R3 names none -> T1's a1;
        // R4 names a1 and has no ticket -> a1.
        // a1: R3 4 (satisfied), R4 2 -> n 2, 100 * 1 / 2 = 50.
        var a1 = Value(rows, "a1");
        Assert.Equal(2L, a1["csat_n"]);
        Assert.Equal(50.0, Number(a1["csat_pct"]), 9);
        // a2: R2 1 -> n 1, 0 %.
        var a2 = Value(rows, "a2");
        Assert.Equal(1L, a2["csat_n"]);
        Assert.Equal(0.0, Number(a2["csat_pct"]), 9);
        // a9: R1 5 -> n 1, 100 %.
        var a9 = Value(rows, "a9");
        Assert.Equal(1L, a9["csat_n"]);
        Assert.Equal(100.0, Number(a9["csat_pct"]), 9);
        // every response has an agent, so no row without one carries a response
        Assert.All(rows.Where(r => r["value"] is null), r => Assert.Equal(0L, r["csat_n"]));
    }

    private static Dictionary<string, object?> Value(List<Dictionary<string, object?>> rows, string? value) =>
        Assert.Single(rows, r => Equals(r["value"], value));

    private static double Number(object? value) => Assert.IsType<double>(value);
}
