using System.Globalization;
using System.Text;

namespace Analytics.Domain;

/// <summary>
/// A customer's text made safe to show on one line (a terminal table, an email line): control and format characters
/// (line breaks, escape sequences, bidirectional overrides) become spaces, runs of spaces one, and a text longer than
/// the room is cut with "…". It stays text: markup (HTML, a console's) is escaped by whoever prints it.
/// </summary>
public static class TextExcerpt
{
    public static string Of(string? text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var line = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        var space = false;
        foreach (var c in text)
        {
            var blank = char.IsWhiteSpace(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
            if (blank)
            {
                space = line.Length > 0;
                continue;
            }
            if (space)
            {
                line.Append(' ');
                space = false;
            }
            line.Append(c);
            if (line.Length > maxLength)
            {
                break;
            }
        }
        if (line.Length <= maxLength)
        {
            return line.ToString();
        }
        // Cut before the room ends, not inside a surrogate pair.
        var cut = maxLength - 1;
        if (char.IsHighSurrogate(line[cut - 1]))
        {
            cut--;
        }
        return line.ToString(0, cut).TrimEnd() + "…";
    }
}
