using System.Globalization;
using Analytics.Reports.Model;
using ScottPlot;

namespace Analytics.Reports.Charts;

/// <summary>The period's NPS answers: promoters, passives and detractors, each with its count and share.</summary>
public static class NpsSplitChart
{
    public static Plot Create(QualitySection quality)
    {
        var total = Math.Max(1, quality.Promoters + quality.Passives + quality.Detractors);
        Model.Bar[] bars =
        [
            new("promoters\n9-10", quality.Promoters),
            new("passives\n7-8", quality.Passives),
            new("detractors\n0-6", quality.Detractors),
        ];
        Color[] colors = [ChartStyle.Good, ChartStyle.Neutral, ChartStyle.Bad];
        return ValueBars.Create("NPS answers this period", bars, i => colors[i],
            v => $"{ValueBars.Count(v)} ({(100 * v / total).ToString("F0", CultureInfo.InvariantCulture)}%)");
    }
}
