using Analytics.Reports.Model;
using ScottPlot;

namespace Analytics.Reports.Charts;

/// <summary>First response median and p90 per trend period, in minutes.</summary>
public static class FrtTrendChart
{
    public static Plot Create(SpeedSection speed) =>
        TrendLines.Create("First response time", speed.Weeks, "minutes",
            (speed.FrtMedian, "median", ChartStyle.Primary),
            (speed.FrtP90, "p90", ChartStyle.Warning));
}
