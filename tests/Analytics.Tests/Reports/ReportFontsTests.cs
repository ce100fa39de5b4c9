using Analytics.Reports.Charts;
using Analytics.Reports.Layout;

namespace Analytics.Tests.Reports;

/// <summary>The report draws with the fonts it ships, never with whatever the machine has installed.</summary>
public class ReportFontsTests
{
    [Fact]
    public void Text_fonts_come_from_the_assembly_with_cyrillic_glyphs()
    {
        Assert.Equal("DejaVu Sans", ReportFonts.Regular.FamilyName);
        Assert.InRange(ReportFonts.Bold.FontWeight, 700, int.MaxValue);
        Assert.All("Оплата и счета Ёё", c => Assert.True(ReportFonts.Regular.ContainsGlyph(c), $"no glyph for '{c}'"));
    }

    [Fact]
    public void Charts_ask_for_the_report_family_which_only_the_embedded_resolver_answers()
    {
        using var plot = ChartStyle.NewPlot("Оплата и счета");
        Assert.Equal(ReportFonts.ChartFamily, plot.Axes.Title.Label.FontName);
        Assert.Equal(ReportFonts.ChartFamily, plot.Axes.Bottom.TickLabelStyle.FontName);
        Assert.Equal(ReportFonts.ChartFamily, plot.Legend.FontName);

        var resolver = Assert.IsType<EmbeddedFontResolver>(ScottPlot.Fonts.FontResolvers.First());
        var bold = resolver.CreateTypeface(ReportFonts.ChartFamily, bold: true, italic: false);
        Assert.InRange(bold!.FontWeight, 700, int.MaxValue);
        Assert.Null(resolver.CreateTypeface("Arial", bold: false, italic: false));
    }
}
