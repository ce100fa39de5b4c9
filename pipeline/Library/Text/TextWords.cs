using System.Text.RegularExpressions;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Analytics.Pipeline.Text;

/// <summary>
/// How every text feature of the product cuts a text into words and stems them (docs/voc.md, "Lexicon model"): words
/// are runs of letters (with an apostrophe inside: "didn't"), lower-cased; clauses break at <c>. , ; : ! ?</c>, brackets
/// and line breaks; stems are Snowball's (English or Russian, the stemmers of <c>Lucene.Net.Analysis.Common</c>).
/// The sentiment models and the words-and-phrases counts use this one definition, so a word is the same word in both.
/// </summary>
public static partial class TextWords
{
    [ThreadStatic] private static Dictionary<TextLanguage, SnowballProgram>? Stemmers;
    [ThreadStatic] private static Dictionary<(TextLanguage, string), string>? Stems;

    /// <summary>
    /// Stems kept per thread, at most: words repeat (a few thousand make most of any language's text), and a Snowball
    /// stem costs about a microsecond, a lookup a tenth of that. When full the cache starts again.
    /// </summary>
    private const int StemsKept = 100_000;

    /// <summary>The clauses of a text, lower-cased.</summary>
    public static string[] Clauses(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ClauseBreak().Split(text.ToLowerInvariant());
    }

    /// <summary>The words of a text (or of a clause), lower-cased, in order.</summary>
    public static IEnumerable<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in Word().Matches(text.ToLowerInvariant()))
        {
            yield return match.Value;
        }
    }

    /// <summary>The Snowball stem of a lower-case word in a language ("delays" → "delay", "доставки" → "доставк").</summary>
    public static string Stem(TextLanguage language, string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var stems = Stems ??= [];
        if (stems.TryGetValue((language, word), out var known))
        {
            return known;
        }
        if (stems.Count >= StemsKept)
        {
            stems.Clear();
        }
        var stemmers = Stemmers ??= [];
        if (!stemmers.TryGetValue(language, out var stemmer))
        {
            stemmers[language] = stemmer = language == TextLanguage.Russian ? new RussianStemmer() : new EnglishStemmer();
        }
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stems[(language, word)] = stemmer.Current;
    }

    [GeneratedRegex(@"[.,;:!?()\n]+")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\p{L}+(?:'\p{L}+)?")]
    private static partial Regex Word();
}
