using Analytics.Reports.Model;
using ScottPlot;

namespace Analytics.Reports.Charts;

/// <summary>Resolution time median and p90 per trend period, in hours.</summary>
public static class ResolutionTrendChart
{
    public static Plot Create(SpeedSection speed) =>
        TrendLines.Create("Resolution time", speed.Weeks, "hours",
            (speed.ResolutionMedian, "median", ChartStyle.Primary),
            (speed.ResolutionP90, "p90", ChartStyle.Warning));
}
