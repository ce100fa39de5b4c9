using ScottPlot;

namespace Analytics.Reports.Charts;

/// <summary>
/// A survey score (or another rate) per trend period as a line, with its count (responses, texts) as pale bars on the right axis. The axis
/// titles say which is which, so no legend covers the line.
/// </summary>
public static class SurveyTrendChart
{
    public static Plot Create(string title, IReadOnlyList<string> periods, IReadOnlyList<double?> score, IReadOnlyList<long> responses, string unit, (double Bottom, double Top) scale,
        string countAxis = "responses (bars)")
    {
        var plot = ChartStyle.NewPlot(title);
        var counts = plot.Add.Bars([.. periods.Select((_, i) => i < responses.Count ? (double)responses[i] : 0)]);
        counts.Color = ChartStyle.Neutral.WithAlpha(0.7);
        foreach (var bar in counts.Bars)
        {
            bar.LineWidth = 0;
            bar.Size = 0.6;
        }
        counts.Axes.YAxis = plot.Axes.Right;
        plot.FromZero(responses.DefaultIfEmpty(0).Max() * 1.6, plot.Axes.Right);
        plot.Axes.Right.Label.Text = countAxis;

        plot.Line(score, "", ChartStyle.Primary);
        plot.Axes.SetLimitsY(scale.Bottom, scale.Top, plot.Axes.Left);
        plot.Axes.Left.Label.Text = unit;
        plot.CategoryAxis(periods);
        plot.Axes.SetLimitsX(-0.5, periods.Count - 0.5);
        return plot;
    }
}
