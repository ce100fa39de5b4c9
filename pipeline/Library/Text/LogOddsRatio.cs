namespace Analytics.Pipeline.Text;

/// <summary>
/// How much more a term is used in a period than in a baseline: the log-odds ratio with an informative Dirichlet
/// prior of Monroe, Colaresi and Quinn ("Fightin' Words", Political Analysis 16(4), 2008), the prior
/// taken from the two corpora together (docs/voc.md, "What stands out"). With y the term's count and n all terms'
/// counts, in the period (i) and the baseline (j), and the prior α_w = y_i + y_j, α_0 = n_i + n_j:
/// <code>
/// δ  = ln((y_i + α_w) / (n_i + α_0 − y_i − α_w)) − ln((y_j + α_w) / (n_j + α_0 − y_j − α_w))
/// σ² = 1 / (y_i + α_w) + 1 / (y_j + α_w)
/// z  = δ / σ
/// </code>
/// The prior adds to each corpus as many counts again as the two have together, spread as the two use the terms: a
/// term seen twice where it never was before moves little, one seen fifty times more than usual moves a lot.
/// </summary>
public readonly record struct LogOddsRatio(double Delta, double Variance)
{
    /// <summary>The z-score δ / σ: how many standard errors the period's use is above the baseline's.</summary>
    public double Z => Variance > 0 ? Delta / Math.Sqrt(Variance) : 0;

    /// <param name="periodCount">y_i: the term's count in the period.</param>
    /// <param name="periodTotal">n_i: all terms' counts in the period (of the same kind).</param>
    /// <param name="baselineCount">y_j: the term's count in the baseline.</param>
    /// <param name="baselineTotal">n_j: all terms' counts in the baseline.</param>
    public static LogOddsRatio Of(long periodCount, long periodTotal, long baselineCount, long baselineTotal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(periodCount);
        ArgumentOutOfRangeException.ThrowIfNegative(baselineCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(periodTotal, periodCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(baselineTotal, baselineCount);
        double alpha = periodCount + baselineCount;
        double alpha0 = periodTotal + baselineTotal;
        var periodOther = periodTotal + alpha0 - periodCount - alpha;
        var baselineOther = baselineTotal + alpha0 - baselineCount - alpha;
        if (alpha == 0 || periodOther <= 0 || baselineOther <= 0)
        {
            // A term never used, or the only term there is: nothing to compare it with.
            return new LogOddsRatio(0, 0);
        }
        var delta = Math.Log((periodCount + alpha) / periodOther) - Math.Log((baselineCount + alpha) / baselineOther);
        return new LogOddsRatio(delta, 1 / (periodCount + alpha) + 1 / (baselineCount + alpha));
    }
}
