using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Configuration;

namespace Analytics.Tests.Alerts;

/// <summary>
/// The negative-share check on hand-made daily tones (docs/alerts.md, "Negative share"): the binomial tail, the typical
/// share with its prior and dispersion, each gate failing alone, warming up, days not covered, the replay.
/// </summary>
/// <remarks>
/// The fixture's reference: the 56 days 2026-08-25..2026-10-19 before the judged Tuesday D = 2026-10-20, every day
/// <list type="bullet">
/// <item>Payments: 20 texts, 2 negative (10 %);</item>
/// <item>Returns: 20 texts, 4 negative (20 %);</item>
/// <item>Shipping: 50 texts, 1 negative (2 %).</item>
/// </list>
/// Over all categories 56 · (2 + 4 + 1) = 392 negative of 56 · 90 = 5040 texts: p_all = 7/90 = 0.0777778. With the
/// prior of W = 30 texts, p0 = (Σk + 30 · 7/90) / (Σn + 30):
/// Payments (112 + 2.3333) / 1150 = 0.0994203, Returns (224 + 2.3333) / 1150 = 0.1968116,
/// Shipping (56 + 2.3333) / 2830 = 0.0206125. Every day of each category is exactly at its share (residual 0), so the
/// dispersion ρ is 0 and the design effect of a day of n texts is 1 + n / (Σn + 30). On D every category has texts,
/// so K = 3 and the p gate is 0.01 / 3 = 0.00333.
/// The p values below are I_p0(k / deff, (n - k) / deff + 1), worked out by numerical integration of the beta density
/// (Simpson, 400,000 steps), independently of the program's continued fraction.
/// </remarks>
public sealed class NegativeShareDetectorTests
{
    private static readonly DateOnly D = new(2026, 10, 20);
    private static readonly NegativeShareDetector Detector = new(new AlertSettings());

    private static readonly Dictionary<string, TextTones> Typical = new(StringComparer.Ordinal)
    {
        ["Payments"] = new(20, 2),
        ["Returns"] = new(20, 4),
        ["Shipping"] = new(50, 1),
    };

    /// <summary>The 56 reference days at their typical tones, and D with <paramref name="today"/> (the others typical).</summary>
    private static DailyTextTones Tones(params (string Category, TextTones Tones)[] today) => Tones(D, today);

    private static DailyTextTones Tones(DateOnly judged, params (string Category, TextTones Tones)[] today)
    {
        var rows = new List<(DateOnly, string, TextTones)>();
        for (var day = judged.AddDays(-56); day < judged; day = day.AddDays(1))
        {
            rows.AddRange(Typical.Select(t => (day, t.Key, t.Value)));
        }
        rows.AddRange(Typical.Select(t => (judged, t.Key, today.FirstOrDefault(x => x.Category == t.Key) is { Category: not null } x ? x.Tones : t.Value)));
        return DailyTextTones.From(rows);
    }

    private static readonly Dictionary<string, IReadOnlySet<DateOnly>> NoAlerts = [];

    private static NegativeShareVerdict Judge(string category, TextTones today) =>
        Detector.Judge(D, Tones((category, today)), NoAlerts).Single(v => v.Category == category);

    [Fact]
    public void The_binomial_upper_tail_matches_hand_computed_values()
    {
        // P(X >= 2 | 3, 1/2) = (3 + 1) / 8.
        Assert.Equal(0.5, TailProbability.BinomialUpper(2, 3, 0.5), 14);
        // P(X >= 18 | 40, 0.12) = Σ_{j=18}^{40} C(40, j) 0.12^j 0.88^(40-j), summed in exact fractions.
        Assert.Equal(2.146377908214989e-07, TailProbability.BinomialUpper(18, 40, 0.12), 1e-19);
        // P(X >= 3 | 5, 0.2) = C(5,3) 0.2³ 0.8² + C(5,4) 0.2⁴ 0.8 + 0.2⁵ = 0.0512 + 0.0064 + 0.00032.
        Assert.Equal(0.05792, TailProbability.BinomialUpper(3, 5, 0.2), 14);
        // Edges: nothing to exceed, more than possible, a share of 0 or 1.
        Assert.Equal(1, TailProbability.BinomialUpper(0, 5, 0.2));
        Assert.Equal(0, TailProbability.BinomialUpper(6, 5, 0.2));
        Assert.Equal(0, TailProbability.BinomialUpper(1, 5, 0));
        Assert.Equal(1, TailProbability.BinomialUpper(5, 5, 1));
        // All of n: p^n.
        Assert.Equal(Math.Pow(0.3, 7), TailProbability.BinomialUpper(7, 7, 0.3), 15);
    }

    [Fact]
    public void A_design_effect_scores_the_day_as_fewer_texts()
    {
        // 6 of 10 with deff 2 is the binomial of 5 texts, 3 negative: I_0.2(3, 3) = P(X >= 3 | 5, 0.2) = 0.05792,
        // where 6 of 10 alone is P(X >= 6 | 10, 0.2) = 0.0063694.
        Assert.Equal(0.05792, TailProbability.BinomialUpper(6, 10, 0.2, designEffect: 2), 13);
        Assert.Equal(0.0063693824, TailProbability.BinomialUpper(6, 10, 0.2), 10);
        // 4 of 4 with deff 2: p^(4 / 2).
        Assert.Equal(0.09, TailProbability.BinomialUpper(4, 4, 0.3, designEffect: 2), 14);
        Assert.Throws<ArgumentOutOfRangeException>(() => TailProbability.BinomialUpper(1, 2, 0.5, designEffect: 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => TailProbability.BinomialUpper(1, 2, 1.5));
    }

    [Fact]
    public void The_typical_share_pools_the_reference_with_a_prior_toward_all_categories()
    {
        var verdicts = Detector.Judge(D, Tones(), NoAlerts);

        Assert.Equal(["Payments", "Returns", "Shipping"], verdicts.Select(v => v.Category));
        Assert.All(verdicts, v => Assert.Equal((56, 0.0), (v.Baseline.ReferenceDays, v.Baseline.Dispersion)));
        Assert.Equal(7 / 90.0, verdicts[0].Baseline.AllShare, 14);
        Assert.Equal([(1120, 112), (1120, 224), (2800, 56)], verdicts.Select(v => (v.Baseline.Reference.Texts, v.Baseline.Reference.Negative)));
        Assert.Equal([0.0994202899, 0.1968115942, 0.0206124853], verdicts.Select(v => Math.Round(v.Baseline.Share, 10)));
        // A usual day judged: no alert, K = 3 at 0.01 / 3.
        Assert.All(verdicts, v => Assert.Equal((true, false, 0.01 / 3), (v.HasVerdict, v.IsAlert, v.PGate)));
    }

    [Fact]
    public void A_sparse_category_leans_on_the_share_of_all_categories()
    {
        // Billing: 1 text every other day of the 56 (28 texts), 14 of them negative (50 %). p_all now counts its texts too:
        // (392 + 14) / (5040 + 28) = 406 / 5068. p0 = (14 + 30 · 406/5068) / (28 + 30) = (14 + 2.40331) / 58 = 0.282816:
        // about halfway from its own 50 % toward the common 8 %.
        var rows = new List<(DateOnly, string, TextTones)>();
        for (var i = 0; i < 56; i++)
        {
            var day = D.AddDays(i - 56);
            rows.AddRange(Typical.Select(t => (day, t.Key, t.Value)));
            if (i % 2 == 0)
            {
                rows.Add((day, "Billing", new TextTones(1, i % 4 == 0 ? 1 : 0)));
            }
        }
        rows.Add((D, "Billing", new TextTones(1, 1)));

        var billing = Detector.Judge(D, DailyTextTones.From(rows), NoAlerts).Single(v => v.Category == "Billing");

        Assert.Equal((28, 14), (billing.Baseline.Reference.Texts, billing.Baseline.Reference.Negative));
        Assert.Equal((14 + 30 * 406 / 5068.0) / 58, billing.Baseline.Share, 12);
        Assert.Equal(0.282816, billing.Baseline.Share, 6);
    }

    [Fact]
    public void The_dispersion_is_the_extra_spread_of_the_daily_shares_by_the_method_of_moments()
    {
        // 10 days of 10 texts, negative 0, 4, 0, 4, ... (p̂ = 0.2): residuals ±2, each day (x - e)² - n p̂(1 - p̂) =
        // 4 - 1.6 = 2.4, Σ = 24; Σ n(n - 1) p̂(1 - p̂) = 10 · 90 · 0.16 = 144; ρ = 24 / 144 · 10 / 9 = 0.185185.
        var days = Enumerable.Range(0, 10).Select(i => new TextTones(10, i % 2 == 0 ? 0 : 4)).ToList();
        Assert.Equal(24 / 144.0 * 10 / 9, ShareBaseline.DispersionOf(days, 0.2), 14);
        // With 8 days or fewer, or no spread at all, none.
        Assert.Equal(0, ShareBaseline.DispersionOf(days.Take(8).ToList(), 0.2));
        Assert.Equal(0, ShareBaseline.DispersionOf([.. Enumerable.Repeat(new TextTones(10, 2), 20)], 0.2));

        // Through From: p0 = (20 + 30 · 0.1) / (100 + 30) = 0.176923; a day of 40 texts has deff 1 + 39 ρ + 40 / 130.
        var baseline = ShareBaseline.From(days, new TextTones(1000, 100));
        Assert.Equal(23 / 130.0, baseline.Share, 14);
        Assert.Equal(1 + 39 * (24 / 144.0 * 10 / 9) + 40 / 130.0, baseline.DesignEffect(40), 12);
    }

    [Fact]
    public void A_jump_passing_every_gate_is_an_alert_with_its_sentence_and_severity()
    {
        // Payments 10 of 20 (50 %) against 9.94 %: deff 1 + 20/1150 = 1.017391, p = I_0.0994203(9.8291, 10.8291) = 8.1545e-6
        // < 0.00333; 10 >= 5 negative; rise 40.06 points >= 5; ratio 0.5 / 0.0994203 = 5.03 >= 1.5: severity 3.
        var verdict = Judge("Payments", new TextTones(20, 10));

        Assert.True(verdict.IsAlert);
        Assert.Equal(8.15453357e-6, verdict.PValue, 1e-12);
        Assert.Equal(1 + 20 / 1150.0, verdict.DesignEffect, 14);
        Assert.Equal(40.05797101, verdict.Rise, 7);
        Assert.Equal(5.02915452, verdict.Ratio, 7);
        Assert.Equal(Severity.Critical, verdict.Severity);
        Assert.Equal("Payments: 10 of 20 texts negative today (50%), typical 9.9% (5.0×)", verdict.Why);
    }

    [Fact]
    public void Severity_follows_the_share_ratio()
    {
        // Returns against 19.68 %: 45 of 100 (45 %) is 2.29× (severity 2), p = 3.3e-8; 12 of 20 (60 %) is 3.05×
        // (severity 3), p = 9.9e-5. 9 of 20 (45 %) is 2.29× too, but p = 0.0096 >= 0.00333: no alert, no severity.
        Assert.Equal((true, Severity.Major), Judge("Returns", new TextTones(100, 45)) is var a ? (a.IsAlert, a.Severity) : default);
        Assert.Equal((true, Severity.Critical), Judge("Returns", new TextTones(20, 12)) is var b ? (b.IsAlert, b.Severity) : default);
        Assert.Equal((false, 0), Judge("Returns", new TextTones(20, 9)) is var c ? (c.IsAlert, c.Severity) : default);
        // Below 2× a jump is severity 1: Payments 95 of 500 (19 %) against 9.94 % is 1.91×, +9.06 points, p = 2.35e-7.
        Assert.Equal((true, Severity.Minor), Judge("Payments", new TextTones(500, 95)) is var d ? (d.IsAlert, d.Severity) : default);
    }

    /// <summary>Each gate failing alone: the others pass, and the resolve names exactly the one that fails.</summary>
    [Theory]
    // p: 5 of 15 (33 %), 5 negative, +23.4 points, 3.35×, but p = I(4.936, 10.871) = 0.012989 >= 0.00333.
    [InlineData("Payments", 15, 5, "Payments: 5 of 15 texts negative today (33.3%), typical 9.9% (3.4×): no longer improbable (p = 0.01)")]
    // the count: 4 of 4 (100 %), p = 0.0994203^(4 / 1.003478) = 1.0088e-4, +90 points, 10×, but 4 < 5 negative texts.
    [InlineData("Payments", 4, 4, "Payments: 4 of 4 texts negative today (100%), typical 9.9% (10.1×): fewer than 5 negative texts")]
    // the rise: Shipping 60 of 1000 (6 %) against 2.06 %: p = 5.85e-10, 2.91×, 60 negative, but only 3.94 points above.
    [InlineData("Shipping", 1000, 60, "Shipping: 60 of 1000 texts negative today (6%), typical 2.1% (2.9×): less than 5 points above typical")]
    // the ratio: Returns 280 of 1000 (28 %) against 19.68 %: p = 2.28e-6, +8.32 points, 280 negative, but 1.42×.
    [InlineData("Returns", 1000, 280, "Returns: 280 of 1000 texts negative today (28%), typical 19.7% (1.4×): under 1.5× typical")]
    public void Each_gate_failing_alone_keeps_the_day_from_alerting(string category, int texts, int negative, string resolved)
    {
        var verdict = Judge(category, new TextTones(texts, negative));

        Assert.True(verdict.HasVerdict);
        Assert.False(verdict.IsAlert);
        Assert.Equal(0, verdict.Severity);
        Assert.Equal(resolved, WhySentence.NegativeShareResolved(verdict, new AlertSettings()));
    }

    [Theory]
    [InlineData("Payments", 15, 5, 0.0129893163)]
    [InlineData("Payments", 4, 4, 1.008788044e-4)]
    [InlineData("Shipping", 1000, 60, 5.847294e-10)]
    [InlineData("Returns", 1000, 280, 2.280125e-6)]
    public void The_p_values_of_the_gate_cases_match_the_integrated_beta(string category, int texts, int negative, double expected) =>
        Assert.Equal(expected, Judge(category, new TextTones(texts, negative)).PValue, expected * 1e-6);

    [Fact]
    public void The_gates_are_the_configured_ones()
    {
        // Payments 10 of 20 passes the defaults (above); a stricter MinNegative or MinRisePoints or MinRatio stops it.
        var tones = Tones(("Payments", new TextTones(20, 10)));
        AlertSettings With(NegativeShareSettings gates) => new() { NegativeShare = gates };

        Assert.True(new NegativeShareDetector(new AlertSettings()).Judge(D, tones, NoAlerts)[0].IsAlert);
        Assert.False(new NegativeShareDetector(With(new NegativeShareSettings { MinNegative = 11 })).Judge(D, tones, NoAlerts)[0].IsAlert);
        Assert.False(new NegativeShareDetector(With(new NegativeShareSettings { MinRisePoints = 41 })).Judge(D, tones, NoAlerts)[0].IsAlert);
        Assert.False(new NegativeShareDetector(With(new NegativeShareSettings { MinRatio = 5.1 })).Judge(D, tones, NoAlerts)[0].IsAlert);
        // Alpha 1e-6: the gate 1e-6 / 3 is under p = 8.15e-6.
        Assert.False(new NegativeShareDetector(new AlertSettings { Alpha = 1e-6 }).Judge(D, tones, NoAlerts)[0].IsAlert);
    }

    [Fact]
    public void A_young_history_or_a_category_with_few_texts_warms_up_and_does_not_count_towards_K()
    {
        // Six earlier days with texts: too little history for any category.
        var young = DailyTextTones.From(Enumerable.Range(1, 6).SelectMany(i => Typical.Select(t => (D.AddDays(-i), t.Key, t.Value)))
            .Append((D, "Payments", new TextTones(20, 20))));
        var verdicts = Detector.Judge(D, young, NoAlerts);
        Assert.All(verdicts, v => Assert.Equal((BaselineState.WarmingUp, false), (v.Baseline.State, v.HasVerdict)));
        Assert.Equal("Payments: negative share warming up, not enough history yet", verdicts[0].Why);

        // 56 days of history, but Billing has had 19 texts in them (under 20): it warms up, the others are judged with K = 3.
        var rows = new List<(DateOnly, string, TextTones)>();
        for (var i = 1; i <= 56; i++)
        {
            rows.AddRange(Typical.Select(t => (D.AddDays(-i), t.Key, t.Value)));
            if (i <= 19)
            {
                rows.Add((D.AddDays(-i), "Billing", new TextTones(1, 1)));
            }
        }
        rows.AddRange(Typical.Select(t => (D, t.Key, t.Value)));
        rows.Add((D, "Billing", new TextTones(10, 10)));
        var sparse = Detector.Judge(D, DailyTextTones.From(rows), NoAlerts);
        var billing = sparse.Single(v => v.Category == "Billing");
        Assert.Equal((BaselineState.WarmingUp, false, 19), (billing.Baseline.State, billing.IsAlert, billing.Baseline.Reference.Texts));
        Assert.Equal("Billing: negative share warming up, fewer than 20 texts in the 8 weeks before", billing.Why);
        Assert.All(sparse.Where(v => v.Category != "Billing"), v => Assert.Equal(0.01 / 3, v.PGate));
    }

    [Fact]
    public void A_day_without_texts_in_the_category_is_not_judged()
    {
        var rows = Enumerable.Range(1, 56).SelectMany(i => Typical.Select(t => (D.AddDays(-i), t.Key, t.Value)))
            .Append((D, "Returns", new TextTones(20, 4))).ToList();

        var verdicts = Detector.Judge(D, DailyTextTones.From(rows), NoAlerts);

        var payments = verdicts.Single(v => v.Category == "Payments");
        Assert.Equal((true, false, "Payments: no texts today, negative share not judged"), (payments.Baseline.IsReady, payments.HasVerdict, payments.Why));
        // Only Returns has a verdict: K = 1.
        Assert.Equal(0.01, verdicts.Single(v => v.Category == "Returns").PGate);
    }

    [Fact]
    public void A_day_the_data_does_not_cover_is_not_judged_and_is_no_reference_day_unless_it_is_in_progress()
    {
        var tones = Tones(("Payments", new TextTones(20, 10)));
        var notCovered = new HashSet<DateOnly> { D };

        var skipped = Detector.Judge(D, tones, NoAlerts, notCovered);
        var inProgress = Detector.Judge(D, tones, NoAlerts, notCovered, inProgress: true);

        Assert.All(skipped, v => Assert.Equal((BaselineState.NotCovered, false, false), (v.Baseline.State, v.HasVerdict, v.IsAlert)));
        Assert.Equal("Payments: not covered by the data (a source starts, stops or joins part-way through the day): not judged", skipped[0].Why);
        Assert.True(inProgress[0].IsAlert);

        // A reference day the data does not cover is a day without data: a day of 20 negative of 20 on 10-13, not covered,
        // leaves Payments' reference as it was (1100 texts, 110 negative, on the 55 other days).
        var rows = Enumerable.Range(1, 56).SelectMany(i => Typical.Select(t => (D.AddDays(-i), t.Key, i == 7 && t.Key == "Payments" ? new TextTones(20, 20) : t.Value)))
            .Concat(Typical.Select(t => (D, t.Key, t.Value))).ToList();
        var withGap = Detector.Judge(D, DailyTextTones.From(rows), NoAlerts, new HashSet<DateOnly> { D.AddDays(-7) }).Single(v => v.Category == "Payments");
        Assert.Equal((1100, 110, 55), (withGap.Baseline.Reference.Texts, withGap.Baseline.Reference.Negative, withGap.Baseline.ReferenceDays));
        var counted = Detector.Judge(D, DailyTextTones.From(rows), NoAlerts).Single(v => v.Category == "Payments");
        Assert.Equal((1120, 130), (counted.Baseline.Reference.Texts, counted.Baseline.Reference.Negative));
    }

    [Fact]
    public void The_replay_judges_the_day_in_progress_on_its_texts_so_far_and_skips_it_once_it_is_a_day_not_covered()
    {
        // D is not covered (say its export stops part-way): as the local today not over it is judged all the same, as the
        // volume spikes are; replayed later, when it is over, it is not.
        var tones = Tones(("Payments", new TextTones(20, 10)));
        var notCovered = new HashSet<DateOnly> { D };

        var live = Detector.Replay(tones, D, D, notCovered, inProgress: D).Single();
        var later = Detector.Replay(tones, D, D, notCovered, inProgress: D.AddDays(1)).Single();

        Assert.True(live.Single(v => v.Category == "Payments").IsAlert);
        Assert.All(later, v => Assert.Equal(BaselineState.NotCovered, v.Baseline.State));
    }

    [Fact]
    public void The_replay_leaves_a_categorys_past_jumps_out_of_its_later_reference()
    {
        // D is a jump (10 of 20); the next day, D + 1, is judged against the 55 days before D and not D itself.
        var rows = Enumerable.Range(1, 56).SelectMany(i => Typical.Select(t => (D.AddDays(-i), t.Key, t.Value)))
            .Concat(Typical.Select(t => (D, t.Key, t.Key == "Payments" ? new TextTones(20, 10) : t.Value)))
            .Concat(Typical.Select(t => (D.AddDays(1), t.Key, t.Value))).ToList();

        var days = Detector.Replay(DailyTextTones.From(rows), D, D.AddDays(1));

        Assert.True(days[0].Single(v => v.Category == "Payments").IsAlert);
        var next = days[1].Single(v => v.Category == "Payments");
        // The window of D + 1 is 2026-08-26..10-20: 55 typical days (1100 texts, 110 negative), D left out.
        Assert.Equal((1100, 110, 55), (next.Baseline.Reference.Texts, next.Baseline.Reference.Negative, next.Baseline.ReferenceDays));
        Assert.False(next.IsAlert);
        // Without the replay's memory, D would be in it: 1120 texts, 120 negative.
        var unaware = Detector.Judge(D.AddDays(1), DailyTextTones.From(rows), NoAlerts).Single(v => v.Category == "Payments");
        Assert.Equal((1120, 120), (unaware.Baseline.Reference.Texts, unaware.Baseline.Reference.Negative));
    }
}
