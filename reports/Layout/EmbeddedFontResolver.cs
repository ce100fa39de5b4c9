using ScottPlot;
using SkiaSharp;

namespace Analytics.Reports.Layout;

/// <summary>Answers ScottPlot's requests for <see cref="ReportFonts.ChartFamily"/> with the embedded DejaVu Sans.</summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        fontName == ReportFonts.ChartFamily ? ReportFonts.Typeface(bold) : null;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        fontName == ReportFonts.ChartFamily ? ReportFonts.Typeface(weight >= FontWeight.SemiBold) : null;
}
