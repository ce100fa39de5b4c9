using Analytics.Reports.Layout;

namespace Analytics.Reports.Document;

/// <summary>
/// The charts of one section, each kept only when its data is there, and a line for each left out ("no CSAT
/// responses."), so a reader knows a chart was not forgotten.
/// </summary>
internal sealed class SectionCharts
{
    private readonly List<Func<ScottPlot.Plot>> charts = [];
    private readonly List<string> missing = [];

    public bool IsEmpty => charts.Count == 0;

    /// <param name="has">Whether the chart has anything to draw.</param>
    /// <param name="what">What is missing when it has not, e.g. "CSAT responses".</param>
    public void Add(bool has, Func<ScottPlot.Plot> chart, string what)
    {
        if (has)
        {
            charts.Add(chart);
        }
        else
        {
            missing.Add(what);
        }
    }

    /// <summary>The charts in pairs, then "no …." for each chart left out.</summary>
    public void Draw(PageFlow flow, float height)
    {
        flow.ChartPairs(charts, height);
        foreach (var what in missing)
        {
            flow.NothingToShow($"no {what}.");
        }
    }
}
