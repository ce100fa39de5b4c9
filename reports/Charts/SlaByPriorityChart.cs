using System.Globalization;
using Analytics.Reports.Model;
using ScottPlot;

namespace Analytics.Reports.Charts;

/// <summary>First-response SLA attainment per priority; each bar says its target and how many tickets it counts.</summary>
public static class SlaByPriorityChart
{
    public static Plot Create(SpeedSection speed)
    {
        var rows = speed.SlaByPriority.Where(r => r.Percent is not null).ToList();
        var bars = rows.Select(r => new Model.Bar(Label(r), r.Percent!.Value)).ToList();
        var plot = ValueBars.Create("First-response SLA met, by priority", bars, _ => ChartStyle.Secondary,
            v => KpiFormat.Value("frt_sla_pct", v), top: 118);
        plot.Axes.Left.Label.Text = "% within target";
        plot.PercentTicks(step: 25);
        return plot;
    }

    private static string Label(SlaRow row) => $"{row.Priority}\n≤ {Target(row.TargetMinutes)}\nn = {KpiFormat.Value("n", row.N)}";

    /// <summary>A target as people say it: "30 min", "4 h".</summary>
    internal static string Target(double minutes) => minutes >= 60 && minutes % 60 == 0
        ? (minutes / 60).ToString("0", CultureInfo.InvariantCulture) + " h"
        : minutes.ToString("0.#", CultureInfo.InvariantCulture) + " min";
}
