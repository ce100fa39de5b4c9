using Analytics.Reports.Model;
using ScottPlot;

namespace Analytics.Reports.Charts;

/// <summary>Customer retention rate per trend period.</summary>
public static class RetentionChart
{
    public static Plot Create(RetentionSection retention)
    {
        var plot = TrendLines.Create("Customer retention", retention.Weeks, "% retained", (retention.RetentionPct, "retention", ChartStyle.Primary));
        // Retention lives in the high nineties: a scale from zero would flatten every change into one line.
        var lowest = retention.RetentionPct.Where(v => v is not null).Min() ?? 0;
        plot.Axes.SetLimitsY(Math.Max(0, Math.Floor((lowest - 2) / 5) * 5), 100.5);
        return plot;
    }
}
