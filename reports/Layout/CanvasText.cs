using SkiaSharp;

namespace Analytics.Reports.Layout;

/// <summary>Text on a canvas: measuring, wrapping to a width, drawing one line at a baseline.</summary>
public static class CanvasText
{
    public static float Measure(this TextStyle style, string text)
    {
        using var font = style.CreateFont();
        return font.MeasureText(text);
    }

    /// <summary>Draws one line whose top is at <paramref name="top"/>; x is the left, centre or right edge by <paramref name="align"/>.</summary>
    public static void DrawLine(this SKCanvas canvas, string text, float x, float top, TextStyle style, SKTextAlign align = SKTextAlign.Left)
    {
        using var font = style.CreateFont();
        using var paint = style.CreatePaint();
        canvas.DrawText(text, x, top + style.Ascent, align, font, paint);
    }

    /// <summary>Splits text into lines no wider than <paramref name="width"/>, breaking at spaces, and inside a word only when the word alone is wider than a line.</summary>
    public static IReadOnlyList<string> Wrap(this TextStyle style, string text, float width)
    {
        using var font = style.CreateFont();
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Pieces(font, w, width)))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && font.MeasureText(candidate) > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    private static IEnumerable<string> Pieces(SKFont font, string word, float width)
    {
        var rest = word;
        while (rest.Length > 1 && font.MeasureText(rest) > width)
        {
            var take = rest.Length - 1;
            while (take > 1 && font.MeasureText(rest[..take]) > width)
            {
                take--;
            }
            yield return rest[..take];
            rest = rest[take..];
        }
        yield return rest;
    }

    /// <summary>Shortens a line with an ellipsis until it fits <paramref name="width"/>.</summary>
    public static string Fit(this TextStyle style, string text, float width)
    {
        using var font = style.CreateFont();
        if (font.MeasureText(text) <= width)
        {
            return text;
        }
        var cut = text;
        while (cut.Length > 1 && font.MeasureText(cut + "…") > width)
        {
            cut = cut[..^1];
        }
        return cut.TrimEnd() + "…";
    }
}
