using System.Text.RegularExpressions;

namespace Analytics.Pipeline.Text;

/// <summary>What a term of the words-and-phrases counts is (docs/voc.md, "Words and phrases").</summary>
public enum TermKind
{
    /// <summary>A word that is no stop word, by its Snowball stem.</summary>
    Word,
    /// <summary>Two adjacent words of a clause, neither a stop word, by their stems.</summary>
    Phrase,
    /// <summary>A ticket's tag, lower-cased (the alert email's terms only).</summary>
    Tag,
}

/// <summary>A term: its kind and its key, the stem ("deliveri"), two stems ("long deliveri") or the tag ("card_declined").</summary>
public readonly record struct TermKey(TermKind Kind, string Key);

/// <summary>A term where a text has it, with the words it is written as there ("deliveries" for the stem "deliveri").</summary>
public readonly record struct TermOccurrence(TermKey Term, string Surface);

/// <summary>
/// The terms of a text (docs/voc.md, "Words and phrases"): its words as <see cref="TextWords"/> reads them, without
/// stop words (<see cref="StopWords"/>) and words of one letter, each by its Snowball stem (<see cref="TextWords.Stem"/>),
/// and its phrases, two such words next to each other in a clause. A text is read when
/// <see cref="LexiconSentiment.Detect"/> finds it English or Russian; each word is then stemmed and checked in the
/// language of its own script (an English product name in a Russian ticket stays English). Russian ё is read as е.
/// Numbers, and letters glued to digits ("2fa"), are no words and part phrases as a clause break does.
/// </summary>
public static partial class TextTerms
{
    /// <summary>A word needs at least this many letters: "t" of "don’t" or a lone initial says nothing.</summary>
    public const int MinWordLength = 2;

    /// <summary>The words and phrases of a text, in the order they appear; none when the text is in neither language.</summary>
    public static IReadOnlyList<TermOccurrence> Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || LexiconSentiment.Detect(text) is null)
        {
            return [];
        }
        var terms = new List<TermOccurrence>();
        foreach (var clause in TextWords.Clauses(text))
        {
            // A number between two words ("order 12345 missing") parts them as a clause break does; letters glued to
            // digits ("2fa", "mp3") are no word of TextWords' (it would read "fa") and go with the number.
            foreach (var run in NumberBreak().Split(clause))
            {
                (string Stem, string Word)? previous = null;
                foreach (var word in TextWords.Of(run))
                {
                    var read = Read(word);
                    if (read is null)
                    {
                        previous = null;
                        continue;
                    }
                    terms.Add(new TermOccurrence(new TermKey(TermKind.Word, read.Value.Stem), word));
                    if (previous is { } before)
                    {
                        terms.Add(new TermOccurrence(new TermKey(TermKind.Phrase, before.Stem + " " + read.Value.Stem), before.Word + " " + word));
                    }
                    previous = (read.Value.Stem, word);
                }
            }
        }
        return terms;
    }

    /// <summary>
    /// The terms of a text as the warehouse keeps them (docs/voc.md, "Words and phrases"): each once, written as where
    /// it first appears, in that order. A text counts once for a term however often it repeats it.
    /// </summary>
    public static IReadOnlyList<TermOccurrence> Once(string? text)
    {
        var seen = new HashSet<TermKey>();
        return [.. Of(text).Where(t => seen.Add(t.Term))];
    }

    /// <summary>A tag as a term: lower-cased and trimmed; null when nothing is left.</summary>
    public static TermOccurrence? Tag(string? tag)
    {
        var key = tag?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(key) ? null : new TermOccurrence(new TermKey(TermKind.Tag, key), key);
    }

    /// <summary>
    /// The stems a term is made of: a word's one, a phrase's two, a tag's parts (split at anything but letters and
    /// digits, each stemmed in the language of its script): "card_declined" is "card", "declin". The alert email
    /// leaves out a term whose stems a longer standing-out term repeats (<see cref="TermCounts.WithoutRepeats"/>).
    /// </summary>
    public static IReadOnlyList<string> Stems(TermKey term) => term.Kind switch
    {
        TermKind.Word => [term.Key],
        TermKind.Phrase => term.Key.Split(' '),
        _ => [.. TagPart().Matches(term.Key).Select(m => m.Value.All(char.IsDigit) ? m.Value : TextWords.Stem(LanguageOf(m.Value), Normalised(m.Value)))],
    };

    /// <summary>The language a word is read in: Russian when it has a Cyrillic letter, else English.</summary>
    public static TextLanguage LanguageOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Any(c => c is >= '\u0400' and <= '\u04FF') ? TextLanguage.Russian : TextLanguage.English;
    }

    /// <summary>A word's stem, or null when it is a stop word or too short.</summary>
    private static (string Stem, string Word)? Read(string word)
    {
        var read = KnownWords ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!read.TryGetValue(word, out var stem))
        {
            if (read.Count >= WordsKept)
            {
                read.Clear();
            }
            read[word] = stem = StemUnlessStopWord(word);
        }
        return stem is null ? null : (stem, word);
    }

    /// <summary>
    /// The words read so far on this thread, with their stems (null: a stop word or too short), at most
    /// <see cref="WordsKept"/>: a text's words are mostly words read before, and one lookup is several times cheaper than
    /// the script, stop word and stem of a word worked out again. When full the cache starts again.
    /// </summary>
    [ThreadStatic] private static Dictionary<string, string?>? KnownWords;

    private const int WordsKept = 100_000;

    private static string? StemUnlessStopWord(string word)
    {
        if (word.Length < MinWordLength)
        {
            return null;
        }
        var language = LanguageOf(word);
        var normalised = language == TextLanguage.Russian ? Normalised(word) : word;
        return StopWords.Contains(language, normalised) ? null : TextWords.Stem(language, normalised);
    }

    private static string Normalised(string word) => word.Replace('ё', 'е');

    [GeneratedRegex(@"[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*")]
    private static partial Regex NumberBreak();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex TagPart();
}
