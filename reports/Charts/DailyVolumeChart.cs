using Analytics.Reports.Model;
using ScottPlot;
using Bar = ScottPlot.Bar;

namespace Analytics.Reports.Charts;

/// <summary>Created and solved per day as paired bars, the backlog at each day's end as a line on the right axis.</summary>
public static class DailyVolumeChart
{
    public static Plot Create(VolumeSection volume)
    {
        var plot = ChartStyle.NewPlot("Created and solved per day, backlog at day end");
        var created = new List<Bar>();
        var solved = new List<Bar>();
        for (var i = 0; i < volume.Days.Count; i++)
        {
            created.Add(new Bar { Position = i - 0.2, Value = At(volume.Created, i), Size = 0.38, FillColor = ChartStyle.Primary, LineWidth = 0 });
            solved.Add(new Bar { Position = i + 0.2, Value = At(volume.Solved, i), Size = 0.38, FillColor = ChartStyle.Secondary, LineWidth = 0 });
        }
        plot.Add.Bars(created).LegendText = "created";
        plot.Add.Bars(solved).LegendText = "solved";
        var backlog = plot.Line([.. volume.Backlog.Select(v => (double?)v)], "backlog", ChartStyle.Warning);
        if (backlog is not null)
        {
            backlog.Axes.YAxis = plot.Axes.Right;
            plot.FromZero(volume.Backlog.DefaultIfEmpty(0).Max() * ChartStyle.LegendHeadroom, plot.Axes.Right);
        }
        plot.FromZero(volume.Created.Concat(volume.Solved).DefaultIfEmpty(0).Max() * ChartStyle.LegendHeadroom);
        plot.CategoryAxis(ChartStyle.DayLabels(volume.Days));
        plot.Axes.Left.Label.Text = "tickets";
        plot.Axes.Right.Label.Text = "open tickets";
        plot.LegendOnTop();
        return plot;
    }

    private static double At(IReadOnlyList<double> values, int i) => i < values.Count ? values[i] : 0;
}
