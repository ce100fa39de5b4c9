using Analytics.Pipeline.Alerts;

namespace Analytics.Tests.Alerts;

public class TailProbabilityTests
{
    /// <summary>P(X &gt;= x) by summing the Poisson pmf directly (recursion pmf(k) = pmf(k-1)·mu/k), no special functions.</summary>
    private static double PoissonUpperBySum(int x, double mu)
    {
        var pmf = Math.Exp(-mu);
        var below = 0.0;
        for (var k = 0; k < x; k++)
        {
            below += pmf;
            pmf *= mu / (k + 1);
        }
        return 1 - below;
    }

    /// <summary>
    /// P(X &gt;= x) for the negative binomial with size r and success probability p, by direct pmf summation:
    /// pmf(k) = Γ(k + r) / (Γ(r) k!) p^r (1-p)^k, built by the recursion pmf(k) = pmf(k-1)·(k - 1 + r)/k·(1 - p).
    /// </summary>
    private static double NegativeBinomialUpperBySum(int x, double r, double p)
    {
        var pmf = Math.Pow(p, r);
        var below = 0.0;
        for (var k = 0; k < x; k++)
        {
            below += pmf;
            pmf *= (k + r) / (k + 1) * (1 - p);
        }
        return 1 - below;
    }

    [Fact]
    public void Log_gamma_matches_factorials_and_half_integers()
    {
        // Γ(5) = 4! = 24; Γ(0.5) = √π; Γ(171) = 170! ≈ 7.257415615e306 (ln ≈ 706.5730622457874).
        Assert.Equal(Math.Log(24), SpecialFunctions.LogGamma(5), 12);
        Assert.Equal(0.5 * Math.Log(Math.PI), SpecialFunctions.LogGamma(0.5), 12);
        Assert.Equal(706.5730622457874, SpecialFunctions.LogGamma(171), 9);
        Assert.Equal(0, SpecialFunctions.LogGamma(1), 13);
        Assert.Equal(0, SpecialFunctions.LogGamma(2), 13);
    }

    [Fact]
    public void Poisson_upper_tail_matches_direct_summation_for_mu_3()
    {
        for (var x = 0; x <= 10; x++)
        {
            var expected = PoissonUpperBySum(x, 3);
            Assert.Equal(expected, TailProbability.PoissonUpper(x, 3), 1e-12);
        }
        // Hand: P(X >= 5 | 3) = 1 - e^-3 (1 + 3 + 4.5 + 4.5 + 3.375) = 1 - 0.0497871 · 16.375 = 0.1847368.
        Assert.Equal(0.1847368, TailProbability.PoissonUpper(5, 3), 6);
    }

    [Fact]
    public void Poisson_lower_tail_complements_the_upper_tail()
    {
        // P(X <= x) + P(X >= x + 1) = 1; hand: P(X <= 0 | 3) = e^-3 = 0.0497871.
        Assert.Equal(Math.Exp(-3), TailProbability.PoissonLower(0, 3), 12);
        for (var x = 0; x <= 10; x++)
        {
            Assert.Equal(1, TailProbability.PoissonLower(x, 3) + TailProbability.PoissonUpper(x + 1, 3), 12);
        }
    }

    [Theory]
    [InlineData(3.0, 6.0)]    // r = 9/3 = 3, p = 0.5
    [InlineData(4.0, 12.0)]   // r = 16/8 = 2, p = 1/3
    [InlineData(2.5, 4.0)]    // r = 6.25/1.5 = 4.1667, p = 0.625 (size not a whole number)
    [InlineData(12.0, 40.0)]  // r = 144/28 = 5.1429, p = 0.3
    public void Negative_binomial_upper_tail_matches_direct_summation(double mu, double variance)
    {
        var r = mu * mu / (variance - mu);
        var p = r / (r + mu);
        for (var x = 0; x <= 40; x++)
        {
            Assert.Equal(NegativeBinomialUpperBySum(x, r, p), TailProbability.NegativeBinomialUpper(x, mu, variance), 1e-11);
        }
    }

    [Fact]
    public void Negative_binomial_hand_case()
    {
        // mu 3, variance 6: r = 3, p = 0.5. P(X = 0) = 0.5^3 = 0.125, P(X = 1) = 3·0.125·0.5 = 0.1875,
        // P(X = 2) = 6·0.125·0.25 = 0.1875, so P(X >= 3) = 1 - 0.5 = 0.5 and P(X <= 2) = 0.5.
        Assert.Equal(0.5, TailProbability.NegativeBinomialUpper(3, 3, 6), 12);
        Assert.Equal(0.5, TailProbability.NegativeBinomialLower(2, 3, 6), 12);
        Assert.Equal(0.125, TailProbability.NegativeBinomialLower(0, 3, 6), 12);
    }

    [Fact]
    public void Negative_binomial_falls_back_to_poisson_when_not_over_dispersed()
    {
        Assert.Equal(TailProbability.PoissonUpper(7, 3), TailProbability.NegativeBinomialUpper(7, 3, 3), 15);
        Assert.Equal(TailProbability.PoissonUpper(7, 3), TailProbability.NegativeBinomialUpper(7, 3, 1), 15);
    }

    [Fact]
    public void Zero_count_has_upper_tail_one()
    {
        Assert.Equal(1, TailProbability.PoissonUpper(0, 3));
        Assert.Equal(1, TailProbability.PoissonUpper(0, 0));
        Assert.Equal(1, TailProbability.NegativeBinomialUpper(0, 3, 10));
        Assert.Equal(1, TailProbability.PoissonUpper(0, 1000));
    }

    [Fact]
    public void Zero_mean_makes_any_positive_count_impossible()
    {
        Assert.Equal(0, TailProbability.PoissonUpper(1, 0));
        Assert.Equal(1, TailProbability.PoissonLower(0, 0));
    }

    [Fact]
    public void Upper_tail_falls_as_the_count_rises()
    {
        var previous = 1.0;
        for (var x = 0; x <= 200; x++)
        {
            var poisson = TailProbability.PoissonUpper(x, 20);
            Assert.True(poisson <= previous, $"x = {x}");
            previous = poisson;
        }
        previous = 1.0;
        for (var x = 0; x <= 200; x++)
        {
            var nb = TailProbability.NegativeBinomialUpper(x, 20, 60);
            Assert.True(nb <= previous, $"x = {x}");
            previous = nb;
        }
    }

    [Fact]
    public void Large_count_poisson_tail_agrees_with_log_space_summation_and_normal_approximation()
    {
        // Direct sum in log space: ln pmf(k) = -mu + k ln mu - ln k!, summed from k = 1100 up to 2000
        // (terms beyond are below e^-300 of the first) with log-sum-exp.
        const double mu = 1000;
        const int x = 1100;
        var logFactorial = 0.0;
        for (var j = 2; j <= x; j++)
        {
            logFactorial += Math.Log(j);
        }
        var logs = new List<double>();
        for (var k = x; k <= 2000; k++)
        {
            if (k > x)
            {
                logFactorial += Math.Log(k);
            }
            logs.Add(-mu + k * Math.Log(mu) - logFactorial);
        }
        var max = logs.Max();
        var bySum = Math.Exp(max) * logs.Sum(l => Math.Exp(l - max));

        var tail = TailProbability.PoissonUpper(x, mu);
        Assert.Equal(1, tail / bySum, 9);

        // Normal approximation with continuity correction: z = (1099.5 - 1000) / √1000 = 3.1464,
        // 1 - Φ(3.1464) ≈ 8.3e-4; the Poisson's right skew makes the true tail somewhat larger (~1.1e-3).
        Assert.InRange(tail, 8.3e-4 * 0.8, 8.3e-4 * 2);
    }

    [Fact]
    public void Large_count_negative_binomial_tail_is_finite_and_consistent()
    {
        // mu 1000, variance 2000: r = 1000, p = 0.5; the tail by direct recursion (terms stay in range up to
        // x = 1300) must match, and the lower tail must complement it.
        var bySum = NegativeBinomialUpperBySum(1100, 1000, 0.5);
        var tail = TailProbability.NegativeBinomialUpper(1100, 1000, 2000);
        Assert.Equal(bySum, tail, 9);
        Assert.Equal(1, tail + TailProbability.NegativeBinomialLower(1099, 1000, 2000), 12);
        Assert.InRange(TailProbability.NegativeBinomialUpper(5000, 1000, 2000), 0, 1e-100);
    }

    [Fact]
    public void Tiny_tails_keep_their_relative_accuracy()
    {
        // P(X >= 50 | mu 1) = e^-1 / 50! · (1 + 1/51 + 1/(51·52) + ...): ln 50! = 148.47776695177302, so the
        // first term is e^-149.4778 ≈ 1.2e-65 and the bracket ≈ 1.0200.
        var logFirst = -1 - 148.47776695177302;
        var bracket = 0.0;
        var term = 1.0;
        for (var k = 51; k < 80; k++)
        {
            bracket += term;
            term /= k;
        }
        var expected = Math.Exp(logFirst) * bracket;
        Assert.Equal(1, TailProbability.PoissonUpper(50, 1) / expected, 9);
        // Negative binomial mu 3, variance 6 (r 3, p 0.5): P(X >= 200) by direct summation of the pmf in logs.
        var bySum = 0.0;
        var logPmf = 3 * Math.Log(0.5);
        for (var k = 0; k < 2000; k++)
        {
            if (k >= 200)
            {
                bySum += Math.Exp(logPmf);
            }
            logPmf += Math.Log((k + 3.0) / (k + 1)) + Math.Log(0.5);
        }
        Assert.Equal(1, TailProbability.NegativeBinomialUpper(200, 3, 6) / bySum, 9);
    }

    [Fact]
    public void Very_large_counts_stay_finite_and_sensible()
    {
        // Poisson(10^6) at its mean: P(X >= mu) ≈ 1/2 + 1/(3·√(2π·10^6)) = 0.50013298 (log-space summation of
        // the pmf from 10^6 to 10^6 + 10^4 gives 0.5001329802).
        Assert.Equal(0.5001329802, TailProbability.PoissonUpper(1_000_000, 1_000_000), 9);
        // 6 standard deviations up: log-space summation gives 1.02571e-9 (normal alone 9.9e-10).
        Assert.Equal(1, TailProbability.PoissonUpper(1_006_000, 1_000_000) / 1.0257088655655853e-09, 6);
    }
}
