using Analytics.Reports.Charts;
using Analytics.Reports.Layout;
using Analytics.Reports.Model;

namespace Analytics.Reports.Document;

/// <summary>First response and resolution trends, first responses by time taken, SLA attainment by priority.</summary>
public static class SpeedRegion
{
    public static void Compose(PageFlow flow, ReportModel model)
    {
        var speed = model.Speed;
        flow.SectionHeading(ReportComposition.Title(2), keepWith: 200);
        var charts = new SectionCharts(ChartCatalog.Speed(model));
        if (charts.IsEmpty)
        {
            flow.NothingToShow($"no first responses or resolutions in {model.Period.Label} or the trend periods.");
            return;
        }
        flow.Paragraph(HoursCaption(speed), Typography.Caption);
        flow.Gap(4);
        charts.Draw(flow, 165);
    }

    /// <summary>"Durations in calendar hours.", and which first response times are on the other basis when some are.</summary>
    public static string HoursCaption(SpeedSection speed)
    {
        var hours = speed.Hours.Text();
        var other = (speed.Hours == HoursBasis.Business ? HoursBasis.Calendar : HoursBasis.Business).Text();
        return speed.FrtBasis switch
        {
            DurationBasis.Mixed => $"Durations in {hours} hours; some first response times in {other} hours, the only ones their source gives.",
            { } basis when basis != speed.Hours.AsDurationBasis() => $"Durations in {hours} hours; first response times in {other} hours, the only ones the source gives.",
            _ => $"Durations in {hours} hours.",
        };
    }
}
