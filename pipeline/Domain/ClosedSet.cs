using System.Collections.Frozen;
using System.Text;

namespace Analytics.Domain;

/// <summary>
/// The text of a value of a closed set (an enum) where it leaves the program: a warehouse column, an argument of a
/// SQL macro, a command-line option, JSON. It is the member's name in lower case with its words joined by '-'
/// (<c>FeedStopped</c> is "feed-stopped"); inside the program the value is the enum (docs/architecture.md).
/// </summary>
public static class ClosedSet
{
    /// <summary>The value's text: "week", "feed-stopped".</summary>
    public static string Text<T>(this T value) where T : struct, Enum =>
        Names<T>.TextOf.TryGetValue(value, out var text) ? text : throw new ArgumentOutOfRangeException(nameof(value), value, $"not a {typeof(T).Name}");

    /// <summary>Every value's text, in declaration order: what an option accepts.</summary>
    public static IReadOnlyList<string> Texts<T>() where T : struct, Enum => Names<T>.All;

    /// <summary>The value a text names (exactly, as <see cref="Text{T}"/> writes it); an error listing the texts otherwise.</summary>
    public static T Parse<T>(string text) where T : struct, Enum =>
        TryParse<T>(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not one of {string.Join(", ", Names<T>.All)}");

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum =>
        Names<T>.ValueOf.TryGetValue(text ?? "", out value);

    private static class Names<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> TextOf = Enum.GetValues<T>().ToFrozenDictionary(v => v, v => Words(v.ToString(), '-'));
        public static readonly FrozenDictionary<string, T> ValueOf = TextOf.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        public static readonly string[] All = [.. Enum.GetValues<T>().Select(v => TextOf[v])];
    }

    /// <summary>
    /// A PascalCase name's words in lower case, joined by <paramref name="separator"/>: <c>FeedStopped</c> is
    /// "feed-stopped" with '-' (a closed set's text), <c>PValue</c> "p_value" with '_' (a column's name).
    /// </summary>
    public static string Words(string name, char separator)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append(separator);
            }
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }
}
