using Analytics.Reports.Layout;
using Analytics.Reports.Model;

namespace Analytics.Reports.Document;

/// <summary>Title block, data freshness, the KPI tiles and the "what happened" list.</summary>
public static class SummaryRegion
{
    public static void Compose(PageFlow flow, ReportModel model)
    {
        flow.Place(Typography.Title.LineHeight + 2, (canvas, box) => canvas.DrawLine(model.Title, box.Left, box.Top, Typography.Title));
        flow.Paragraph(PeriodText.Subtitle(model.Period), Typography.Subtitle);
        flow.Paragraph(Freshness(model), Typography.Note);
        flow.Banner(model.Notices);

        flow.SectionHeading(ReportComposition.Title(0));
        if (model.Tiles.All(t => t.Value is null && t.Previous is null))
        {
            flow.NothingToShow($"no tickets or survey responses in {model.Period.Label}.");
        }
        else
        {
            flow.Paragraph(model.Tiles.Any(t => t.Comparable)
                ? $"Changes are {model.ChangesAgainst}; green is better, red is worse."
                : $"No change against {model.Period.PreviousLabel} is shown: no source's data covers both periods whole.", Typography.Caption);
            flow.Gap(4);
            flow.Tiles([.. model.Tiles.Select(KpiTileView.From)]);
        }
        if (model.WhatHappened.Count > 0)
        {
            flow.SubHeading("What happened");
            flow.Bullets(model.WhatHappened, Typography.Body);
        }
    }

    private static string Freshness(ReportModel model)
    {
        var latest = model.Freshness.LatestTicketAt is { } at
            ? "latest ticket seen " + KpiFormat.Value("latest", at)
            : "no tickets loaded yet";
        var quarantined = KpiFormat.Value("n", model.Freshness.QuarantinedInPeriod);
        return $"Data: {latest} · {quarantined} input rows quarantined {PeriodText.This(model.Period)}";
    }
}
