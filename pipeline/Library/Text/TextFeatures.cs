namespace Analytics.Pipeline.Text;

/// <summary>
/// What the learnt sentiment model sees of a text (docs/voc.md, "Learnt model"), in any language and without a
/// lexicon: its words (<see cref="TextWords"/>) and the pairs of words next to each other in a clause, and the
/// character 3- to 5-grams of each word with its edges marked (<c>&lt;delay&gt;</c> gives <c>&lt;de</c>, <c>ays&gt;</c>…),
/// which catch endings and stems: "доставки" and "доставку", "lentement" and "lent" share most of theirs. Each
/// feature is hashed (FNV-1a) into one of 2^<see cref="HashBits"/> slots; a text is the set of its slots, each worth
/// 1/√(number of slots), so that a long text does not outweigh a short one.
/// </summary>
public static class TextFeatures
{
    public const int HashBits = 20;

    /// <summary>
    /// The name of this way of reading a text, stored with a model: a model made with other features is not used
    /// with these.
    /// </summary>
    public const string FeatureSet = "words-1-2+chars-3-5/fnv1a-20/binary-l2";

    private const int Slots = 1 << HashBits;
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>The distinct slots of a text's features, in ascending order (empty for a text without letters).</summary>
    public static int[] Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var slots = new HashSet<int>();
        foreach (var clause in TextWords.Clauses(text))
        {
            string? previous = null;
            foreach (var word in TextWords.Of(clause))
            {
                slots.Add(Slot(Add(Add(FnvOffset, 'w'), word)));
                if (previous is not null)
                {
                    slots.Add(Slot(Add(Add(Add(Add(FnvOffset, 'b'), previous), ' '), word)));
                }
                CharacterGrams(word, slots);
                previous = word;
            }
        }
        var sorted = slots.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>The value of each feature of a text with <paramref name="count"/> of them: 1/√count.</summary>
    public static double Value(int count) => count == 0 ? 0 : 1 / Math.Sqrt(count);

    private static void CharacterGrams(string word, HashSet<int> slots)
    {
        // The word with its edges: "<" + word + ">", without building the string.
        var length = word.Length + 2;
        for (var n = 3; n <= 5; n++)
        {
            for (var start = 0; start + n <= length; start++)
            {
                var hash = Add(FnvOffset, 'c');
                for (var i = start; i < start + n; i++)
                {
                    hash = Add(hash, i == 0 ? '<' : i == length - 1 ? '>' : word[i - 1]);
                }
                slots.Add(Slot(hash));
            }
        }
    }

    private static uint Add(uint hash, char c) => unchecked((hash ^ c) * FnvPrime);

    private static uint Add(uint hash, string text)
    {
        foreach (var c in text)
        {
            hash = Add(hash, c);
        }
        return hash;
    }

    private static int Slot(uint hash) => (int)(hash & (Slots - 1));
}
