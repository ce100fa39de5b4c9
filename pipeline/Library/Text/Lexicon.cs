using System.Collections.Frozen;
using System.Text.Json;

namespace Analytics.Pipeline.Text;

/// <summary>
/// One language's sentiment lexicon: word stems (Snowball) with a valence in [-1, 1], and the words that negate,
/// strengthen or weaken the word after them (docs/voc.md, "Lexicon model"). The stems come from the nlp.js lexicons
/// (Text/Lexicons/*.json, MIT, LICENSE-nlpjs.md); <c>support-*.json</c> are the product's own corrections for
/// customer-service text, which take precedence, and its function words, which carry no tone.
/// </summary>
public sealed class Lexicon
{
    private readonly FrozenDictionary<string, double> _valences;
    private readonly FrozenSet<string> _neutral;

    private readonly FrozenSet<string> _otherLanguage;

    private Lexicon(TextLanguage language, FrozenDictionary<string, double> valences, FrozenSet<string> negations,
        FrozenDictionary<string, double> modifiers, FrozenSet<string> neutral, FrozenSet<string> otherLanguage)
    {
        Language = language;
        _neutral = neutral;
        _otherLanguage = otherLanguage;
        _valences = valences;
        Negations = negations;
        Modifiers = modifiers;
    }

    public TextLanguage Language { get; }

    /// <summary>Words that turn the sentiment of the next words of their clause around ("not", "не").</summary>
    public FrozenSet<string> Negations { get; }

    /// <summary>Words that scale the next sentiment word: "very" 1.5, "slightly" 0.5.</summary>
    public FrozenDictionary<string, double> Modifiers { get; }

    public int Count => _valences.Count;

    /// <summary>Whether a lower-case word is one of the language's function words ("to", "и"), which carry no tone.</summary>
    public bool IsFunctionWord(string word) => _neutral.Contains(word);

    /// <summary>
    /// Whether a lower-case word is a common word of another language written in the same script and not a word of
    /// this one ("les", "und", "muy" for English): a short text with one and no function word of this language is not
    /// in it (<see cref="LexiconSentiment.Detect"/>).
    /// </summary>
    public bool IsOtherLanguageWord(string word) => _otherLanguage.Contains(word);

    /// <summary>The valence of a lower-case word, by its stem (<see cref="TextWords.Stem"/>); null when the lexicon does not know it or it is a function word.</summary>
    public double? Valence(string word)
    {
        if (IsFunctionWord(word))
        {
            return null;
        }
        return _valences.TryGetValue(TextWords.Stem(Language, word), out var valence) ? valence : null;
    }

    public static Lexicon English { get; } = Load(TextLanguage.English, "en");

    public static Lexicon Russian { get; } = Load(TextLanguage.Russian, "ru");

    public static Lexicon Of(TextLanguage language) => language == TextLanguage.Russian ? Russian : English;

    private static Lexicon Load(TextLanguage language, string code)
    {
        using var lexicon = JsonDocument.Parse(Resource($"{code}.json"));
        using var support = JsonDocument.Parse(Resource($"support-{code}.json"));
        var scale = lexicon.RootElement.GetProperty("scale").GetDouble();
        var valences = lexicon.RootElement.GetProperty("stems").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble() / scale);
        foreach (var correction in support.RootElement.GetProperty("stems").EnumerateObject())
        {
            valences[correction.Name] = correction.Value.GetDouble();
        }
        var negations = support.RootElement.GetProperty("negations").EnumerateArray().Select(n => n.GetString()!).ToFrozenSet(StringComparer.Ordinal);
        var modifiers = support.RootElement.GetProperty("modifiers").EnumerateObject().ToFrozenDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);
        var neutral = support.RootElement.GetProperty("neutral_words").EnumerateArray().Select(n => n.GetString()!).ToFrozenSet(StringComparer.Ordinal);
        var otherLanguage = support.RootElement.TryGetProperty("other_language_words", out var other)
            ? other.EnumerateArray().Select(n => n.GetString()!).ToFrozenSet(StringComparer.Ordinal)
            : FrozenSet<string>.Empty;
        return new Lexicon(language, valences.ToFrozenDictionary(StringComparer.Ordinal), negations, modifiers, neutral, otherLanguage);
    }

    private static Stream Resource(string name) =>
        typeof(Lexicon).Assembly.GetManifestResourceStream($"lexicons/{name}")
        ?? throw new InvalidOperationException($"lexicon {name} is not embedded");
}
