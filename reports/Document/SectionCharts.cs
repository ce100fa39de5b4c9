using Analytics.Reports.Charts;
using Analytics.Reports.Layout;

namespace Analytics.Reports.Document;

/// <summary>
/// The charts of one section, each kept only when its data is there, and a line for each left out ("no CSAT
/// responses."), so a reader knows a chart was not forgotten.
/// </summary>
internal sealed class SectionCharts
{
    private readonly List<Func<ScottPlot.Plot>> _charts = [];
    private readonly List<string> _missing = [];

    public SectionCharts(IEnumerable<ReportChart> section)
    {
        foreach (var chart in section)
        {
            if (chart.HasData)
            {
                _charts.Add(chart.Create);
            }
            else if (chart.Missing is { } what)
            {
                _missing.Add(what);
            }
        }
    }

    public bool IsEmpty => _charts.Count == 0;

    /// <summary>The charts in pairs, then "no …." for each chart left out.</summary>
    public void Draw(PageFlow flow, float height)
    {
        flow.ChartPairs(_charts, height);
        foreach (var what in _missing)
        {
            flow.NothingToShow($"no {what}.");
        }
    }
}
