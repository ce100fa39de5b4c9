namespace Analytics.Pipeline.Alerts;

/// <summary>
/// Log-gamma (Lanczos), the regularized incomplete gamma P(a, x), the regularized incomplete beta I_x(a, b) and the
/// standard normal distribution, in double precision: series where it converges fast, Lentz's continued fraction
/// elsewhere.
/// </summary>
public static class SpecialFunctions
{
    private const double Epsilon = 1e-15;
    private const double Tiny = 1e-300;
    private const int MaxIterations = 100_000;

    // Lanczos coefficients for g = 7, n = 9 (about 15 correct digits).
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(x);
        if (x < 0.5)
        {
            // Reflection: Γ(x) Γ(1 - x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }
        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (x + i);
        }
        var t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }

    /// <summary>Lower regularized incomplete gamma P(a, x) = γ(a, x) / Γ(a), a &gt; 0, x &gt;= 0.</summary>
    public static double RegularizedGammaP(double a, double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(a);
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        if (x == 0)
        {
            return 0;
        }
        return x < a + 1 ? GammaSeries(a, x) : 1 - GammaContinuedFraction(a, x);
    }

    /// <summary>Upper regularized incomplete gamma Q(a, x) = 1 - P(a, x), accurate when it is tiny.</summary>
    public static double RegularizedGammaQ(double a, double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(a);
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        if (x == 0)
        {
            return 1;
        }
        return x < a + 1 ? 1 - GammaSeries(a, x) : GammaContinuedFraction(a, x);
    }

    /// <summary>Regularized incomplete beta I_x(a, b), a, b &gt; 0, 0 &lt;= x &lt;= 1.</summary>
    public static double RegularizedBeta(double x, double a, double b)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(a);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(b);
        if (x is < 0 or > 1 || double.IsNaN(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "must lie in [0, 1]");
        }
        if (x == 0 || x == 1)
        {
            return x;
        }
        var logFront = LogGamma(a + b) - LogGamma(a) - LogGamma(b) + a * Math.Log(x) + b * Math.Log(1 - x);
        // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry otherwise.
        return x < (a + 1) / (a + b + 2)
            ? Math.Exp(logFront) * BetaContinuedFraction(x, a, b) / a
            : 1 - Math.Exp(logFront) * BetaContinuedFraction(1 - x, b, a) / b;
    }

    /// <summary>The two-sided 95% quantile of the standard normal, Φ⁻¹(0.975): a 95% confidence interval is ± this many standard errors.</summary>
    public const double Normal975 = 1.959963984540054;

    /// <summary>
    /// Φ(z), the standard normal distribution function, through erfc(x) = Q(1/2, x²): Φ(z) = Q(1/2, z²/2) / 2 for
    /// z &lt; 0 and 1 − Q(1/2, z²/2) / 2 otherwise, so a far lower tail keeps its digits.
    /// </summary>
    public static double NormalCdf(double z)
    {
        if (double.IsNaN(z))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "is not a number");
        }
        if (double.IsInfinity(z))
        {
            return z > 0 ? 1 : 0;
        }
        var half = 0.5 * RegularizedGammaQ(0.5, z * z / 2);
        return z < 0 ? half : 1 - half;
    }

    /// <summary>
    /// The two-sided p-value of a standard normal statistic, P(|Z| ≥ |z|) = 2 (1 − Φ(|z|)) = Q(1/2, z²/2), accurate
    /// however small.
    /// </summary>
    public static double NormalTwoSided(double z)
    {
        if (double.IsNaN(z))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "is not a number");
        }
        return double.IsInfinity(z) ? 0 : RegularizedGammaQ(0.5, z * z / 2);
    }

    private static double GammaSeries(double a, double x)
    {
        var term = 1 / a;
        var sum = term;
        for (var n = 1; n < MaxIterations; n++)
        {
            term *= x / (a + n);
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
            {
                break;
            }
        }
        return Math.Min(1, sum * Math.Exp(-x + a * Math.Log(x) - LogGamma(a)));
    }

    private static double GammaContinuedFraction(double a, double x)
    {
        // Modified Lentz for Q(a, x) = e^-x x^a / Γ(a) · 1 / (x + 1 - a - 1·(1 - a) / (x + 3 - a - ...)).
        var b = x + 1 - a;
        var c = 1 / Tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            b += 2;
            var delta = LentzStep(-i * (i - a), b, ref c, ref d);
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }
        return Math.Min(1, Math.Exp(-x + a * Math.Log(x) - LogGamma(a)) * h);
    }

    private static double BetaContinuedFraction(double x, double a, double b)
    {
        // Modified Lentz on the standard continued fraction for I_x(a, b): two terms per step, the even one
        // m (b - m) x / ((a + 2m - 1)(a + 2m)) and the odd one -(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)).
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = 1 / NonZero(1 - qab * x / qap);
        var h = d;
        for (var m = 1; m < MaxIterations; m++)
        {
            var m2 = 2 * m;
            h *= LentzStep(m * (b - m) * x / ((qam + m2) * (a + m2)), 1, ref c, ref d);
            var delta = LentzStep(-(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)), 1, ref c, ref d);
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }
        return h;
    }

    /// <summary>One step of the modified Lentz method for a continued fraction with term an / (bn + ...): updates
    /// C and D and returns the factor C·D by which the fraction's value changes.</summary>
    private static double LentzStep(double an, double bn, ref double c, ref double d)
    {
        d = 1 / NonZero(bn + an * d);
        c = NonZero(bn + an / c);
        return c * d;
    }

    /// <summary>Keeps Lentz's C and D away from zero (a zero denominator would stop the recurrence).</summary>
    private static double NonZero(double value) => Math.Abs(value) < Tiny ? Tiny : value;
}
