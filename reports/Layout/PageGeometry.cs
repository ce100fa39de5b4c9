using SkiaSharp;

namespace Analytics.Reports.Layout;

/// <summary>A4 portrait in PDF points (1/72 inch): the page, its margins and the band left for content.</summary>
public static class PageGeometry
{
    public const float Width = 595.28f;
    public const float Height = 841.89f;
    public const float Margin = 40f;
    public const float HeaderBand = 26f;
    public const float FooterBand = 24f;

    public static SKRect Content => new(Margin, Margin + HeaderBand, Width - Margin, Height - Margin - FooterBand);
}
