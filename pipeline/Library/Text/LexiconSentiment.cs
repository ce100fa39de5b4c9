namespace Analytics.Pipeline.Text;

/// <summary>
/// The cold-start sentiment model (docs/voc.md, "Lexicon model"): the text's language from its script, its words
/// looked up by stem in that language's <see cref="Lexicon"/>, a word turned around (×−0.74) when a negation stands
/// in the three words before it in its clause, scaled by a modifier right before it ("very" ×1.5), and the sum of the
/// valences <c>s</c> squashed to <c>s / √(s² + 1)</c>. Positive from 0.05, negative from −0.05, neutral between.
/// </summary>
public static class LexiconSentiment
{
    /// <summary>How much of a word's valence a negation keeps, turned around ("not good" is less bad than "bad").</summary>
    public const double NegatedShare = -0.74;

    /// <summary>How many words after a negation it reaches, within its clause.</summary>
    public const int NegationReach = 3;

    /// <summary>The score from which a text is positive, and below whose negative it is negative.</summary>
    public const double LabelThreshold = 0.05;

    public const string Model = "lexicon";

    public static SentimentScore Score(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || Detect(text) is not { } language)
        {
            return new SentimentScore(0, SentimentLabel.Neutral, null, 0);
        }
        var lexicon = Lexicon.Of(language);
        double sum = 0;
        var known = 0;
        foreach (var clause in TextWords.Clauses(text))
        {
            var negatedFor = 0;
            var modifier = 1.0;
            foreach (var word in TextWords.Of(clause))
            {
                if (lexicon.Negations.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal))
                {
                    negatedFor = NegationReach;
                    modifier = 1.0;
                    continue;
                }
                if (lexicon.Modifiers.TryGetValue(word, out var scale))
                {
                    modifier = scale;
                    negatedFor = Math.Max(0, negatedFor - 1);
                    continue;
                }
                if (lexicon.Valence(word) is { } valence && valence != 0)
                {
                    known++;
                    var value = Math.Clamp(valence * modifier, -1, 1);
                    sum += negatedFor > 0 ? value * NegatedShare : value;
                }
                modifier = 1.0;
                negatedFor = Math.Max(0, negatedFor - 1);
            }
        }
        var score = sum / Math.Sqrt(sum * sum + 1);
        var label = score >= LabelThreshold ? SentimentLabel.Positive : score <= -LabelThreshold ? SentimentLabel.Negative : SentimentLabel.Neutral;
        return new SentimentScore(score, label, language, known);
    }

    /// <summary>A Latin-script text of at least this many words with none of English's function words is not English.</summary>
    public const int WordsToTellEnglish = 4;

    /// <summary>
    /// Russian when most of the text's letters are Cyrillic; English when most are Latin, unless the text has
    /// <see cref="WordsToTellEnglish"/> words or more and none is an English function word ("le service est lent" is
    /// not English, and an English lexicon would misread it); null otherwise.
    /// </summary>
    public static TextLanguage? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int cyrillic = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
            else if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                latin++;
            }
        }
        if (cyrillic == 0 && latin == 0)
        {
            return null;
        }
        if (cyrillic > latin)
        {
            return TextLanguage.Russian;
        }
        var words = TextWords.Of(text).ToList();
        return words.Count >= WordsToTellEnglish && !words.Any(Lexicon.English.IsFunctionWord) ? null : TextLanguage.English;
    }
}
