using Analytics.Pipeline.Text;

namespace Analytics.Tests.Text;

/// <summary>
/// The L2 logistic regression on sparse binary rows: it separates a planted set, reaches the objective's minimum
/// (its gradient, computed here independently, is zero there) and gives the same weights every time.
/// </summary>
public class LogisticRegressionTests
{
    // Feature 0 only in positives, feature 1 only in negatives, feature 2 in every row; 6 positives, 3 negatives.
    private static readonly int[][] Rows = [[0, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 2], [1, 2], [1, 2], [1, 2]];
    private static readonly bool[] Positive = [true, true, true, true, true, true, false, false, false];
    private const double L2 = 0.01;

    [Fact]
    public void Separates_a_planted_set_with_the_planted_features()
    {
        var model = LogisticRegression.Fit(Rows, Positive, 3, L2);

        Assert.True(model.Probability([0, 2]) > 0.9, $"positive row: {model.Probability([0, 2])}");
        Assert.True(model.Probability([1, 2]) < 0.1, $"negative row: {model.Probability([1, 2])}");
        Assert.True(model.Weights[0] > 0 && model.Weights[1] < 0, $"w = {string.Join(", ", model.Weights)}");
        // The classes weigh the same, so the shared feature and the bias carry nothing and the planted ones cancel.
        Assert.Equal(0, model.Weights[2], 6);
        Assert.Equal(0, model.Bias, 6);
        Assert.Equal(model.Weights[0], -model.Weights[1], 6);
    }

    [Fact]
    public void Its_weights_are_the_minimum_of_the_objective()
    {
        var model = LogisticRegression.Fit(Rows, Positive, 3, L2);

        // ∂/∂wⱼ of Σ cᵢ log(1 + e^(−yᵢzᵢ)) / Σ cᵢ + λ/2 ‖w‖², with cᵢ = n / (2 nᵧ): positives 9/12, negatives 9/6.
        var gradient = new double[4];
        double total = 0;
        for (var i = 0; i < Rows.Length; i++)
        {
            var c = Positive[i] ? 9.0 / 12 : 9.0 / 6;
            var x = 1 / Math.Sqrt(Rows[i].Length);
            var z = model.Bias + Rows[i].Sum(j => model.Weights[j]) * x;
            var residual = 1 / (1 + Math.Exp(-z)) - (Positive[i] ? 1 : 0);
            foreach (var j in Rows[i])
            {
                gradient[j] += c * residual * x;
            }
            gradient[3] += c * residual;
            total += c;
        }
        for (var j = 0; j < 3; j++)
        {
            Assert.Equal(0, gradient[j] / total + L2 * model.Weights[j], 5);
        }
        Assert.Equal(0, gradient[3] / total, 5);
    }

    [Fact]
    public void The_same_data_give_the_same_weights()
    {
        var first = LogisticRegression.Fit(Rows, Positive, 3, L2);
        var second = LogisticRegression.Fit(Rows, Positive, 3, L2);

        Assert.Equal(first.Weights, second.Weights);
        Assert.Equal(first.Bias, second.Bias);
    }

    [Fact]
    public void One_class_alone_cannot_be_fitted() =>
        Assert.Throws<ArgumentException>(() => LogisticRegression.Fit([[0], [1]], [true, true], 2, L2));
}
