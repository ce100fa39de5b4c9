using Analytics.Reports.Model;
using ScottPlot;

namespace Analytics.Reports.Charts;

/// <summary>Customer effort score (mean, 1 to 7) per trend period with its response counts.</summary>
public static class CesTrendChart
{
    public static Plot Create(QualitySection quality) =>
        SurveyTrendChart.Create("Customer effort (CES)", quality.Weeks, quality.CesMean, quality.CesN, "mean score", (0, 8));
}
