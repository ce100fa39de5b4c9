using Analytics.Reports.Layout;
using Analytics.Reports.Model;
using SkiaSharp;

namespace Analytics.Reports.Document;

/// <summary>One line per KPI on how it is computed, and the rows the warehouse holds per source.</summary>
public static class DefinitionsRegion
{
    public static void Compose(PageFlow flow, ReportModel model)
    {
        flow.SectionHeading(ReportComposition.Title(7), keepWith: 60);
        if (model.Definitions.Count == 0 && model.Sources.Count == 0)
        {
            flow.NothingToShow("no KPI definitions or data source counts were supplied.");
            return;
        }
        if (model.Definitions.Count > 0)
        {
            flow.Table([new("KPI", 2f), new("How it is computed", 5)],
                [.. model.Definitions.Select(d => (IReadOnlyList<TableCell>)[new TableCell(d.Kpi, Bold: true), d.Text])]);
        }
        flow.SubHeading("Data sources");
        if (model.Sources.Count == 0)
        {
            flow.NothingToShow("no row counts per source were supplied.");
            return;
        }
        flow.Table([new("Table", 2), new("Source", 2), new("Rows", 1, SKTextAlign.Right)],
            [.. model.Sources.Select(s => (IReadOnlyList<TableCell>)[s.Table, s.Source, KpiFormat.Value("rows", s.Rows)])]);
    }
}
