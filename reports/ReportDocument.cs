using Analytics.Reports.Charts;
using Analytics.Reports.Document;
using Analytics.Reports.Layout;
using Analytics.Reports.Model;
using SkiaSharp;

namespace Analytics.Reports;

/// <summary>Draws a <see cref="ReportModel"/> as an A4 PDF.</summary>
public static class ReportDocument
{
    /// <summary>The section titles, in order; each appears as a heading in every rendered report.</summary>
    public static readonly IReadOnlyList<string> SectionTitles =
        ["Summary", "Volume", "Speed", "Quality", "Categories and teams", "What customers say", "Retention and ROI", "Definitions"];

    /// <summary>Writes the report as PDF to <paramref name="pdf"/>: laid out into pages first, then drawn with page numbers.</summary>
    public static void Render(ReportModel model, Stream pdf)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(pdf);
        var flow = ReportComposition.Compose(model);
        PdfPages.Write(pdf, ReportComposition.Frame(model), flow.Pages, $"{model.Title} {model.Period.Label}");
    }
}

/// <summary>The report's charts as separate files, for people who paste them elsewhere.</summary>
public static class ReportCharts
{
    /// <summary>Pixel size of the files; the charts are laid out for half an A4 page, so they are drawn at twice that scale.</summary>
    public const int Width = 1000;
    public const int Height = 640;

    /// <summary>Writes each chart of the model as PNG and SVG into <paramref name="folder"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> WritePngAndSvg(ReportModel model, string folder, string prefix)
    {
        ArgumentNullException.ThrowIfNull(model);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var chart in ChartCatalog.For(model))
        {
            using var plot = chart.Create();
            plot.ScaleFactor = 2;
            var png = Path.Combine(folder, $"{prefix}{chart.Name}.png");
            var svg = Path.Combine(folder, $"{prefix}{chart.Name}.svg");
            SavePng(plot, png);
            plot.SaveSvg(svg, Width, Height);
            written.Add(png);
            written.Add(svg);
        }
        return written;
    }

    /// <summary>
    /// The chart as <c>Plot.SavePng</c> draws it, encoded with one PNG row filter ("up") at zlib level
    /// <see cref="PngCompression"/> rather than the encoder's default (every filter tried on every row, level 6), which
    /// was most of what writing the chart files cost: the same pixels in a sixth of the time, the files a third larger
    /// (docs/performance.md, "Report benchmark").
    /// </summary>
    private static void SavePng(ScottPlot.Plot plot, string path)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"cannot draw a {Width} x {Height} image");
        plot.Render(surface.Canvas, Width, Height);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels() ?? throw new InvalidOperationException($"the chart {Path.GetFileName(path)} has no pixels to encode");
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, PngCompression))
            ?? throw new InvalidOperationException($"the chart {Path.GetFileName(path)} could not be encoded as PNG");
        using var file = File.Create(path);
        png.SaveTo(file);
    }

    /// <summary>The zlib level of the chart files (0-9).</summary>
    public const int PngCompression = 3;
}
