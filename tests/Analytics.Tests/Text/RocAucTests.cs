using Analytics.Pipeline.Text;

namespace Analytics.Tests.Text;

/// <summary>The AUC as the share of (positive, negative) pairs in which the positive scores higher, a tie counting half.</summary>
public class RocAucTests
{
    [Fact]
    public void Ties_count_half()
    {
        // Positives 0.9, 0.6, 0.5; negatives 0.5, 0.3. Pairs: 0.9 beats both (2), 0.6 beats both (2),
        // 0.5 ties 0.5 (½) and beats 0.3 (1): 5.5 of 6.
        var auc = RocAuc.Of([0.9, 0.5, 0.6, 0.3, 0.5], [true, false, true, false, true]);

        Assert.Equal(5.5 / 6, auc!.Value, 12);
    }

    [Fact]
    public void Perfect_reversed_and_constant_scores()
    {
        Assert.Equal(1.0, RocAuc.Of([0.1, 0.2, 0.8, 0.9], [false, false, true, true]));
        Assert.Equal(0.0, RocAuc.Of([0.9, 0.8, 0.2, 0.1], [false, false, true, true]));
        Assert.Equal(0.5, RocAuc.Of([0.0, 0.0, 0.0, 0.0], [false, true, true, false]));
    }

    [Fact]
    public void Without_a_class_there_is_no_auc() => Assert.Null(RocAuc.Of([0.1, 0.7], [true, true]));
}
