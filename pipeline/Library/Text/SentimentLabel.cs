namespace Analytics.Pipeline.Text;

/// <summary>The tone of a text (docs/voc.md, "Sentiment").</summary>
public enum SentimentLabel
{
    Negative,
    Neutral,
    Positive,
}

/// <summary>The languages the lexicon model reads; a text is in one of them or has no lexicon score.</summary>
public enum TextLanguage
{
    English,
    Russian,
}

/// <summary>
/// A text's sentiment: <paramref name="Score"/> in (-1, 1), its <paramref name="Label"/>, the language it was read in
/// (null: neither script, so no lexicon applies and the text is neutral) and how many of its words the lexicon knew.
/// </summary>
public sealed record SentimentScore(double Score, SentimentLabel Label, TextLanguage? Language, int LexiconWords);
