using Analytics.Pipeline.Text;

namespace Analytics.Tests.Text;

/// <summary>
/// The learnt model on planted French comments (a language the lexicon does not read): it learns the organisation's
/// words, reads their other forms through character n-grams, and scores 2p − 1 with the lexicon's labels.
/// </summary>
public class LearntSentimentTests
{
    private static readonly string[] Places = ["au magasin", "en caisse", "au rayon plantes", "à l'accueil", "au parking"];

    /// <summary>20 positive comments praising speed, 20 negative ones about waiting, the rest of each sentence shared.</summary>
    public static List<LabelledText> Planted() =>
    [
        .. Places.SelectMany(p => new[] { $"service rapide {p}", $"personnel rapide et souriant {p}", $"tout était rapide {p}", $"vraiment rapide {p}" })
            .Select(t => new LabelledText(t, true)),
        .. Places.SelectMany(p => new[] { $"attente interminable {p}", $"personnel absent, attente {p}", $"toujours de l'attente {p}", $"attente trop longue {p}" })
            .Select(t => new LabelledText(t, false)),
    ];

    [Fact]
    public void Learns_the_words_that_tell_the_classes_apart()
    {
        var model = LearntSentiment.Train(Planted());

        var fast = model.Score("Caisse rapide");
        var slow = model.Score("Quelle attente !");
        Assert.True(fast.Score > 0.5, $"rapide: {fast.Score}");
        Assert.True(slow.Score < -0.5, $"attente: {slow.Score}");
        Assert.Equal((SentimentLabel.Positive, SentimentLabel.Negative), (fast.Label, slow.Label));
        // The lexicon gives none of this: French is no language it reads.
        Assert.Equal(0, LexiconSentiment.Score("Quelle attente au magasin").Score);
    }

    [Fact]
    public void Another_form_of_a_learnt_word_shares_its_character_n_grams()
    {
        var model = LearntSentiment.Train(Planted());

        // "rapidement" and "attendre" never occur in training: "<ra", "rap", "apid"… and "<at", "att", "tten"… do.
        Assert.True(model.Score("rapidement").Score > 0, $"rapidement: {model.Score("rapidement").Score}");
        Assert.True(model.Score("attendre").Score < 0, $"attendre: {model.Score("attendre").Score}");
    }

    [Fact]
    public void The_score_is_two_p_minus_one_and_a_text_of_unknown_words_scores_from_the_bias_alone()
    {
        var model = LearntSentiment.Train(Planted());

        Assert.Equal(2 * model.Probability("service rapide") - 1, model.Score("service rapide").Score, 12);
        Assert.Equal(2 * LogisticRegression.Sigmoid(model.Bias) - 1, model.Score("xyzzy qwfp").Score, 12);
        Assert.Equal(new SentimentScore(0, SentimentLabel.Neutral, null, 0), model.Score("  "));
    }
}
