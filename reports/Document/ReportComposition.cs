using Analytics.Reports.Layout;
using Analytics.Reports.Model;

namespace Analytics.Reports.Document;

/// <summary>The page skeleton: title block, then each section in the order of <see cref="ReportDocument.SectionTitles"/>.</summary>
public static class ReportComposition
{
    public static PageFrame Frame(ReportModel model) =>
        new(model.Title, model.Period.Label, PeriodText.Footer(model.Period));

    /// <summary>Lays the whole report out into pages; nothing is drawn yet.</summary>
    public static PageFlow Compose(ReportModel model)
    {
        var flow = new PageFlow();
        SummaryRegion.Compose(flow, model);
        VolumeRegion.Compose(flow, model);
        SpeedRegion.Compose(flow, model);
        QualityRegion.Compose(flow, model);
        BreakdownRegion.Compose(flow, model);
        VoiceRegion.Compose(flow, model);
        RetentionRegion.Compose(flow, model);
        DefinitionsRegion.Compose(flow, model);
        return flow;
    }

    /// <summary>Section titles, from <see cref="ReportDocument.SectionTitles"/> so the check after rendering reads the same list.</summary>
    public static string Title(int section) => ReportDocument.SectionTitles[section];

    /// <summary>Charts of a section in rows of two; an odd last chart takes the whole row.</summary>
    public static void ChartPairs(this PageFlow flow, IReadOnlyList<Func<ScottPlot.Plot>> charts, float height)
    {
        foreach (var pair in charts.Chunk(2))
        {
            flow.ChartRow(height, pair);
        }
    }
}
