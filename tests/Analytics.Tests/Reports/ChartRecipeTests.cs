using Analytics.Reports.Charts;
using ScottPlot;

namespace Analytics.Tests.Reports;

/// <summary>
/// The chart cookbook: one test per chart recipe, each drawing seeded data into a PNG under
/// report-output/charts (open them to see every chart of the report).
/// </summary>
public class ChartRecipeTests
{
    private const int Width = 600;
    private const int Height = 380;

    private static string Save(Plot plot, string name)
    {
        var path = Path.Combine(ReportOutput.Folder("charts"), name + ".png");
        plot.SavePng(path, Width, Height);
        Assert.Equal((Width, Height), ReportOutput.PngSize(path));
        return path;
    }

    private static Random Seeded() => new(SeededCharts.Seed);

    [Fact]
    public void Daily_volume_pairs_created_and_solved_with_the_backlog_on_the_right_axis()
    {
        using var plot = DailyVolumeChart.Create(SeededCharts.Volume(Seeded()));
        Save(plot, "daily-volume");
        var backlog = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.Scatter>());
        Assert.Same(plot.Axes.Right, backlog.Axes.YAxis);
        Assert.Equal(2, plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Count());
    }

    [Fact]
    public void Channels_are_labelled_with_their_counts()
    {
        var volume = SeededCharts.Volume(Seeded());
        using var plot = ChannelChart.Create(volume.ByChannel);
        Save(plot, "channels");
        var bars = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.BarPlot>()).Bars;
        Assert.Equal(volume.ByChannel.Select(b => b.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)), bars.Select(b => b.Label));
    }

    [Fact]
    public void Category_small_multiple_marks_its_spike_day_in_red()
    {
        var volume = SeededCharts.Volume(Seeded());
        using var plot = CategoryDaysChart.Create(volume.CategoryDays[0], volume.Days);
        Save(plot, "category-days");
        var bars = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.BarPlot>()).Bars;
        Assert.Equal([2], bars.Select((b, i) => (b, i)).Where(x => x.b.FillColor == ChartStyle.Bad).Select(x => x.i));
    }

    [Fact]
    public void Frt_trend_draws_median_and_p90_and_skips_weeks_without_a_value()
    {
        var speed = SeededCharts.Speed(Seeded());
        speed = speed with { FrtMedian = [.. speed.FrtMedian.Select((v, i) => i == 4 ? null : v)] };
        using var plot = FrtTrendChart.Create(speed);
        Save(plot, "frt-trend");
        var lines = plot.GetPlottables<ScottPlot.Plottables.Scatter>().ToList();
        Assert.Equal(["median", "p90"], lines.Select(l => l.LegendText));
        Assert.Equal(11, lines[0].Data.GetScatterPoints().Count);
    }

    [Fact]
    public void Frt_buckets_show_each_bucket_with_its_count()
    {
        var speed = SeededCharts.Speed(Seeded());
        using var plot = FrtBucketsChart.Create(speed);
        Save(plot, "frt-buckets");
        Assert.Equal(5, Assert.Single(plot.GetPlottables<ScottPlot.Plottables.BarPlot>()).Bars.Count);
    }

    [Fact]
    public void Resolution_trend_draws_median_and_p90()
    {
        using var plot = ResolutionTrendChart.Create(SeededCharts.Speed(Seeded()));
        Save(plot, "resolution-trend");
        Assert.Equal(2, plot.GetPlottables<ScottPlot.Plottables.Scatter>().Count());
    }

    [Fact]
    public void Sla_by_priority_labels_bars_with_the_percentage_the_kpi_table_prints()
    {
        var speed = SeededCharts.Speed(Seeded());
        using var plot = SlaByPriorityChart.Create(speed);
        Save(plot, "sla-by-priority");
        var bars = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.BarPlot>()).Bars;
        Assert.Equal(speed.SlaByPriority.Select(r => Analytics.Reports.KpiFormat.Value("frt_sla_pct", r.Percent)), bars.Select(b => b.Label));
    }

    [Fact]
    public void Csat_trend_has_its_response_counts_on_the_right_axis()
    {
        using var plot = CsatTrendChart.Create(SeededCharts.Quality(Seeded()));
        Save(plot, "csat-trend");
        Assert.Same(plot.Axes.Right, Assert.Single(plot.GetPlottables<ScottPlot.Plottables.BarPlot>()).Axes.YAxis);
    }

    [Fact]
    public void Nps_trend_runs_from_minus_100_to_100()
    {
        using var plot = NpsTrendChart.Create(SeededCharts.Quality(Seeded()));
        Save(plot, "nps-trend");
        var limits = plot.Axes.GetLimits(plot.Axes.Bottom, plot.Axes.Left);
        Assert.InRange(limits.Bottom, double.NegativeInfinity, -100);
        Assert.InRange(limits.Top, 100, double.PositiveInfinity);
    }

    [Fact]
    public void Ces_trend_has_its_response_counts()
    {
        using var plot = CesTrendChart.Create(SeededCharts.Quality(Seeded()));
        Save(plot, "ces-trend");
        Assert.Single(plot.GetPlottables<ScottPlot.Plottables.Scatter>());
    }

    [Fact]
    public void Nps_split_colours_promoters_green_and_detractors_red()
    {
        using var plot = NpsSplitChart.Create(SeededCharts.Quality(Seeded()));
        Save(plot, "nps-split");
        var bars = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.BarPlot>()).Bars;
        Assert.Equal([ChartStyle.Good, ChartStyle.Neutral, ChartStyle.Bad], bars.Select(b => b.FillColor));
    }

    [Fact]
    public void Fcr_and_reopen_share_one_percentage_axis()
    {
        using var plot = FcrReopenChart.Create(SeededCharts.Quality(Seeded()));
        Save(plot, "fcr-reopen");
        Assert.Equal(["FCR", "reopened"], plot.GetPlottables<ScottPlot.Plottables.Scatter>().Select(l => l.LegendText));
    }

    [Fact]
    public void Retention_trend_zooms_to_the_nineties_without_cutting_the_line()
    {
        var retention = SeededCharts.Retention(Seeded());
        using var plot = RetentionChart.Create(retention);
        Save(plot, "retention");
        var limits = plot.Axes.GetLimits();
        Assert.InRange(limits.Bottom, double.NegativeInfinity, retention.RetentionPct.Min()!.Value);
        Assert.InRange(limits.Top, retention.RetentionPct.Max()!.Value, double.PositiveInfinity);
    }
}
