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
        Assert.Equal(13 + model.Volume.CategoryDays.Count - 1, written.Count / 2);
        foreach (var png in written.Where(p => p.EndsWith(".png", StringComparison.Ordinal)))
        {
            Assert.Equal((ReportCharts.Width, ReportCharts.Height), ReportOutput.PngSize(png));
        }
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
}
