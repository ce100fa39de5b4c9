using Analytics.Reports.Charts;
using ScottPlot;

namespace Analytics.Tests.Reports;

/// <summary>The alert email's chart recipe: 8 weeks of a category's days, the spike marked, the typical level drawn.</summary>
public class SpikeChartTests
{
    private static readonly DateOnly Day = new(2026, 10, 20);

    /// <summary>56 days ending on <see cref="Day"/>: a weekday pattern around 10 (seeded noise), 42 on the last day.</summary>
    private static (IReadOnlyList<DateOnly> Days, IReadOnlyList<int> Counts) Series()
    {
        var random = new Random(SeededCharts.Seed);
        var days = Enumerable.Range(0, 56).Select(i => Day.AddDays(i - 55)).ToList();
        var counts = days.Select(d => d == Day ? 42 : (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 3 : 9) + random.Next(0, 5)).ToList();
        return (days, counts);
    }

    [Fact]
    public void The_spike_day_is_red_and_labelled_with_its_count_and_the_typical_level_is_a_dashed_line()
    {
        var (days, counts) = Series();
        using var plot = SpikeChart.Create("Payments: tickets per day, last 8 weeks", days, counts, [Day], 9.5);
        var path = Path.Combine(ReportOutput.Folder("charts"), "alert-spike.png");
        plot.ScaleFactor = 2;
        plot.SavePng(path, SpikeChart.Width, SpikeChart.Height);

        Assert.Equal((SpikeChart.Width, SpikeChart.Height), ReportOutput.PngSize(path));
        var bars = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.BarPlot>()).Bars;
        Assert.Equal(56, bars.Count);
        Assert.Equal([55], bars.Select((b, i) => (b, i)).Where(x => x.b.FillColor == ChartStyle.Bad).Select(x => x.i));
        Assert.Equal("42", bars[55].Label);
        Assert.All(bars.Take(55), b => Assert.Equal("", b.Label));
        var typical = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.HorizontalLine>());
        Assert.Equal(9.5, typical.Y);
        Assert.Equal(LinePattern.Dashed, typical.LinePattern);
        Assert.Equal("typical 9.5", typical.LegendText);
        // Ticks every 7 days counted back from the judged day: all on its weekday, the judged day last.
        var ticks = plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).ToList();
        Assert.Equal(8, ticks.Count);
        Assert.Equal("20 Oct", ticks[^1].Label);
        Assert.All(ticks, t => Assert.Equal(0, (55 - (int)t.Position) % 7));
    }

    [Fact]
    public void Png_returns_the_bytes_of_a_png_of_the_documented_size()
    {
        var (days, counts) = Series();
        var png = SpikeChart.Png("Payments: tickets per day, last 8 weeks", days, counts, [Day], 9.5);

        var path = Path.Combine(ReportOutput.Folder("charts"), "alert-spike-bytes.png");
        File.WriteAllBytes(path, png);
        Assert.Equal((SpikeChart.Width, SpikeChart.Height), ReportOutput.PngSize(path));
    }
}
