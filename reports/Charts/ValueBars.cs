using System.Globalization;
using Analytics.Reports.Layout;
using ScottPlot;
using ModelBar = Analytics.Reports.Model.Bar;

namespace Analytics.Reports.Charts;

/// <summary>Labelled vertical bars: the shared shape of the channel, bucket, SLA and NPS split charts.</summary>
public static class ValueBars
{
    public static Plot Create(string title, IReadOnlyList<ModelBar> bars, Func<int, Color> color, Func<double, string> label, double? top = null)
    {
        var plot = ChartStyle.NewPlot(title);
        var drawn = bars.Select((b, i) => new Bar
        {
            Position = i,
            Value = b.Value,
            FillColor = color(i),
            LineWidth = 0,
            Label = label(b.Value),
        }).ToList();
        var series = plot.Add.Bars(drawn);
        series.ValueLabelStyle.FontSize = 7.5f;
        series.ValueLabelStyle.FontName = ReportFonts.ChartFamily;
        if (top is { } fixedTop)
        {
            plot.Axes.SetLimitsY(0, fixedTop);
        }
        else
        {
            plot.FromZero(bars.Select(b => b.Value).DefaultIfEmpty(0).Max());
        }
        // Every bar is labelled (a bar without its name is unreadable); with many bars every other label
        // drops to a second line so that neighbours cannot run into each other.
        var labels = bars.Select((b, i) => bars.Count > 6 && i % 2 == 1 ? "\n" + b.Label : b.Label).ToList();
        plot.CategoryAxis(labels, maxLabels: Math.Max(1, bars.Count));
        plot.Axes.SetLimitsX(-0.6, bars.Count - 0.4);
        return plot;
    }

    /// <summary>A count as the KPI table prints counts: whole, with thousands separators.</summary>
    public static string Count(double value) => KpiFormat.Value("n", Convert.ToInt64(Math.Round(value), CultureInfo.InvariantCulture));
}
