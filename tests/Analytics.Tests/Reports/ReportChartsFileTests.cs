using Analytics.Reports;
using Analytics.Reports.Charts;

namespace Analytics.Tests.Reports;

/// <summary>The charts as separate PNG and SVG files.</summary>
public class ReportChartsFileTests
{
    [Fact]
    public void Writes_a_png_and_an_svg_for_every_chart_with_data()
    {
        var model = SampleReport.Busy();
        var folder = Path.Combine(ReportOutput.Folder("files"), Guid.NewGuid().ToString("N"));
        var written = ReportCharts.WritePngAndSvg(model, folder, "w46-");

        var expected = ChartCatalog.For(model).SelectMany(c => new[] { $"w46-{c.Name}.png", $"w46-{c.Name}.svg" });
        Assert.Equal(expected, written.Select(Path.GetFileName));
        // 2 volume, the categories per day, 4 speed, 5 quality, 2 voice, 1 retention.
        Assert.Equal(2 + model.Volume.CategoryDays.Count + 4 + 5 + 2 + 1, written.Count / 2);
        foreach (var png in written.Where(p => p.EndsWith(".png", StringComparison.Ordinal)))
        {
            Assert.Equal((ReportCharts.Width, ReportCharts.Height), ReportOutput.PngSize(png));
        }
        // Encoded faster than ScottPlot's own SavePng, the pixels are the same as its.
        var first = ChartCatalog.For(model)[0];
        using var plot = first.Create();
        plot.ScaleFactor = 2;
        using var image = plot.GetImage(ReportCharts.Width, ReportCharts.Height);
        using var theirs = SkiaSharp.SKBitmap.Decode(image.GetImageBytes());
        using var ours = SkiaSharp.SKBitmap.Decode(written[0]);
        Assert.Equal(theirs.Bytes, ours.Bytes);
        foreach (var svg in written.Where(p => p.EndsWith(".svg", StringComparison.Ordinal)))
        {
            var xml = File.ReadAllText(svg);
            Assert.Contains("<svg", xml, StringComparison.Ordinal);
            Assert.EndsWith("</svg>", xml.TrimEnd(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Writes_nothing_for_a_week_without_data()
    {
        var folder = Path.Combine(ReportOutput.Folder("files"), Guid.NewGuid().ToString("N"));
        Assert.Empty(ReportCharts.WritePngAndSvg(SampleReport.EmptyWeek(), folder, "empty-"));
    }

    /// <summary>
    /// A week in which nothing was created or solved but tickets stayed open has a daily chart (its backlog line) in
    /// the PDF, so it has the chart file too: both follow the one rule of ChartCatalog.
    /// </summary>
    [Fact]
    public void A_backlog_only_week_has_its_daily_chart_file_as_the_pdf_has_the_chart()
    {
        var empty = SampleReport.EmptyWeek();
        var model = empty with { Volume = empty.Volume with { Backlog = [40, 40, 40, 40, 40, 40, 40] } };
        var folder = Path.Combine(ReportOutput.Folder("files"), Guid.NewGuid().ToString("N"));

        var written = ReportCharts.WritePngAndSvg(model, folder, "backlog-");

        Assert.Equal(["backlog-volume-daily.png", "backlog-volume-daily.svg"], written.Select(Path.GetFileName));
        Assert.Equal(["volume-daily"], ChartCatalog.Volume(model).Where(c => c.HasData).Select(c => c.Name));
    }
}
