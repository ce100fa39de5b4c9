using Analytics.Pipeline.Text;

namespace Analytics.Tests.Text;

/// <summary>Cross-validation folds: every fold has its share of each class, and the same seed gives the same folds.</summary>
public class StratifiedFoldsTests
{
    private static readonly bool[] Labels = [.. Enumerable.Range(0, 15).Select(i => i % 3 != 0)]; // 10 positive, 5 negative

    [Fact]
    public void Each_fold_holds_the_same_share_of_each_class()
    {
        var folds = StratifiedFolds.Assign(Labels, folds: 5, seed: 7);

        for (var k = 0; k < 5; k++)
        {
            var members = Enumerable.Range(0, Labels.Length).Where(i => folds[i] == k).ToList();
            Assert.Equal((2, 1), (members.Count(i => Labels[i]), members.Count(i => !Labels[i])));
        }
    }

    [Fact]
    public void An_uneven_class_is_dealt_out_one_by_one()
    {
        // 7 positives over 5 folds: 2, 2, 1, 1, 1 (two folds get a second one).
        bool[] labels = [true, true, true, true, true, true, true];
        var sizes = StratifiedFolds.Assign(labels, folds: 5, seed: 1).GroupBy(f => f).Select(g => g.Count()).Order().ToList();

        Assert.Equal([1, 1, 1, 2, 2], sizes);
    }

    [Fact]
    public void The_same_seed_gives_the_same_folds_and_another_seed_others()
    {
        Assert.Equal(StratifiedFolds.Assign(Labels, 5, 7), StratifiedFolds.Assign(Labels, 5, 7));
        Assert.NotEqual(StratifiedFolds.Assign(Labels, 5, 7), StratifiedFolds.Assign(Labels, 5, 8));
    }
}
