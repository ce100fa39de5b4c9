using SkiaSharp;

namespace Analytics.Reports.Layout;

/// <summary>Size, weight and colour of a run of text; <see cref="Typography"/> names the ones the report uses.</summary>
public readonly record struct TextStyle(float Size, bool Bold, SKColor Color)
{
    public float LineHeight => Size * 1.35f;

    /// <summary>Distance from the top of a line to its baseline.</summary>
    public float Ascent => Size * 1.0f;

    /// <summary>
    /// The font at the design's own advances, unhinted: hinting rounds each glyph's advance to a whole point, and the PDF
    /// then places every glyph apart at its rounded position, which text extraction reads as gaps inside words
    /// ("C hanges", "+5 2"). With the font's own advances a line is one run of glyphs, found and copied as written.
    /// </summary>
    public SKFont CreateFont() =>
        new(Bold ? ReportFonts.Bold : ReportFonts.Regular, Size)
        {
            Subpixel = true,
            Edging = SKFontEdging.Antialias,
            Hinting = SKFontHinting.None,
            LinearMetrics = true,
        };

    public SKPaint CreatePaint() => new() { Color = Color, IsAntialias = true };

    public TextStyle WithColor(SKColor color) => this with { Color = color };

    public TextStyle AsBold() => this with { Bold = true };
}
