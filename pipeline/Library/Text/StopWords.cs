using System.Collections.Frozen;

namespace Analytics.Pipeline.Text;

/// <summary>
/// The words the words-and-phrases counts leave out, per language (docs/voc.md, "Words and phrases"): Snowball's
/// English and Russian stop word lists (Text/StopWords/english.txt, russian.txt; BSD, LICENSE-snowball.md) and the
/// product's additions for support text (support-en.txt, support-ru.txt: greetings, courtesy words).
/// </summary>
public static class StopWords
{
    private static readonly FrozenSet<string> English = Load("english", "support-en");
    private static readonly FrozenSet<string> Russian = Load("russian", "support-ru");

    /// <summary>Whether a lower-case word is a stop word of the language (Russian words with ё written е, as the list has them).</summary>
    public static bool Contains(TextLanguage language, string word) =>
        (language == TextLanguage.Russian ? Russian : English).Contains(word);

    /// <summary>How many stop words the language has.</summary>
    public static int Count(TextLanguage language) => (language == TextLanguage.Russian ? Russian : English).Count;

    private static FrozenSet<string> Load(params string[] names) =>
        names.SelectMany(name => Parse(Resource(name))).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Snowball's format: a word at the start of a line (after blanks), anything after a vertical bar a comment.</summary>
    internal static IEnumerable<string> Parse(string list)
    {
        foreach (var line in list.Split('\n'))
        {
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            var words = (bar < 0 ? line : line[..bar]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                yield return words[0].ToLowerInvariant();
            }
        }
    }

    private static string Resource(string name)
    {
        using var stream = typeof(StopWords).Assembly.GetManifestResourceStream($"stopwords/{name}.txt")
            ?? throw new InvalidOperationException($"stop word list {name}.txt is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
