using Analytics.Pipeline.Alerts;
using Analytics.Pipeline.Drivers;

namespace Analytics.Tests.Drivers;

/// <summary>
/// The statistics of the drivers of satisfaction (docs/voc.md, "Drivers") on responses given in memory: the
/// two-proportion test with its interval, Welch's difference of NPS means, Benjamini–Hochberg, the minimum of
/// responses and the order, each worked out by hand; and the normal distribution they rest on.
/// </summary>
public sealed class DriverAnalysisTests
{
    private static readonly DateOnly From = new(2026, 11, 1), To = new(2026, 11, 30);

    private static DriverResponse Csat(bool satisfied, string channel, string priority) =>
        new(satisfied ? 1 : 0, new Dictionary<DriverFactor, string> { [DriverFactor.Channel] = channel, [DriverFactor.Priority] = priority });

    /// <summary>
    /// 100 CSAT responses, 68 satisfied:
    /// <code>
    ///               high   normal   low   | all
    /// email  sat     20       0      0    |  20 of 40
    ///        unsat    6      14      0    |
    /// chat   sat      4      40      4    |  48 of 60
    ///        unsat    0       6      6    |
    /// all            24/30  40/60   4/10  |  68 of 100
    /// </code>
    /// </summary>
    private static List<DriverResponse> CsatResponses() =>
    [
        .. Enumerable.Repeat(Csat(true, "email", "high"), 20),
        .. Enumerable.Repeat(Csat(false, "email", "high"), 6),
        .. Enumerable.Repeat(Csat(false, "email", "normal"), 14),
        .. Enumerable.Repeat(Csat(true, "chat", "high"), 4),
        .. Enumerable.Repeat(Csat(true, "chat", "normal"), 40),
        .. Enumerable.Repeat(Csat(true, "chat", "low"), 4),
        .. Enumerable.Repeat(Csat(false, "chat", "normal"), 6),
        .. Enumerable.Repeat(Csat(false, "chat", "low"), 6),
    ];

    [Fact]
    public void Each_level_against_the_rest_by_the_two_proportion_test_with_BH_worked_out_by_hand()
    {
        var result = DriverAnalysis.Analyse(DriverTarget.Csat, From, To, CsatResponses(), withoutTicket: 3);

        // email 20/40 = 0.5 against chat 48/60 = 0.8: d = −0.3.
        //   pooled p = 68/100 = 0.68; SE = √(0.68 · 0.32 · (1/40 + 1/60)) = √(0.2176 · 0.0416667) = 0.0952191
        //   z = −0.3 / 0.0952191 = −3.150630; p = 2 (1 − Φ(3.150630)) = 0.0016292
        //   unpooled SE = √(0.5 · 0.5 / 40 + 0.8 · 0.2 / 60) = √(0.00625 + 0.0026667) = 0.0944281
        //   95% CI = −0.3 ± 1.959964 · 0.0944281 = −0.3 ± 0.1850757 → [−48.51, −11.49] points
        // chat against email: the mirror, +30 [+11.49, +48.51], the same p.
        // high 24/30 = 0.8 against normal and low 44/70 = 0.628571: d = 0.171429
        //   SE = √(0.2176 · (1/30 + 1/70)) = 0.1017942, z = 1.684083, p = 0.0921657
        //   unpooled SE = √(0.8 · 0.2 / 30 + 0.628571 · 0.371429 / 70) = 0.0930282 → CI [−1.11, +35.39]
        // normal 40/60 = 0.666667 against high and low 28/40 = 0.7: d = −0.033333
        //   SE = √(0.2176 · (1/60 + 1/40)) = 0.0952191, z = −0.350070, p = 0.7262861
        // low 4/10: under 30 responses, not tested; against the rest 64/90 = 71.11%: −31.11 points.
        // Benjamini–Hochberg over the m = 4 tested, p ascending (email, chat, high, normal):
        //   q(4) = 0.7262861 · 4/4 = 0.7262861
        //   q(3) = min(q(4), 0.0921657 · 4/3 = 0.1228876) = 0.1228876
        //   q(2) = min(q(3), 0.0016292 · 4/2 = 0.0032584) = 0.0032584
        //   q(1) = min(q(2), 0.0016292 · 4/1 = 0.0065168) = 0.0032584
        // Significant (q ≤ 0.05): email and chat. Order: the largest |d| first (chat and email tie: by q, then level).
        Assert.Equal((100, 3, 4), (result.Responses, result.WithoutTicket, result.Tested));
        Assert.Equal(68, result.Rate!.Value, 9);
        Assert.Equal(
            [("chat", 60, DriverVerdict.Significant), ("email", 40, DriverVerdict.Significant), ("high", 30, DriverVerdict.NotSignificant),
             ("normal", 60, DriverVerdict.NotSignificant), ("low", 10, DriverVerdict.TooFew)],
            result.Levels.Select(l => (l.Level, l.N, l.Verdict)));
        var email = result.Levels.Single(l => l.Level == "email");
        Assert.Equal((50.0, 60), (email.Rate, email.RestN));
        Assert.Equal(80, email.RestRate!.Value, 9);
        Assert.Equal(-30, email.Difference!.Value, 9);
        Assert.Equal(-48.5075681, email.CiLow!.Value, 6);
        Assert.Equal(-11.4924319, email.CiHigh!.Value, 6);
        Assert.Equal(0.00162918630, email.PValue!.Value, 10);
        Assert.Equal(0.00325837260, email.QValue!.Value, 10);
        var chat = result.Levels.Single(l => l.Level == "chat");
        Assert.Equal((30.0, 11.4924319, 48.5075681), (Math.Round(chat.Difference!.Value, 7), Math.Round(chat.CiLow!.Value, 7), Math.Round(chat.CiHigh!.Value, 7)));
        Assert.Equal(email.PValue, chat.PValue);
        var high = result.Levels.Single(l => l.Level == "high");
        Assert.Equal(17.1428571, high.Difference!.Value, 6);
        Assert.Equal(-1.1054605, high.CiLow!.Value, 6);
        Assert.Equal(35.3911747, high.CiHigh!.Value, 6);
        Assert.Equal(0.0921656922, high.PValue!.Value, 9);
        Assert.Equal(0.1228875896, high.QValue!.Value, 9);
        var normal = result.Levels.Single(l => l.Level == "normal");
        Assert.Equal(0.7262861489, normal.PValue!.Value, 9);
        Assert.Equal(normal.PValue, normal.QValue);
        var low = result.Levels.Single(l => l.Level == "low");
        Assert.Equal(40, low.Rate, 9);
        Assert.Equal(90, low.RestN);
        Assert.Equal(-31.1111111, low.Difference!.Value, 6);
        Assert.Equal((null, null, null, null), (low.CiLow, low.CiHigh, low.PValue, low.QValue));
        // Only channel and priority were given: every other factor has no values.
        Assert.Equal(
            [DriverFactor.Category, DriverFactor.Team, DriverFactor.FirstResponse, DriverFactor.Reopened, DriverFactor.SolvedInBusinessHours, DriverFactor.TicketSentiment],
            result.FactorsWithoutValues);
    }

    [Fact]
    public void A_lower_minimum_tests_a_small_level_too()
    {
        var result = DriverAnalysis.Analyse(DriverTarget.Csat, From, To, CsatResponses(), 0, minResponses: 10);

        Assert.Equal(5, result.Tested);
        Assert.DoesNotContain(result.Levels, l => l.Verdict == DriverVerdict.TooFew);
    }

    [Fact]
    public void Nps_levels_differ_in_mean_of_plus_one_zero_minus_one_with_welchs_standard_error()
    {
        static DriverResponse Nps(double outcome, string team) => new(outcome, new Dictionary<DriverFactor, string> { [DriverFactor.Team] = team });
        DriverResponse[] responses = [Nps(1, "A"), Nps(1, "A"), Nps(0, "A"), Nps(-1, "A"), Nps(1, "B"), Nps(-1, "B"), Nps(-1, "B"), Nps(-1, "B"), Nps(0, "B")];

        var result = DriverAnalysis.Analyse(DriverTarget.Nps, From, To, responses, 0, minResponses: 2);

        // A: +1 +1 0 −1, mean 0.25 (NPS 25), sample variance (0.75² + 0.75² + 0.25² + 1.25²) / 3 = 2.75 / 3 = 0.916667
        // B: +1 −1 −1 −1 0, mean −0.4 (NPS −40), sample variance (1.4² + 3 · 0.6² + 0.4²) / 4 = 3.2 / 4 = 0.8
        // d = 0.65; SE = √(0.916667/4 + 0.8/5) = √0.389167 = 0.6238322; z = 1.041947; p = 0.2974364
        // 95% CI = 65 ± 1.959964 · 62.38322 = 65 ± 122.26887 → [−57.27, 187.27]; BH over 2 equal p-values: q = p.
        var a = result.Levels.Single(l => l.Level == "A");
        Assert.Equal((25.0, 4, 5), (a.Rate, a.N, a.RestN));
        Assert.Equal(-40, a.RestRate!.Value, 9);
        Assert.Equal(65, a.Difference!.Value, 9);
        Assert.Equal(-57.2688728, a.CiLow!.Value, 6);
        Assert.Equal(187.2688728, a.CiHigh!.Value, 6);
        Assert.Equal(0.2974363511, a.PValue!.Value, 9);
        Assert.Equal(a.PValue, a.QValue);
        Assert.Equal(DriverVerdict.NotSignificant, a.Verdict);
        Assert.Equal(100.0 * (3 - 4) / 9, result.Rate!.Value, 9); // NPS of all: 100 · (3 promoters − 4 detractors) / 9
    }

    [Fact]
    public void Levels_without_any_spread_differ_for_certain_only_when_their_rates_do()
    {
        DriverResponse Response(double outcome, string level) => new(outcome, new Dictionary<DriverFactor, string> { [DriverFactor.Reopened] = level });
        var all = DriverAnalysis.Analyse(DriverTarget.Csat, From, To, [.. Enumerable.Range(0, 6).Select(i => Response(1, i < 3 ? "a" : "b"))], 0, minResponses: 2);
        var apart = DriverAnalysis.Analyse(DriverTarget.Nps, From, To, [.. Enumerable.Range(0, 6).Select(i => Response(i < 3 ? 1 : -1, i < 3 ? "a" : "b"))], 0, minResponses: 2);

        Assert.All(all.Levels, l => Assert.Equal((1.0, DriverVerdict.NotSignificant), (l.PValue!.Value, l.Verdict)));
        Assert.All(apart.Levels, l => Assert.Equal((0.0, DriverVerdict.Significant), (l.PValue!.Value, l.Verdict)));
    }

    [Fact]
    public void Benjamini_Hochberg_keeps_the_order_of_its_input()
    {
        // m = 5, sorted 0.001 0.01 0.02 0.04 0.5: p · 5 / rank = 0.005 0.025 0.0333 0.05 0.5, already increasing.
        Assert.Equal([0.05, 0.005, 0.5, 0.025, 0.1 / 3], DriverAnalysis.BenjaminiHochberg([0.04, 0.001, 0.5, 0.01, 0.02]), new Tolerance(1e-15));
        // A later p-value can lower an earlier q: 0.03 · 2 / 1 = 0.06 > 0.031 · 2 / 2 = 0.031.
        Assert.Equal([0.031, 0.031], DriverAnalysis.BenjaminiHochberg([0.03, 0.031]), new Tolerance(1e-15));
        Assert.Empty(DriverAnalysis.BenjaminiHochberg([]));
    }

    [Fact]
    public void The_normal_distribution_is_accurate_in_the_middle_and_far_in_the_tails()
    {
        // Reference values: Φ(z) = erfc(−z / √2) / 2 (tables of the normal distribution, to double precision).
        Assert.Equal(0.5, SpecialFunctions.NormalCdf(0), 15);
        Assert.Equal(0.975, SpecialFunctions.NormalCdf(SpecialFunctions.Normal975), 14);
        Assert.Equal(0.6914624612740131, SpecialFunctions.NormalCdf(0.5), 14);
        Assert.Equal(0.9986501019683699, SpecialFunctions.NormalCdf(3), 14);
        Assert.Equal(0.024997895148220435, SpecialFunctions.NormalCdf(-1.96), 14);
        Assert.Equal(1, SpecialFunctions.NormalCdf(-5) / 2.866515718791946e-07, 12);
        Assert.Equal(1, SpecialFunctions.NormalCdf(-8) / 6.220960574271819e-16, 12);
        Assert.Equal(0.04999579029644087, SpecialFunctions.NormalTwoSided(1.96), 14);
        Assert.Equal(0.04999579029644087, SpecialFunctions.NormalTwoSided(-1.96), 14);
        Assert.Equal(1, SpecialFunctions.NormalTwoSided(8) / 1.2441921148543639e-15, 12);
        Assert.Equal(1, SpecialFunctions.NormalTwoSided(0), 15);
        Assert.Equal((0.0, 1.0, 0.0), (SpecialFunctions.NormalCdf(double.NegativeInfinity), SpecialFunctions.NormalCdf(double.PositiveInfinity), SpecialFunctions.NormalTwoSided(double.PositiveInfinity)));
    }

    private sealed class Tolerance(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
