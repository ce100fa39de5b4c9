using System.Globalization;
using ScottPlot;
using Bar = ScottPlot.Bar;

namespace Analytics.Reports.Charts;

/// <summary>
/// A category's tickets per day over the last weeks, for an alert email: the spike day(s) in red with their
/// count on top, the other days in the accent colour, the typical level as a dashed line. Ticks fall on the
/// judged day's weekday, so a weekday pattern reads at a glance.
/// </summary>
public static class SpikeChart
{
    /// <summary>Pixel size of the PNG: drawn at twice the size an email shows it (600 × 220), so it stays sharp on dense screens.</summary>
    public const int Width = 1200;
    public const int Height = 440;

    public static Plot Create(string title, IReadOnlyList<DateOnly> days, IReadOnlyList<int> counts, IReadOnlyCollection<DateOnly> spikeDays, double typical)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(spikeDays);
        var plot = ChartStyle.NewPlot(title);
        var spikes = spikeDays.ToHashSet();
        var bars = days.Select((day, i) =>
        {
            var value = i < counts.Count ? counts[i] : 0;
            var spike = spikes.Contains(day);
            return new Bar
            {
                Position = i,
                Value = value,
                FillColor = spike ? ChartStyle.Bad : ChartStyle.Primary,
                LineWidth = 0,
                Size = 0.8,
                Label = spike ? value.ToString(CultureInfo.InvariantCulture) : "",
            };
        }).ToList();
        var series = plot.Add.Bars(bars);
        series.ValueLabelStyle.FontSize = 8f;
        series.ValueLabelStyle.Bold = true;
        series.ValueLabelStyle.FontName = Layout.ReportFonts.ChartFamily;
        if (double.IsFinite(typical) && typical > 0)
        {
            var line = plot.Add.HorizontalLine(typical, 1.2f, ChartStyle.Ink.WithAlpha(0.7), LinePattern.Dashed);
            line.LegendText = "typical " + typical.ToString("0.#", CultureInfo.InvariantCulture);
            plot.LegendOnTop();
        }
        plot.FromZero(Math.Max(counts.DefaultIfEmpty(0).Max(), double.IsFinite(typical) ? typical : 0) * 1.15);
        plot.CategoryAxis([.. days.Select(d => d.ToString("d MMM", CultureInfo.InvariantCulture))], maxLabels: 8);
        plot.Axes.SetLimitsX(-0.7, days.Count - 0.3);
        plot.Axes.Left.Label.Text = "tickets";
        return plot;
    }

    /// <summary>The chart as PNG bytes of <see cref="Width"/> × <see cref="Height"/> pixels.</summary>
    public static byte[] Png(string title, IReadOnlyList<DateOnly> days, IReadOnlyList<int> counts, IReadOnlyCollection<DateOnly> spikeDays, double typical)
    {
        using var plot = Create(title, days, counts, spikeDays, typical);
        plot.ScaleFactor = 2;
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
