using Analytics.Reports.Charts;
using Analytics.Reports.Layout;
using Analytics.Reports.Model;
using SkiaSharp;

namespace Analytics.Reports.Document;

/// <summary>The retention trend and each ROI initiative with every input and result figure.</summary>
public static class RetentionRegion
{
    public static void Compose(PageFlow flow, ReportModel model)
    {
        var retention = model.Retention;
        flow.SectionHeading(ReportComposition.Title(6), keepWith: 170);
        var trend = ChartCatalog.Retention(model);
        if (!trend.HasData && retention.Initiatives.Count == 0)
        {
            flow.NothingToShow("no retention figures and no ROI initiatives.");
            return;
        }
        if (trend.HasData)
        {
            flow.ChartRow(160, trend.Create);
        }
        else
        {
            flow.NothingToShow($"no {trend.Missing}.");
        }
        if (retention.Initiatives.Count == 0)
        {
            flow.NothingToShow("no ROI initiatives are configured.");
            return;
        }
        foreach (var initiative in retention.Initiatives)
        {
            flow.SubHeading("ROI: " + initiative.Name, keepWith: TableBlocks.Height(initiative.Figures.Count));
            flow.Table(
                [new("Figure", 2), new("Value", 1, SKTextAlign.Right)],
                [.. initiative.Figures.Select(f => (IReadOnlyList<TableCell>)[Humanised(f.Column), new TableCell(KpiFormat.Value(f.Column, f.Value), Bold: IsResult(f.Column))])],
                share: 0.6f);
        }
    }

    private static bool IsResult(string column) => column is "roi_pct" or "benefit";

    /// <summary>"cost_per_ticket" → "Cost per ticket", "roi_pct" → "ROI %", "tickets_b" → "Tickets (before)".</summary>
    private static string Humanised(string column)
    {
        // Window B is before the initiative's start, window A after it.
        var windowed = column.EndsWith("_b", StringComparison.Ordinal) ? column[..^2] + " (before)"
            : column.EndsWith("_a", StringComparison.Ordinal) ? column[..^2] + " (after)"
            : column switch
            {
                "window_b_start" => "window before: first day",
                "window_a_end" => "window after: day after its last",
                _ => column,
            };
        var words = windowed.Replace("_pct", " %", StringComparison.Ordinal).Replace('_', ' ');
        words = words.StartsWith("roi", StringComparison.Ordinal) ? "ROI" + words[3..] : words;
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
