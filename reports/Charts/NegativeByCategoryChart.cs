using Analytics.Reports.Layout;
using Analytics.Reports.Model;
using ScottPlot;

namespace Analytics.Reports.Charts;

/// <summary>
/// The share of negative texts of the period's largest categories as horizontal bars, largest category on top, each
/// labelled with its share: category names are long, and read better down the side than squeezed under vertical bars.
/// </summary>
public static class NegativeByCategoryChart
{
    /// <summary>Categories drawn: the largest by texts.</summary>
    public const int Shown = 8;

    public static IReadOnlyList<CategoryTone> Drawn(VoiceSection voice) =>
        [.. voice.Categories.Where(c => c.NegativePct is not null).OrderByDescending(c => c.Texts).ThenBy(c => DimensionValue.Shown(c.Name), StringComparer.Ordinal).Take(Shown)];

    public static Plot Create(VoiceSection voice)
    {
        var drawn = Drawn(voice);
        var plot = ChartStyle.NewPlot("Negative share by category");
        // The largest category at the top: the last position is drawn highest.
        var bars = drawn.Select((c, i) => new ScottPlot.Bar
        {
            Position = drawn.Count - 1 - i,
            Value = c.NegativePct!.Value,
            FillColor = ChartStyle.Primary,
            LineWidth = 0,
            Label = KpiFormat.Value("negative_pct", c.NegativePct.Value),
        }).ToList();
        var series = plot.Add.Bars(bars);
        series.Horizontal = true;
        series.ValueLabelStyle.FontSize = 7.5f;
        series.ValueLabelStyle.FontName = ReportFonts.ChartFamily;
        var top = Math.Min(100, Math.Ceiling((drawn.Max(c => c.NegativePct!.Value) + 10) / 10) * 10);
        plot.Axes.SetLimitsX(0, top);
        plot.Axes.Left.SetTicks([.. drawn.Select((_, i) => (double)(drawn.Count - 1 - i))], [.. drawn.Select(c => DimensionValue.Shown(c.Name))]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsY(-0.6, drawn.Count - 0.4);
        plot.Axes.Bottom.Label.Text = "% of texts negative";
        return plot;
    }
}
