using System.Collections.Frozen;

namespace Analytics.Pipeline.Text;

/// <summary>A text with the tone its author's score gives it (docs/voc.md, "Learnt model").</summary>
public sealed record LabelledText(string Text, bool Positive);

/// <summary>
/// The sentiment model learnt from the organisation's own labelled comments (docs/voc.md, "Learnt model"): a
/// <see cref="LogisticRegression"/> on <see cref="TextFeatures"/>, in any language. Its score is 2p − 1 of the
/// probability p that the text is positive, so (−1, 1) like the lexicon's, 0 for a text it knows nothing of, with the
/// lexicon's labels (positive from <see cref="LexiconSentiment.LabelThreshold"/>).
/// </summary>
public sealed class LearntSentiment
{
    /// <summary>λ, the L2 strength the model is fitted with (docs/voc.md says how it was chosen).</summary>
    public const double DefaultL2 = 1e-4;

    private readonly FrozenDictionary<int, double> _weights;

    /// <summary>A model from its weights by feature slot (<see cref="TextFeatures"/>) and its bias.</summary>
    public LearntSentiment(IReadOnlyDictionary<int, double> weights, double bias)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights = weights.ToFrozenDictionary();
        Bias = bias;
    }

    public double Bias { get; }

    /// <summary>The weight of each feature slot seen in training.</summary>
    public IReadOnlyDictionary<int, double> Weights => _weights;

    /// <summary>Fits a model to labelled texts (both classes needed).</summary>
    public static LearntSentiment Train(IReadOnlyList<LabelledText> texts, double l2 = DefaultL2)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var features = texts.Select(t => TextFeatures.Of(t.Text)).ToList();
        // Slots seen in training, numbered in ascending order: the regression's dense indices.
        var slots = features.SelectMany(f => f).Distinct().Order().ToArray();
        var index = new Dictionary<int, int>(slots.Length);
        for (var i = 0; i < slots.Length; i++)
        {
            index[slots[i]] = i;
        }
        var rows = features.Select(f => f.Select(s => index[s]).ToArray()).ToList();
        var fit = LogisticRegression.Fit(rows, texts.Select(t => t.Positive).ToList(), slots.Length, l2);
        return new LearntSentiment(slots.Select((slot, i) => (slot, i)).ToDictionary(p => p.slot, p => fit.Weights[p.i]), fit.Bias);
    }

    /// <summary>The probability that a text is positive.</summary>
    public double Probability(string? text)
    {
        var slots = TextFeatures.Of(text);
        double sum = 0;
        foreach (var slot in slots)
        {
            sum += _weights.GetValueOrDefault(slot);
        }
        // Features the model never saw count in the text's length (weight 0), as every feature did in training.
        return LogisticRegression.Sigmoid(Bias + sum * TextFeatures.Value(slots.Length));
    }

    /// <summary>
    /// The text's score 2p − 1 and its label; the language is the script's (<see cref="LexiconSentiment.Detect"/>),
    /// recorded for the per-language figures, not needed to score.
    /// </summary>
    public SentimentScore Score(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SentimentScore(0, SentimentLabel.Neutral, null, 0);
        }
        var score = 2 * Probability(text) - 1;
        return new SentimentScore(score, LexiconSentiment.LabelOf(score), LexiconSentiment.Detect(text), 0);
    }
}
