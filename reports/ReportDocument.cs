using Analytics.Reports.Charts;
using Analytics.Reports.Document;
using Analytics.Reports.Layout;
using Analytics.Reports.Model;

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
            plot.SavePng(png, Width, Height);
            plot.SaveSvg(svg, Width, Height);
            written.Add(png);
            written.Add(svg);
        }
        return written;
    }
}
