using Analytics.Reports.Model;
using ScottPlot;

namespace Analytics.Reports.Charts;

/// <summary>First contact resolution and reopen rate per trend period, both in %.</summary>
public static class FcrReopenChart
{
    public static Plot Create(QualitySection quality) =>
        TrendLines.Create("First contact resolution and reopens", quality.Weeks, "% of solved tickets",
            (quality.FcrPct, "FCR", ChartStyle.Good),
            (quality.ReopenPct, "reopened", ChartStyle.Bad));
}
