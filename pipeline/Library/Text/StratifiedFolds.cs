namespace Analytics.Pipeline.Text;

/// <summary>
/// Stratified k-fold cross-validation folds (docs/voc.md, "Learnt model"): each class is shuffled on its own with a
/// fixed seed and dealt out to the folds in turn, so every fold holds the same share of positives (give or take one)
/// and the same data and seed always give the same folds.
/// </summary>
public static class StratifiedFolds
{
    public const int DefaultFolds = 5;

    public const int DefaultSeed = 20261207;

    /// <summary>The fold (0 to <paramref name="folds"/> − 1) of each item.</summary>
    public static int[] Assign(IReadOnlyList<bool> positive, int folds = DefaultFolds, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(positive);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var fold = new int[positive.Count];
        var random = new Random(seed);
        foreach (var label in new[] { true, false })
        {
            var members = Enumerable.Range(0, positive.Count).Where(i => positive[i] == label).ToArray();
            random.Shuffle(members);
            for (var k = 0; k < members.Length; k++)
            {
                fold[members[k]] = k % folds;
            }
        }
        return fold;
    }
}
