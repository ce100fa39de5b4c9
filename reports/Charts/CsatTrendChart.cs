using Analytics.Reports.Model;
using ScottPlot;

namespace Analytics.Reports.Charts;

/// <summary>CSAT (% satisfied) per trend period with its response counts.</summary>
public static class CsatTrendChart
{
    public static Plot Create(QualitySection quality)
    {
        var plot = SurveyTrendChart.Create("CSAT", quality.Weeks, quality.CsatPct, quality.CsatN, "% satisfied", (0, 110));
        plot.PercentTicks();
        return plot;
    }
}
