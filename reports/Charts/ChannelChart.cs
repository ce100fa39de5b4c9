using ScottPlot;
using ModelBar = Analytics.Reports.Model.Bar;

namespace Analytics.Reports.Charts;

/// <summary>Tickets created per channel, largest first, each bar labelled with its count.</summary>
public static class ChannelChart
{
    public static Plot Create(IReadOnlyList<ModelBar> byChannel) =>
        ValueBars.Create("Tickets created by channel", byChannel, _ => ChartStyle.Primary, ValueBars.Count);
}
