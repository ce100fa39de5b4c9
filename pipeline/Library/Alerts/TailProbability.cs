namespace Analytics.Pipeline.Alerts;

/// <summary>
/// Tail probabilities of daily ticket counts: Poisson, and negative binomial parameterised by mean and variance
/// (method of moments); and of the negative texts among a day's texts: binomial. Upper tails are P(X &gt;= x),
/// lower tails P(X &lt;= x).
/// </summary>
public static class TailProbability
{
    /// <summary>P(X &gt;= x) for X ~ Poisson(mu): the lower regularized gamma P(x, mu); 1 for x &lt;= 0.</summary>
    public static double PoissonUpper(int x, double mu)
    {
        CheckMean(mu);
        if (x <= 0)
        {
            return 1;
        }
        return mu == 0 ? 0 : SpecialFunctions.RegularizedGammaP(x, mu);
    }

    /// <summary>P(X &lt;= x) for X ~ Poisson(mu): the upper regularized gamma Q(x + 1, mu); 0 for x &lt; 0.</summary>
    public static double PoissonLower(int x, double mu)
    {
        CheckMean(mu);
        if (x < 0)
        {
            return 0;
        }
        return mu == 0 ? 1 : SpecialFunctions.RegularizedGammaQ(x + 1, mu);
    }

    /// <summary>
    /// P(X &gt;= x) for a negative binomial with mean <paramref name="mu"/> and variance <paramref name="variance"/>;
    /// with r = mu² / (v - mu) and p = r / (r + mu) it is I_{1-p}(x, r). Falls back to Poisson when v &lt;= mu.
    /// </summary>
    public static double NegativeBinomialUpper(int x, double mu, double variance)
    {
        CheckMean(mu);
        if (variance <= mu || mu == 0)
        {
            return PoissonUpper(x, mu);
        }
        if (x <= 0)
        {
            return 1;
        }
        var (r, p) = Shape(mu, variance);
        return SpecialFunctions.RegularizedBeta(1 - p, x, r);
    }

    /// <summary>P(X &lt;= x) for the same negative binomial: I_p(r, x + 1). Falls back to Poisson when v &lt;= mu.</summary>
    public static double NegativeBinomialLower(int x, double mu, double variance)
    {
        CheckMean(mu);
        if (variance <= mu || mu == 0)
        {
            return PoissonLower(x, mu);
        }
        if (x < 0)
        {
            return 0;
        }
        var (r, p) = Shape(mu, variance);
        return SpecialFunctions.RegularizedBeta(p, r, x + 1);
    }

    /// <summary>Upper tail under the model the moments call for: Poisson when variance &lt;= mean, else negative binomial.</summary>
    public static double Upper(int x, double mu, double variance) => NegativeBinomialUpper(x, mu, variance);

    /// <summary>Lower tail under the model the moments call for.</summary>
    public static double Lower(int x, double mu, double variance) => NegativeBinomialLower(x, mu, variance);

    /// <summary>
    /// P(X &gt;= k) for X ~ Binomial(n, p): the regularized incomplete beta I_p(k, n - k + 1); 1 for k &lt;= 0, 0 for
    /// k &gt; n (docs/alerts.md, "Negative share"). With a <paramref name="designEffect"/> deff &gt; 1 (texts of a day
    /// that are alike, a share that is itself estimated), the same with n and k divided by deff: the binomial of
    /// n / deff trials, k / deff successes, I_p(k / deff, (n - k) / deff + 1); deff 1 is the binomial exactly.
    /// </summary>
    public static double BinomialUpper(int k, int n, double p, double designEffect = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "must be a probability in [0, 1]");
        }
        if (!(designEffect >= 1) || double.IsInfinity(designEffect))
        {
            throw new ArgumentOutOfRangeException(nameof(designEffect), designEffect, "must be finite and at least 1");
        }
        if (k <= 0)
        {
            return 1;
        }
        return k > n ? 0 : SpecialFunctions.RegularizedBeta(p, k / designEffect, (n - k) / designEffect + 1);
    }

    private static (double R, double P) Shape(double mu, double variance)
    {
        var r = mu * mu / (variance - mu);
        return (r, r / (r + mu));
    }

    private static void CheckMean(double mu)
    {
        if (!double.IsFinite(mu) || mu < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(mu), mu, "mean must be finite and not negative");
        }
    }
}
