using ScottPlot;

namespace Analytics.Reports.Charts;

/// <summary>One or more lines over the trend periods (weeks or months): the shared shape of the trend charts.</summary>
public static class TrendLines
{
    public static Plot Create(string title, IReadOnlyList<string> periods, string unit, params (IReadOnlyList<double?> Values, string Legend, Color Color)[] lines)
    {
        var plot = ChartStyle.NewPlot(title);
        var max = 0.0;
        foreach (var (values, legend, color) in lines)
        {
            plot.Line(values, lines.Length > 1 ? legend : "", color);
            max = Math.Max(max, values.Where(v => v is { } x && double.IsFinite(x)).Select(v => v!.Value).DefaultIfEmpty(0).Max());
        }
        plot.FromZero(lines.Length > 1 ? max * ChartStyle.LegendHeadroom : max);
        plot.CategoryAxis(periods);
        plot.Axes.SetLimitsX(-0.5, periods.Count - 0.5);
        plot.Axes.Left.Label.Text = unit;
        if (lines.Length > 1)
        {
            plot.LegendOnTop();
        }
        return plot;
    }
}
