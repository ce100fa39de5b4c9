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
        var charts = new SectionCharts(ChartCatalog.Quality(model));
        if (charts.IsEmpty)
        {
            flow.NothingToShow($"no survey responses and no solved tickets in {model.Period.Label} or the trend periods.");
            return;
        }
        charts.Draw(flow, 165);
    }
}
