using Analytics.Reports.Model;
using ScottPlot;

namespace Analytics.Reports.Charts;

/// <summary>NPS (-100 to 100) per trend period with its response counts.</summary>
public static class NpsTrendChart
{
    public static Plot Create(QualitySection quality)
    {
        var plot = SurveyTrendChart.Create("NPS", quality.Weeks, quality.Nps, quality.NpsN, "NPS", (-100, 120));
        plot.Add.HorizontalLine(0, 0.8f, ChartStyle.Ink.WithAlpha(0.4), LinePattern.Dotted);
        return plot;
    }
}
