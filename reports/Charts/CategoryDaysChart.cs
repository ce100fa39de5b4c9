using Analytics.Reports.Model;
using ScottPlot;
using Bar = ScottPlot.Bar;

namespace Analytics.Reports.Charts;

/// <summary>One category's tickets per day, a small multiple: spike days in red, the others in the accent colour.</summary>
public static class CategoryDaysChart
{
    public static Plot Create(CategoryDays category, IReadOnlyList<DateOnly> days)
    {
        var plot = ChartStyle.NewPlot(category.Category);
        var spikes = category.SpikeDays.ToHashSet();
        var bars = days.Select((day, i) => new Bar
        {
            Position = i,
            Value = i < category.Counts.Count ? category.Counts[i] : 0,
            FillColor = spikes.Contains(day) ? ChartStyle.Bad : ChartStyle.Primary,
            LineWidth = 0,
        }).ToList();
        plot.Add.Bars(bars);
        plot.FromZero(category.Counts.DefaultIfEmpty(0).Max());
        plot.CategoryAxis([.. days.Select(d => d.ToString("ddd", System.Globalization.CultureInfo.InvariantCulture)[..2])]);
        plot.Axes.SetLimitsX(-0.6, days.Count - 0.4);
        return plot;
    }
}
