using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Reports.Layout;
using ScottPlot;
using Palette = Analytics.Reports.Layout.Palette;

namespace Analytics.Reports.Charts;

/// <summary>The look every report chart shares: the embedded font, small type for A4, quiet grid, axis helpers.</summary>
public static partial class ChartStyle
{
    public static readonly Color Primary = Color.FromSKColor(Palette.Accent);
    public static readonly Color Secondary = Color.FromSKColor(Palette.Secondary);
    public static readonly Color Good = Color.FromSKColor(Palette.Good);
    public static readonly Color Bad = Color.FromSKColor(Palette.Bad);
    public static readonly Color Neutral = Color.FromSKColor(Palette.Rule);
    public static readonly Color Warning = Color.FromSKColor(Palette.Warning);
    public static readonly Color Ink = Color.FromSKColor(Palette.Ink);

    /// <summary>A plot in the report's style with <paramref name="title"/> on top.</summary>
    public static Plot NewPlot(string title)
    {
        ReportFonts.RegisterForCharts();
        var plot = new Plot();
        plot.Font.Set(ReportFonts.ChartFamily);
        plot.Legend.FontName = ReportFonts.ChartFamily;
        plot.Legend.FontSize = 7.5f;
        plot.Title(title, 9.5f);
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.Label.ForeColor = Ink;
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left, plot.Axes.Right })
        {
            axis.TickLabelStyle.FontSize = 7.5f;
            axis.Label.FontSize = 8f;
            axis.Label.Bold = false;
            axis.MinorTickStyle.Length = 0;
        }
        plot.Grid.MajorLineColor = Color.FromSKColor(Palette.Panel);
        plot.Axes.FrameColor(Color.FromSKColor(Palette.Rule));
        return plot;
    }

    /// <summary>Category labels under positions 0..n-1, thinned to at most <paramref name="maxLabels"/>.</summary>
    public static void CategoryAxis(this Plot plot, IReadOnlyList<string> labels, int maxLabels = 7)
    {
        var step = Math.Max(1, (int)Math.Ceiling(labels.Count / (double)maxLabels));
        var positions = new List<double>();
        var texts = new List<string>();
        for (var i = 0; i < labels.Count; i++)
        {
            if ((labels.Count - 1 - i) % step == 0)
            {
                positions.Add(i);
                texts.Add(Short(labels[i]));
            }
        }
        plot.Axes.Bottom.SetTicks([.. positions], [.. texts]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
    }

    /// <summary>Days as "Mon 09", short enough for seven under a half-width chart.</summary>
    public static IReadOnlyList<string> DayLabels(IEnumerable<DateOnly> days) =>
        [.. days.Select(d => d.ToString("ddd", CultureInfo.InvariantCulture) + "\n" + d.ToString("dd", CultureInfo.InvariantCulture))];

    /// <summary>A line through the values that exist (nulls are skipped); returns null when none exist. An empty legend leaves it out of the legend.</summary>
    public static ScottPlot.Plottables.Scatter? Line(this Plot plot, IReadOnlyList<double?> values, string legend, Color color)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } v && double.IsFinite(v))
            {
                xs.Add(i);
                ys.Add(v);
            }
        }
        if (xs.Count == 0)
        {
            return null;
        }
        var line = plot.Add.Scatter(xs.ToArray(), ys.ToArray(), color);
        if (legend.Length > 0)
        {
            line.LegendText = legend;
        }
        line.LineWidth = 1.6f;
        line.MarkerSize = 4;
        return line;
    }

    public static bool HasAny(this IReadOnlyList<double?> values) => values.Any(v => v is { } x && double.IsFinite(x));

    /// <summary>The y axis from zero to a little above the largest value, so bars and their labels fit.</summary>
    public static void FromZero(this Plot plot, double max, IYAxis? axis = null)
    {
        var top = max <= 0 ? 1 : max * 1.18;
        plot.Axes.SetLimitsY(0, top, axis ?? plot.Axes.Left);
    }

    /// <summary>
    /// Room above the data for a one-row legend: charts with a legend scale their axes to this much above
    /// their largest value, so the legend sits in empty space instead of on a line.
    /// </summary>
    public const double LegendHeadroom = 1.5;

    /// <summary>The legend in one row at the top left, in the headroom the axes leave for it.</summary>
    /// <summary>Percent ticks that stop at 100 even when the axis leaves room above it for labels.</summary>
    public static void PercentTicks(this Plot plot, double from = 0, double step = 20)
    {
        var ticks = new List<double>();
        for (var t = from; t <= 100.001; t += step)
        {
            ticks.Add(t);
        }
        plot.Axes.Left.SetTicks([.. ticks], [.. ticks.Select(t => t.ToString("0", CultureInfo.InvariantCulture))]);
    }

    public static void LegendOnTop(this Plot plot)
    {
        plot.ShowLegend(Alignment.UpperLeft, Orientation.Horizontal);
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.OutlineColor = Colors.Transparent;
        plot.Legend.BackgroundColor = Colors.White.WithAlpha(0.85);
    }

    private static string Short(string label) => IsoWeek().IsMatch(label) ? label[5..] : label;

    [GeneratedRegex(@"^\d{4}-W\d{2}$")]
    private static partial Regex IsoWeek();
}
