namespace Analytics.Pipeline.Alerts;

/// <summary>
/// The count distribution a day is scored against: centred on the baseline median, with the dispersion of the
/// reference days fitted by the method of moments — negative binomial with size r = mean² / (variance - mean)
/// when the reference days are over-dispersed, Poisson otherwise. The median is the centre (it ignores past
/// incidents); r carries the dispersion, so the variance at the median is median + median² / r.
/// A zero median would make every ticket impossible, so the model then centres on the reference mean, and at
/// least on <see cref="ZeroFloor"/> tickets a day.
/// </summary>
public sealed record CountModel(double Mean, double Variance)
{
    public const double ZeroFloor = 0.25;

    public static CountModel From(Baseline baseline)
    {
        var centre = baseline.Median > 0 ? baseline.Median : Math.Max(baseline.Mean, ZeroFloor);
        if (baseline.Mean <= 0 || baseline.Variance <= baseline.Mean)
        {
            return new CountModel(centre, centre);
        }
        var size = baseline.Mean * baseline.Mean / (baseline.Variance - baseline.Mean);
        return new CountModel(centre, centre + centre * centre / size);
    }

    /// <summary>P(X &gt;= x).</summary>
    public double Upper(int x) => TailProbability.Upper(x, Mean, Variance);

    /// <summary>P(X &lt;= x).</summary>
    public double Lower(int x) => TailProbability.Lower(x, Mean, Variance);
}
