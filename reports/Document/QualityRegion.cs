using Analytics.Reports.Charts;
using Analytics.Reports.Layout;
using Analytics.Reports.Model;

namespace Analytics.Reports.Document;

/// <summary>CSAT, NPS and CES trends with their response counts, the NPS split, FCR and reopen rate.</summary>
public static class QualityRegion
{
    public static void Compose(PageFlow flow, ReportModel model)
    {
        var quality = model.Quality;
        flow.SectionHeading(ReportComposition.Title(3), keepWith: 200);
        var charts = new SectionCharts();
        charts.Add(quality.CsatPct.HasAny(), () => CsatTrendChart.Create(quality), "CSAT responses");
        charts.Add(quality.Nps.HasAny(), () => NpsTrendChart.Create(quality), "NPS responses");
        charts.Add(quality.Promoters + quality.Passives + quality.Detractors > 0, () => NpsSplitChart.Create(quality), $"NPS answers in {model.Period.Label}");
        charts.Add(quality.CesMean.HasAny(), () => CesTrendChart.Create(quality), "CES responses");
        charts.Add(quality.FcrPct.HasAny() || quality.ReopenPct.HasAny(), () => FcrReopenChart.Create(quality), "solved tickets to measure FCR and reopens");
        if (charts.IsEmpty)
        {
            flow.NothingToShow($"no survey responses and no solved tickets in {model.Period.Label} or the trend periods.");
            return;
        }
        charts.Draw(flow, 165);
    }
}
