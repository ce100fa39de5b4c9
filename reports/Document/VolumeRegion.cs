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
        if (model.Volume.Ageing is { } ageing)
        {
            flow.SubHeading("Backlog by age", keepWith: 30);
            flow.Paragraph(AgeingText(ageing, model.Period), Typography.Body);
            flow.Gap(6);
        }
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

    /// <summary>
    /// "At the end of Sun 2026-11-15: 0-2 days 420 · 3-7 days 380 · 8-30 days 400 · over 30 days 148. Oldest open: T-123
    /// (helpdesk), created 2026-08-03 10:15, 104 days."
    /// </summary>
    public static string AgeingText(BacklogAgeing ageing, ReportPeriod period)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var buckets = string.Join(" · ", ageing.Buckets.Select(b => $"{b.Label} {b.Value.ToString("N0", culture)}"));
        var text = $"Open tickets at the end of {period.To.ToString("ddd yyyy-MM-dd", culture)}, by days since created: {buckets}.";
        return ageing.Oldest is { } oldest
            ? text + $" Oldest open: {oldest.TicketId} ({oldest.Source}), created {oldest.Created.ToString("yyyy-MM-dd HH:mm", culture)}, {oldest.AgeDays.ToString("N0", culture)} days."
            : text;
    }
}
