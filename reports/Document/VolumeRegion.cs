using Analytics.Reports.Charts;
using Analytics.Reports.Layout;
using Analytics.Reports.Model;

namespace Analytics.Reports.Document;

/// <summary>Created and solved per day with the backlog, by channel, and each large category per day with its spikes.</summary>
public static class VolumeRegion
{
    public static void Compose(PageFlow flow, ReportModel model)
    {
        flow.SectionHeading(ReportComposition.Title(1), keepWith: 190);
        var charts = ChartCatalog.Volume(model).Where(c => c.HasData).ToList();
        var categories = ChartCatalog.VolumeCategories(model).Where(c => c.HasData).ToList();
        if (charts.Count == 0 && categories.Count == 0)
        {
            flow.NothingToShow($"no tickets were created or solved in {model.Period.Label}.");
            return;
        }
        flow.ChartPairs([.. charts.Select(c => c.Create)], 180);
        if (categories.Count > 0)
        {
            flow.SubHeading("Largest categories per day", keepWith: 170);
            flow.Paragraph("Tickets created per day; days on which the category spiked are red.", Typography.Caption);
            flow.Gap(4);
            foreach (var row in categories.Chunk(3))
            {
                flow.ChartRow(100, [.. row.Select(c => c.Create)]);
            }
        }
    }
}
