using SkiaSharp;

namespace Analytics.Reports.Layout;

/// <summary>The report's colours: one ink, one accent, and good/bad/neutral for changes.</summary>
public static class Palette
{
    public static readonly SKColor Ink = new(0x1F, 0x29, 0x37);
    public static readonly SKColor Muted = new(0x6B, 0x72, 0x80);
    public static readonly SKColor Rule = new(0xD1, 0xD5, 0xDB);
    public static readonly SKColor Panel = new(0xF3, 0xF4, 0xF6);
    public static readonly SKColor Stripe = new(0xF9, 0xFA, 0xFB);
    public static readonly SKColor Accent = new(0x1D, 0x4E, 0xD8);
    public static readonly SKColor Secondary = new(0x0E, 0x94, 0x88);
    public static readonly SKColor Good = new(0x15, 0x80, 0x3D);
    public static readonly SKColor Bad = new(0xC0, 0x26, 0x26);
    public static readonly SKColor Neutral = new(0x6B, 0x72, 0x80);
    public static readonly SKColor Warning = new(0xD9, 0x77, 0x06);
    /// <summary>Background of the page-1 banner about the data.</summary>
    public static readonly SKColor WarningPanel = new(0xFE, 0xF3, 0xC7);
}
