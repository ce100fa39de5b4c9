using SkiaSharp;

namespace Analytics.Reports.Layout;

/// <summary>Size, weight and colour of a run of text; <see cref="Typography"/> names the ones the report uses.</summary>
public readonly record struct TextStyle(float Size, bool Bold, SKColor Color)
{
    public float LineHeight => Size * 1.35f;

    /// <summary>Distance from the top of a line to its baseline.</summary>
    public float Ascent => Size * 1.0f;

    public SKFont CreateFont() =>
        new(Bold ? ReportFonts.Bold : ReportFonts.Regular, Size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    public SKPaint CreatePaint() => new() { Color = Color, IsAntialias = true };

    public TextStyle WithColor(SKColor color) => this with { Color = color };

    public TextStyle AsBold() => this with { Bold = true };
}
