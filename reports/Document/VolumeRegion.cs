using Analytics.Reports.Charts;
using Analytics.Reports.Layout;
using Analytics.Reports.Model;

namespace Analytics.Reports.Document;

/// <summary>Created and solved per day with the backlog, by channel, and each large category per day with its spikes.</summary>
public static class VolumeRegion
{
    public static void Compose(PageFlow flow, ReportModel model)
    {
        var volume = model.Volume;
        flow.SectionHeading(ReportComposition.Title(1), keepWith: 190);
        var hasDays = volume.Days.Count > 0 && volume.Created.Concat(volume.Solved).Concat(volume.Backlog).Any(v => v > 0);
        var categories = volume.CategoryDays.Where(c => c.Counts.Any(v => v > 0)).ToList();
        if (!hasDays && volume.ByChannel.Count == 0 && categories.Count == 0)
        {
            flow.NothingToShow($"no tickets were created or solved in {model.Period.Label}.");
            return;
        }
        var charts = new List<Func<ScottPlot.Plot>>();
        if (hasDays)
        {
            charts.Add(() => DailyVolumeChart.Create(volume));
        }
        if (volume.ByChannel.Count > 0)
        {
            charts.Add(() => ChannelChart.Create(volume.ByChannel));
        }
        flow.ChartPairs(charts, 180);
        if (categories.Count > 0)
        {
            flow.SubHeading("Largest categories per day", keepWith: 170);
            flow.Paragraph("Tickets created per day; days on which the category spiked are red.", Typography.Caption);
            flow.Gap(4);
            foreach (var row in categories.Chunk(3))
            {
                flow.ChartRow(100, [.. row.Select(c => (Func<ScottPlot.Plot>)(() => CategoryDaysChart.Create(c, volume.Days)))]);
            }
        }
    }
}
