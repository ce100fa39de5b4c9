namespace Analytics.Pipeline.Alerts;

/// <summary>
/// The count distribution a day is scored against: mean μ (the baseline's typical count) and variance
/// (μ + φ μ²) (1 + 1 / n): a negative binomial with the dispersion φ of the reference days (Poisson when φ is 0),
/// widened because μ itself is estimated from about n days' worth of evidence. A typical count of 0 would make
/// any ticket impossible, so the mean is at least <see cref="ZeroFloor"/> tickets a day.
/// </summary>
public sealed record CountModel(double Mean, double Variance)
{
    public const double ZeroFloor = 0.25;

    public static CountModel From(Baseline baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var mu = Math.Max(baseline.Median, ZeroFloor);
        var widen = double.IsFinite(baseline.Evidence) && baseline.Evidence > 0 ? 1 + 1 / baseline.Evidence : 1;
        return new CountModel(mu, (mu + baseline.Dispersion * mu * mu) * widen);
    }

    /// <summary>P(X &gt;= x).</summary>
    public double Upper(int x) => TailProbability.Upper(x, Mean, Variance);

    /// <summary>P(X &lt;= x).</summary>
    public double Lower(int x) => TailProbability.Lower(x, Mean, Variance);
}
