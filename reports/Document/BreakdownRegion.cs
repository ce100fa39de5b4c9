using Analytics.Reports.Layout;
using Analytics.Reports.Model;
using SkiaSharp;

namespace Analytics.Reports.Document;

/// <summary>Per-category and per-team tables of the period, largest first, spikes marked.</summary>
public static class BreakdownRegion
{
    private static readonly TableColumn[] Columns =
    [
        new("", 2.8f),
        new("Created", 1.1f, SKTextAlign.Right),
        new("Change", 1.1f, SKTextAlign.Right),
        new("FRT median", 1.3f, SKTextAlign.Right),
        new("Resolution median", 2f, SKTextAlign.Right),
        new("CSAT", 1f, SKTextAlign.Right),
        new("Spike", 0.9f, SKTextAlign.Center),
    ];

    public static void Compose(PageFlow flow, ReportModel model)
    {
        var breakdowns = model.Breakdowns;
        flow.SectionHeading(ReportComposition.Title(4));
        if (breakdowns.Categories.Count == 0 && breakdowns.Teams.Count == 0)
        {
            flow.NothingToShow($"no tickets by category or team in {model.Period.Label}.");
            return;
        }
        flow.Paragraph(breakdowns.Categories.Concat(breakdowns.Teams).Any(r => !r.Comparable)
            ? $"No change against {model.Period.PreviousLabel} is shown: no source's data covers both periods whole."
            : $"Change is tickets created {model.ChangesAgainst}.", Typography.Caption);
        Part(flow, "Category", breakdowns.Categories, model.Period, spikes: true);
        // Spikes are found per category only: the team table has no spike column.
        Part(flow, "Team", breakdowns.Teams, model.Period, spikes: false);
    }

    private static void Part(PageFlow flow, string what, IReadOnlyList<BreakdownRow> rows, ReportPeriod period, bool spikes)
    {
        flow.Gap(8);
        if (rows.Count == 0)
        {
            flow.NothingToShow($"no tickets by {what.ToLowerInvariant()} in {period.Label}.");
            return;
        }
        var shown = spikes ? Columns.Length : Columns.Length - 1;
        TableColumn[] columns = [Columns[0] with { Header = what }, .. Columns[1..shown]];
        flow.Table(columns, [.. rows.OrderByDescending(r => r.Created).Select(r => Row(r).Take(shown).ToList())]);
    }

    /// <summary>Tickets created against the previous period, like for like when some source does not cover both.</summary>
    private static TableCell Change(BreakdownRow row) => !row.Comparable
        ? new TableCell(KpiFormat.Missing, Palette.Neutral)
        : row.LikeForLike is { } pair
            ? new TableCell(KpiFormat.Change("tickets_created", (long)(pair.Previous ?? 0), (long)(pair.Current ?? 0)))
            : new TableCell(KpiFormat.Change("tickets_created", row.PreviousCreated, row.Created));

    private static IReadOnlyList<TableCell> Row(BreakdownRow row) =>
    [
        new(DimensionValue.Shown(row.Name), Bold: row.Spike),
        KpiFormat.Value("tickets_created", row.Created),
        Change(row),
        KpiUnits.WithUnit("frt_median_min", row.FrtMedianMinutes),
        KpiUnits.WithUnit("resolution_median_hours", row.ResolutionMedianHours),
        KpiFormat.Value("csat_pct", row.CsatPct),
        row.Spike ? new TableCell("▲ spike", Palette.Bad, Bold: true) : new TableCell(""),
    ];
}
