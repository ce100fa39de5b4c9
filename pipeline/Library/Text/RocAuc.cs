namespace Analytics.Pipeline.Text;

/// <summary>
/// The area under the ROC curve of scores against a positive/negative truth (docs/voc.md, "Quality"): the chance that
/// a positive text picked at random scores above a negative one picked at random, a tie counting half. 1 separates
/// them perfectly, 0.5 is chance. Computed as the Mann-Whitney statistic from the ranks of the scores (tied scores
/// share their mean rank), so n log n.
/// </summary>
public static class RocAuc
{
    /// <summary>The AUC, or null when either class is empty (there is no pair to compare).</summary>
    public static double? Of(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(positive);
        if (scores.Count != positive.Count)
        {
            throw new ArgumentException($"{scores.Count} scores for {positive.Count} labels", nameof(positive));
        }
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double positiveRankSum = 0;
        long positives = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }
            // Ranks start .. end (1-based: start + 1 .. end + 1) are tied: each gets their mean.
            var meanRank = (start + end + 2) / 2.0;
            for (var i = start; i <= end; i++)
            {
                if (positive[order[i]])
                {
                    positiveRankSum += meanRank;
                    positives++;
                }
            }
            start = end + 1;
        }
        long negatives = order.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            return null;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }
}
