namespace Analytics.Pipeline.Text;

/// <summary>
/// L2-regularised logistic regression on sparse binary rows (docs/voc.md, "Learnt model"), fitted by L-BFGS with a
/// backtracking line search: the minimum of a fixed, strictly convex objective, so the same data always give the same
/// weights (no random order, no learning rate to tune). A row is the list of its feature indices, each worth
/// 1/√(length of the row) (<see cref="TextFeatures.Value"/>). The classes are weighted to count equally, so that a
/// text the model knows nothing of scores p = ½ whatever the share of positives in the training comments.
/// Objective: Σ cᵢ·log(1 + e^(−yᵢzᵢ)) / Σ cᵢ + λ/2·‖w‖² with zᵢ = b + Σ wⱼxᵢⱼ, yᵢ = ±1, the bias b not regularised.
/// </summary>
public sealed class LogisticRegression
{
    /// <summary>How many past steps L-BFGS remembers.</summary>
    public const int Memory = 10;

    /// <summary>At most this many L-BFGS iterations.</summary>
    public const int MaxIterations = 300;

    /// <summary>Converged when no gradient component exceeds this.</summary>
    public const double GradientTolerance = 1e-6;

    private LogisticRegression(double[] weights, double bias, int iterations)
    {
        Weights = weights;
        Bias = bias;
        Iterations = iterations;
    }

    public IReadOnlyList<double> Weights { get; }

    public double Bias { get; }

    /// <summary>How many L-BFGS iterations the fit took.</summary>
    public int Iterations { get; }

    /// <summary>The probability that a row is positive: σ(b + Σ wⱼ/√n).</summary>
    public double Probability(IReadOnlyList<int> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Sigmoid(Margin(Weights, Bias, row));
    }

    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    /// <summary>Fits the weights of <paramref name="dimension"/> features to rows and their labels, with L2 strength <paramref name="l2"/> (λ).</summary>
    public static LogisticRegression Fit(IReadOnlyList<int[]> rows, IReadOnlyList<bool> positive, int dimension, double l2)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(positive);
        if (rows.Count != positive.Count)
        {
            throw new ArgumentException($"{rows.Count} rows for {positive.Count} labels", nameof(positive));
        }
        var positives = positive.Count(p => p);
        var negatives = rows.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            throw new ArgumentException("logistic regression needs both positive and negative rows", nameof(positive));
        }
        // Each class weighs half of the total.
        var classWeight = (Positive: rows.Count / (2.0 * positives), Negative: rows.Count / (2.0 * negatives));
        var problem = new Problem(rows, positive, dimension, l2, classWeight);
        var (theta, iterations) = Minimise(problem, new double[dimension + 1]);
        return new LogisticRegression(theta[..dimension], theta[dimension], iterations);
    }

    private static double Margin(IReadOnlyList<double> weights, double bias, IReadOnlyList<int> row)
    {
        double sum = 0;
        foreach (var j in row)
        {
            sum += weights[j];
        }
        return bias + sum * TextFeatures.Value(row.Count);
    }

    /// <summary>log(1 + eˣ) without overflow.</summary>
    private static double Softplus(double x) => x > 0 ? x + Math.Log(1 + Math.Exp(-x)) : Math.Log(1 + Math.Exp(x));

    private sealed class Problem(IReadOnlyList<int[]> rows, IReadOnlyList<bool> positive, int dimension, double l2, (double Positive, double Negative) classWeight)
    {
        /// <summary>The objective at θ = (w, b), and its gradient written into <paramref name="gradient"/>.</summary>
        public double Evaluate(double[] theta, double[] gradient)
        {
            Array.Clear(gradient);
            var bias = theta[dimension];
            double loss = 0, totalWeight = 0;
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var value = TextFeatures.Value(row.Length);
                double sum = 0;
                foreach (var j in row)
                {
                    sum += theta[j];
                }
                var z = bias + sum * value;
                var y = positive[i] ? 1.0 : -1.0;
                var c = positive[i] ? classWeight.Positive : classWeight.Negative;
                totalWeight += c;
                loss += c * Softplus(-y * z);
                // d/dz of softplus(−yz) = −y·σ(−yz)
                var dz = c * -y * Sigmoid(-y * z);
                var dw = dz * value;
                foreach (var j in row)
                {
                    gradient[j] += dw;
                }
                gradient[dimension] += dz;
            }
            double penalty = 0;
            for (var j = 0; j < dimension; j++)
            {
                gradient[j] = gradient[j] / totalWeight + l2 * theta[j];
                penalty += theta[j] * theta[j];
            }
            gradient[dimension] /= totalWeight;
            return loss / totalWeight + l2 / 2 * penalty;
        }
    }

    private static (double[] Theta, int Iterations) Minimise(Problem problem, double[] theta)
    {
        var n = theta.Length;
        var gradient = new double[n];
        var value = problem.Evaluate(theta, gradient);
        var steps = new List<(double[] S, double[] Y, double Rho)>();
        var next = new double[n];
        var nextGradient = new double[n];
        var direction = new double[n];
        var alpha = new double[Memory];
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            if (MaxAbs(gradient) < GradientTolerance)
            {
                return (theta, iteration - 1);
            }
            // Two-loop recursion: direction = −H·g.
            Array.Copy(gradient, direction, n);
            for (var k = steps.Count - 1; k >= 0; k--)
            {
                alpha[k] = steps[k].Rho * Dot(steps[k].S, direction);
                Axpy(-alpha[k], steps[k].Y, direction);
            }
            var scale = steps.Count == 0 ? 1 / Math.Max(1, Math.Sqrt(Dot(gradient, gradient))) : Dot(steps[^1].S, steps[^1].Y) / Dot(steps[^1].Y, steps[^1].Y);
            Scale(direction, scale);
            for (var k = 0; k < steps.Count; k++)
            {
                var beta = steps[k].Rho * Dot(steps[k].Y, direction);
                Axpy(alpha[k] - beta, steps[k].S, direction);
            }
            Scale(direction, -1);
            var slope = Dot(gradient, direction);
            if (slope >= 0)
            {
                // Not a descent direction (rounding): start again from the steepest descent.
                steps.Clear();
                Array.Copy(gradient, direction, n);
                Scale(direction, -1 / Math.Max(1, Math.Sqrt(Dot(gradient, gradient))));
                slope = Dot(gradient, direction);
            }
            // Backtracking until the Armijo condition holds.
            var step = 1.0;
            double nextValue;
            var halvings = 0;
            while (true)
            {
                for (var j = 0; j < n; j++)
                {
                    next[j] = theta[j] + step * direction[j];
                }
                nextValue = problem.Evaluate(next, nextGradient);
                if (nextValue <= value + 1e-4 * step * slope || ++halvings > 40)
                {
                    break;
                }
                step /= 2;
            }
            var s = new double[n];
            var y = new double[n];
            for (var j = 0; j < n; j++)
            {
                s[j] = next[j] - theta[j];
                y[j] = nextGradient[j] - gradient[j];
            }
            var sy = Dot(s, y);
            if (sy > 1e-12)
            {
                if (steps.Count == Memory)
                {
                    steps.RemoveAt(0);
                }
                steps.Add((s, y, 1 / sy));
            }
            var decrease = value - nextValue;
            (theta, next) = (next, theta);
            (gradient, nextGradient) = (nextGradient, gradient);
            value = nextValue;
            if (decrease <= 1e-12 * Math.Max(1, Math.Abs(value)))
            {
                return (theta, iteration);
            }
        }
        return (theta, MaxIterations);
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            y[i] += a * x[i];
        }
    }

    private static void Scale(double[] x, double a)
    {
        for (var i = 0; i < x.Length; i++)
        {
            x[i] *= a;
        }
    }

    private static double MaxAbs(double[] x)
    {
        double max = 0;
        foreach (var v in x)
        {
            max = Math.Max(max, Math.Abs(v));
        }
        return max;
    }
}
