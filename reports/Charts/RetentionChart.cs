using Analytics.Reports.Model;
using ScottPlot;

namespace Analytics.Reports.Charts;

/// <summary>Customer retention rate per trend period.</summary>
public static class RetentionChart
{
    public static Plot Create(RetentionSection retention)
    {
        var plot = TrendLines.Create("Customer retention", retention.Weeks, "% retained", (retention.RetentionPct, "retention", ChartStyle.Primary));
        plot.Axes.SetLimitsY(0, 105);
        return plot;
    }
}
