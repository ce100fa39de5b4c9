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
        return new SentimentScore(score, LabelOf(score), language, known);
    }

    /// <summary>The label of a score, for every model: positive from <see cref="LabelThreshold"/>, negative from its negative.</summary>
    public static SentimentLabel LabelOf(double score) =>
        score >= LabelThreshold ? SentimentLabel.Positive : score <= -LabelThreshold ? SentimentLabel.Negative : SentimentLabel.Neutral;

    /// <summary>A Latin-script text of at least this many words with no English function word is not English.</summary>
    public const int WordsToTellEnglish = 4;

    /// <summary>
    /// Russian when most of the text's letters are Cyrillic. When most are Latin, English if its English function words
    /// ("the", "was", "a") outnumber the marks of another Latin-script language: its common words ("les", "und",
    /// "muy") and French elisions ("j'adore", "l'accueil") — French "a" and "on" are English function words too, so
    /// "trop de monde a la caisse" is not English. Without either, English unless the text has
    /// <see cref="WordsToTellEnglish"/> words or more ("Kundendienst war sehr langsam") or a letter with an accent
    /// ("très"). An English lexicon would misread the others. Null otherwise.
    /// </summary>
    public static TextLanguage? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int cyrillic = 0, latin = 0, accented = 0;
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
            else if (c is (>= '\u00C0' and <= '\u00FF') and not ('\u00D7' or '\u00F7'))
            {
                latin++;
                accented++;
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
        var english = words.Count(Lexicon.English.IsFunctionWord);
        var other = words.Count(w => Lexicon.English.IsOtherLanguageWord(w) || IsElided(w));
        if (english > 0 || other > 0)
        {
            return english > other ? TextLanguage.English : null;
        }
        return words.Count >= WordsToTellEnglish || accented > 0 ? null : TextLanguage.English;
    }

    /// <summary>A French elided article or pronoun before a word: "l'accueil", "j'adore", "qu'il".</summary>
    private static bool IsElided(string word) =>
        word.Length > 2 && word.IndexOf('\'', StringComparison.Ordinal) is 1 or 2 && word[..word.IndexOf('\'', StringComparison.Ordinal)] is "l" or "d" or "j" or "n" or "s" or "c" or "m" or "t" or "qu";
}
