using Analytics.Reports.Model;
using ScottPlot;

namespace Analytics.Reports.Charts;

/// <summary>First responses of the period by how long they took (&lt;1 h … &gt;24 h), counts on the bars.</summary>
public static class FrtBucketsChart
{
    public static Plot Create(SpeedSection speed) =>
        ValueBars.Create("First responses by time taken", speed.FrtBuckets, _ => ChartStyle.Primary, ValueBars.Count);
}
